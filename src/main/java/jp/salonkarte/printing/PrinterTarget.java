package jp.salonkarte.printing;

import org.jspecify.annotations.Nullable;

/**
 * Where a job's bytes go: an ESC/POS printer's host and port, or an IPP printer's uri. The same
 * record travels from the server to a print bridge (DD029), so both send through
 * {@link PrinterConnection} alike.
 */
public record PrinterTarget(PrinterType type, String host, int port, @Nullable String uri) {

    public PrinterTarget {
        if (type == null || host == null || host.isBlank()) {
            throw new IllegalArgumentException("printer type and host are required");
        }
        if (type == PrinterType.IPP && (uri == null || uri.isBlank())) {
            throw new IllegalArgumentException("an IPP printer needs its uri");
        }
    }

    /** One printer's jobs are sent one after another; this names its lane. */
    public String laneKey() {
        return type == PrinterType.IPP ? uri : host + ":" + port;
    }

    @Override
    public String toString() {
        return type == PrinterType.IPP ? uri : host + ":" + port;
    }
}
