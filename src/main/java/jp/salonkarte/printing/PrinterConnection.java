package jp.salonkarte.printing;

import java.time.Duration;

/**
 * Sends one job to a printer of either kind: ESC/POS bytes over {@link PrinterLink}, a PDF over
 * {@link IppLink}. Used by the server's {@link PrintWorker} and by the print bridge in the salon
 * (DD029), so both drive printers the same way. Holds no state but its HTTP client; thread-safe.
 */
public final class PrinterConnection {

    private final PrinterLink escPos;
    private final IppLink ipp;

    public PrinterConnection(Duration connectTimeout, Duration readTimeout, Duration statusTimeout,
            Duration ippTimeout) {
        this.escPos = new PrinterLink(connectTimeout, readTimeout, statusTimeout);
        this.ipp = new IppLink(connectTimeout, ippTimeout);
    }

    /** Defaults as on the server: 2 s connect, 10 s read, 1 s status, 60 s for an IPP printer to take a PDF. */
    public static PrinterConnection withDefaults() {
        return new PrinterConnection(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(1),
                Duration.ofSeconds(60));
    }

    public void send(PrinterTarget target, String title, byte[] payload) throws PrintFailure {
        switch (target.type()) {
            case ESCPOS -> escPos.send(target.host(), target.port(), payload);
            case IPP -> ipp.send(target.uri(), title, payload);
        }
    }
}
