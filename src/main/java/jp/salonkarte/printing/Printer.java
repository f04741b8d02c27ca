package jp.salonkarte.printing;

import org.jspecify.annotations.Nullable;

/**
 * A thermal receipt printer (レシートプリンター) on the salon's LAN, driven over raw TCP (port 9100).
 * Its paper width decides the columns/dots, its mode how Japanese text is sent (DD020).
 */
public record Printer(@Nullable Long id, long storeId, String name, String host, int port, int widthMm,
        PrinterMode mode, boolean receiptPrinter, boolean active, int version) {

    public static final int NAME_MAX_LENGTH = 50;
    public static final int HOST_MAX_LENGTH = 253;
    public static final int DEFAULT_PORT = 9100;

    public Printer {
        if (name == null || name.isBlank() || name.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("printer name must be 1.." + NAME_MAX_LENGTH + " characters");
        }
        name = name.strip();
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

    public static Printer newPrinter(long storeId, String name, String host) {
        return new Printer(null, storeId, name, host, DEFAULT_PORT, 80, PrinterMode.KANJI, true, true, 0);
    }

    public Printer withAddress(String newHost, int newPort) {
        return new Printer(id, storeId, name, newHost, newPort, widthMm, mode, receiptPrinter, active, version);
    }
}
