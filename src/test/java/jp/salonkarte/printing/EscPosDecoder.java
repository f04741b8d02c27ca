package jp.salonkarte.printing;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ESC/POS bytes back for tests: strips the commands the renderer uses, decodes the text as
 * windows-31j into lines, and collects QR payloads, raster images and drawer kicks.
 */
public final class EscPosDecoder {

    /** One GS v 0 raster band: width in bytes and height in dots, and its bits. */
    public record RasterBand(int widthBytes, int height, byte[] bits) {
    }

    public final List<String> lines = new ArrayList<>();
    public final List<String> qrCodes = new ArrayList<>();
    public final List<RasterBand> rasters = new ArrayList<>();
    public int drawerKicks;
    public int cuts;
    public boolean kanjiOn;

    public EscPosDecoder(byte[] b) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c == 0x0A) {
                lines.add(new String(text.toByteArray(), ReceiptRenderer.SJIS));
                text.reset();
                i++;
            } else if (c == 0x1B) { // ESC
                int n = b[i + 1] & 0xFF;
                switch (n) {
                    case '@', '2' -> i += 2;
                    case 'p' -> {
                        drawerKicks++;
                        i += 5;
                    }
                    default -> i += 3; // ESC ! n, ESC E n, ESC - n, ESC a n, ESC 3 n, ESC M n, ESC d n, ESC t n, ESC R n
                }
            } else if (c == 0x1C) { // FS
                int n = b[i + 1] & 0xFF;
                if (n == '&') {
                    kanjiOn = true;
                    i += 2;
                } else if (n == '.') {
                    i += 2;
                } else {
                    i += 3; // FS C n, FS ! n
                }
            } else if (c == 0x1D) { // GS
                int n = b[i + 1] & 0xFF;
                if (n == 'V') {
                    cuts++;
                    int m = b[i + 2] & 0xFF;
                    i += (m == 65 || m == 66) ? 4 : 3;
                } else if (n == '(' && (b[i + 2] & 0xFF) == 'k') {
                    int len = (b[i + 3] & 0xFF) | (b[i + 4] & 0xFF) << 8;
                    int cn = b[i + 5] & 0xFF;
                    int fn = b[i + 6] & 0xFF;
                    if (cn == 49 && fn == 80) {
                        qrCodes.add(new String(b, i + 8, len - 3, ReceiptRenderer.SJIS));
                    }
                    i += 5 + len;
                } else if (n == 'v' && (b[i + 2] & 0xFF) == '0') {
                    int xBytes = (b[i + 4] & 0xFF) | (b[i + 5] & 0xFF) << 8;
                    int height = (b[i + 6] & 0xFF) | (b[i + 7] & 0xFF) << 8;
                    byte[] bits = new byte[xBytes * height];
                    System.arraycopy(b, i + 8, bits, 0, bits.length);
                    rasters.add(new RasterBand(xBytes, height, bits));
                    i += 8 + bits.length;
                } else {
                    i += 3; // GS ! n, GS B n, GS L ..?
                }
            } else if (c < 0x20) {
                i++;
            } else {
                text.write(c);
                i++;
            }
        }
        if (text.size() > 0) {
            lines.add(new String(text.toByteArray(), ReceiptRenderer.SJIS));
        }
    }

    public String text() {
        return String.join("\n", lines);
    }
}
