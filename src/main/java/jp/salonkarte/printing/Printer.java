package jp.salonkarte.printing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A printer on the salon's LAN: a thermal receipt printer (レシートプリンター, {@link PrinterType#ESCPOS})
 * driven over raw TCP (port 9100), whose paper width decides the columns/dots and whose mode how
 * Japanese text is sent (DD020); or an office / AirPrint-class document printer (書類用プリンター,
 * {@link PrinterType#IPP}) that takes PDFs at its IPP {@code uri} (DD028). {@code receiptPrinter}
 * marks the store's receipt printer, {@code documentPrinter} its document printer; a printer
 * {@code viaBridge} is driven by the print bridge in the salon, not by the server (DD029).
 */
public record Printer(@Nullable Long id, long storeId, String name, String host, int port, int widthMm,
        PrinterMode mode, boolean receiptPrinter, boolean active, int version, PrinterType type,
        @Nullable String uri, boolean documentPrinter, boolean viaBridge) {

    public static final int NAME_MAX_LENGTH = 50;
    public static final int HOST_MAX_LENGTH = 253;
    public static final int URI_MAX_LENGTH = 500;
    public static final int DEFAULT_PORT = 9100;

    public Printer {
        if (name == null || name.isBlank() || name.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("printer name must be 1.." + NAME_MAX_LENGTH + " characters");
        }
        name = name.strip();
        if (type == null) {
            throw new IllegalArgumentException("printer type is required");
        }
        if (type == PrinterType.IPP) {
            uri = normalizeIppUri(uri);
            URI parsed = URI.create(uri);
            host = parsed.getHost();
            port = parsed.getPort() > 0 ? parsed.getPort() : "https".equals(parsed.getScheme()) ? 443 : 80;
            receiptPrinter = false;
        } else {
            uri = null;
            documentPrinter = false;
        }
        if (host == null || host.isBlank() || host.length() > HOST_MAX_LENGTH || !host.strip().matches("[A-Za-z0-9.:\\-\\[\\]]+")) {
            throw new IllegalArgumentException("invalid printer address");
        }
        host = host.strip();
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535");
        }
        if (widthMm != 58 && widthMm != 80) {
            throw new IllegalArgumentException("paper width must be 58 or 80 mm");
        }
        if (mode == null) {
            throw new IllegalArgumentException("mode is required");
        }
    }

    /** An ESC/POS printer, as before there were document printers. */
    public Printer(@Nullable Long id, long storeId, String name, String host, int port, int widthMm, PrinterMode mode,
            boolean receiptPrinter, boolean active, int version) {
        this(id, storeId, name, host, port, widthMm, mode, receiptPrinter, active, version, PrinterType.ESCPOS, null,
                false, false);
    }

    public static Printer newPrinter(long storeId, String name, String host) {
        return new Printer(null, storeId, name, host, DEFAULT_PORT, 80, PrinterMode.KANJI, true, true, 0);
    }

    /** A new IPP document printer at {@code uri}; it becomes the store's document printer when {@code documentPrinter}. */
    public static Printer newDocumentPrinter(long storeId, String name, String uri, boolean documentPrinter) {
        return new Printer(null, storeId, name, "localhost", IppLink.DEFAULT_PORT, 80, PrinterMode.KANJI, false, true, 0,
                PrinterType.IPP, uri, documentPrinter, false);
    }

    public Printer withActive(boolean newActive) {
        return new Printer(id, storeId, name, host, port, widthMm, mode, receiptPrinter, newActive, version, type, uri,
                documentPrinter, viaBridge);
    }

    /** Where its jobs go. */
    public PrinterTarget target() {
        return new PrinterTarget(type, host, port, uri);
    }

    /** host:port for a receipt printer, the uri for a document printer. */
    public String address() {
        return type == PrinterType.IPP ? uri : host + ":" + port;
    }

    /**
     * The printer's IPP uri in its usual form: {@code ipp://host:631/ipp/print}. A bare address
     * ({@code 192.168.0.60}) gets the scheme, the IPP port and the common path {@code /ipp/print};
     * {@code ipps}, {@code http} and {@code https} uris are kept. Anything else is refused.
     */
    public static String normalizeIppUri(@Nullable String input) {
        if (input == null || input.isBlank() || input.strip().length() > URI_MAX_LENGTH) {
            throw new IllegalArgumentException("an IPP uri is required");
        }
        String s = input.strip();
        if (!s.contains("://")) {
            s = "ipp://" + s;
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a uri: " + input, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ipp") && !scheme.equals("ipps") && !scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an ipp/ipps uri: " + input);
        }
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("an IPP uri needs a host and nothing but a path: " + input);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.startsWith("ipp") ? IppLink.DEFAULT_PORT : -1;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/")
                ? "/ipp/print" : uri.getRawPath();
        String result = scheme + "://" + uri.getHost() + (port > 0 ? ":" + port : "") + path;
        if (result.length() > URI_MAX_LENGTH) {
            throw new IllegalArgumentException("uri too long");
        }
        return result;
    }
}
