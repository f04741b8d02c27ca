package jp.salonkarte.printing;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.Style;
import com.github.anastaciocintra.escpos.barcode.QRCode;
import com.github.anastaciocintra.escpos.image.BitonalThreshold;
import com.github.anastaciocintra.escpos.image.CoffeeImageImpl;
import com.github.anastaciocintra.escpos.image.EscPosImage;
import com.github.anastaciocintra.escpos.image.RasterBitImageWrapper;

import jp.salonkarte.base.BundledFont;

/**
 * Turns a {@link Receipt} into the ESC/POS bytes for one printer (DD020): Kanji text mode
 * (Shift_JIS/windows-31j with FS &amp;) or raster mode (drawn with the bundled IPAex Gothic into a
 * 384/576-dot image, sent as GS v 0). Both end with a partial cut; a drawer kick comes first when
 * asked. Pure function of its input: the bytes can be tested without a printer.
 */
public final class ReceiptRenderer {

    /** Windows-31j: Shift_JIS plus the NEC/IBM extensions (①, ㈱, ～ as printers map them). */
    static final Charset SJIS = Charset.forName("windows-31j");
    static final int LINE_HEIGHT = 30;
    static final int FONT_PX = 24;
    private static final int RASTER_BAND = 256;

    // Styles built once and reused (escpos-coffee sample habit).
    private static final Style NORMAL = new Style();
    private static final Style BOLD = new Style().setBold(true);
    private static final Style CENTER = new Style().setJustification(EscPosConst.Justification.Center);
    private static final Style BIG_CENTER = new Style().setJustification(EscPosConst.Justification.Center)
            .setBold(true).setFontSize(Style.FontSize._2, Style.FontSize._2);
    private static final QRCode QR = new QRCode().setSize(6).setJustification(EscPosConst.Justification.Center);

    private ReceiptRenderer() {
    }

    /** Columns of the printer's font A (12 dots) on the paper: 32 on 58 mm, 48 on 80 mm. */
    public static int columns(int widthMm) {
        return widthMm == 58 ? 32 : 48;
    }

    /** Dots across the printable width: 384 on 58 mm, 576 on 80 mm (203 dpi). */
    public static int dots(int widthMm) {
        return widthMm == 58 ? 384 : 576;
    }

    public static byte[] render(Receipt receipt, int widthMm, PrinterMode mode, boolean openDrawer) {
        return render(receipt, widthMm, mode, openDrawer, null);
    }

    /** With the store's logo (any size; scaled to fit the paper and at most {@link #LOGO_MAX_HEIGHT} dots high). */
    public static byte[] render(Receipt receipt, int widthMm, PrinterMode mode, boolean openDrawer,
            @Nullable BufferedImage logo) {
        return render(ReceiptDocument.rows(receipt), widthMm, mode, openDrawer, logo);
    }

    /** A short test page (テスト印刷) in the printer's mode, so the owner sees Japanese comes out right. */
    public static byte[] testPage(String printerName, int widthMm, PrinterMode mode) {
        List<ReceiptDocument.Row> rows = List.of(
                ReceiptDocument.Text.center("テスト印刷", true),
                ReceiptDocument.Text.left(printerName),
                ReceiptDocument.Text.left(widthMm + "mm / " + (mode == PrinterMode.KANJI ? "漢字モード" : "ラスターモード")),
                new ReceiptDocument.Rule(),
                ReceiptDocument.Text.pair("あいうえお アイウエオ ｱｲｳｴｵ", "¥1,234"),
                ReceiptDocument.Text.left("漢字 髙橋 ※ ①"));
        return render(rows, widthMm, mode, false);
    }

    static byte[] render(List<ReceiptDocument.Row> rows, int widthMm, PrinterMode mode, boolean openDrawer) {
        return render(rows, widthMm, mode, openDrawer, null);
    }

    static byte[] render(List<ReceiptDocument.Row> rows, int widthMm, PrinterMode mode, boolean openDrawer,
            @Nullable BufferedImage logo) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (EscPos escpos = new EscPos(out)) {
            escpos.initializePrinter();
            if (openDrawer) {
                escpos.pulsePin(EscPos.PinConnector.Pin_2, 25, 250);
            }
            if (logo != null) { // an image in both modes: a logo is pixels anyway
                writeImage(escpos, new RasterBitImageWrapper(), logo(logo, dots(widthMm)));
            }
            if (mode == PrinterMode.KANJI) {
                kanji(escpos, out, rows, columns(widthMm));
            } else {
                raster(escpos, rows, dots(widthMm));
            }
            escpos.feed(4).cut(EscPos.CutMode.PART);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    static final int LOGO_MAX_HEIGHT = 160;

    /** The logo scaled down to fit (never up), centred on a white strip as wide as the paper. */
    static BufferedImage logo(BufferedImage source, int dots) {
        double scale = Math.min(1.0, Math.min((double) (dots - 8) / source.getWidth(),
                (double) LOGO_MAX_HEIGHT / source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage strip = new BufferedImage(dots, h + 8, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = strip.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, dots, h + 8);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(source, (dots - w) / 2, 4, w, h, Color.WHITE, null); // transparent parts print white
        } finally {
            g.dispose();
        }
        return strip;
    }

    // --- Kanji text mode ---------------------------------------------------------------------

    private static void kanji(EscPos escpos, ByteArrayOutputStream out, List<ReceiptDocument.Row> rows, int cols)
            throws IOException {
        escpos.setCharsetName(SJIS.name());
        out.write(new byte[] {0x1C, 0x43, 0x01}); // FS C 1: Kanji code system = Shift_JIS
        out.write(new byte[] {0x1C, 0x26}); // FS &: Kanji mode on
        for (ReceiptDocument.Row row : rows) {
            switch (row) {
                case ReceiptDocument.Rule r -> escpos.writeLF(NORMAL, "-".repeat(cols));
                case ReceiptDocument.Qr q -> {
                    escpos.write(QR, q.url());
                    escpos.feed(1);
                }
                case ReceiptDocument.Text t -> kanjiText(escpos, t, cols);
            }
        }
        out.write(new byte[] {0x1C, 0x2E}); // FS .: Kanji mode off
    }

    private static void kanjiText(EscPos escpos, ReceiptDocument.Text t, int cols) throws IOException {
        String left = printable(t.left());
        String right = printable(t.right());
        if (t.align() == ReceiptDocument.Align.CENTER) {
            escpos.writeLF(t.big() ? BIG_CENTER : CENTER, left);
            return;
        }
        Style style = t.bold() ? BOLD : NORMAL;
        if (right.isEmpty()) {
            for (String part : wrap(left, cols)) {
                escpos.writeLF(style, part);
            }
            return;
        }
        int gap = cols - width(left) - width(right);
        if (gap >= 1) {
            escpos.writeLF(style, left + " ".repeat(gap) + right);
        } else { // the name does not fit next to its amount: name (wrapped), then the amount flush right
            for (String part : wrap(left, cols)) {
                escpos.writeLF(style, part);
            }
            escpos.writeLF(style, " ".repeat(Math.max(0, cols - width(right))) + right);
        }
    }

    /**
     * Kanji printers print 0x5C as ¥ only with the Japan character set; full-width ￥ prints the
     * same on every Kanji model. Characters windows-31j lacks become 〓 (the geta mark), never '?'.
     */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.replace('¥', '￥').codePoints().forEach(cp -> {
            String c = Character.toString(cp);
            b.append(SJIS.newEncoder().canEncode(c) ? c : "〓");
        });
        return b.toString();
    }

    /** Printed columns: one per Shift_JIS byte (ASCII and half-width kana 1, full-width 2). */
    static int width(String s) {
        return s.getBytes(SJIS).length;
    }

    static List<String> wrap(String s, int cols) {
        List<String> parts = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String c = Character.toString(cp);
            int cw = width(c);
            if (w + cw > cols) {
                parts.add(line.toString());
                line.setLength(0);
                w = 0;
            }
            line.append(c);
            w += cw;
            i += Character.charCount(cp);
        }
        parts.add(line.toString());
        return parts;
    }

    // --- Raster mode -------------------------------------------------------------------------

    private static void raster(EscPos escpos, List<ReceiptDocument.Row> rows, int dots) throws IOException {
        RasterBitImageWrapper wrapper = new RasterBitImageWrapper();
        List<ReceiptDocument.Row> segment = new ArrayList<>();
        for (ReceiptDocument.Row row : rows) {
            if (row instanceof ReceiptDocument.Qr q) {
                writeImage(escpos, wrapper, draw(segment, dots));
                segment.clear();
                escpos.write(QR, q.url());
                escpos.feed(1);
            } else {
                segment.add(row);
            }
        }
        writeImage(escpos, wrapper, draw(segment, dots));
    }

    private static void writeImage(EscPos escpos, RasterBitImageWrapper wrapper, BufferedImage image)
            throws IOException {
        // Bands keep each GS v 0 small enough for printers with a small receive buffer.
        for (int y = 0; y < image.getHeight(); y += RASTER_BAND) {
            int h = Math.min(RASTER_BAND, image.getHeight() - y);
            escpos.write(wrapper, new EscPosImage(new CoffeeImageImpl(image.getSubimage(0, y, image.getWidth(), h)),
                    new BitonalThreshold()));
        }
    }

    /** A line as drawn: text left (or centred), an amount flush right. */
    private record DrawLine(String left, String right, boolean center, boolean big, boolean bold, boolean rule) {
    }

    /** Draws rows into a white image {@code dots} wide; package-visible for the tests. */
    static BufferedImage draw(List<ReceiptDocument.Row> rows, int dots) {
        Font normal = BundledFont.awt().deriveFont(Font.PLAIN, FONT_PX);
        Font big = BundledFont.awt().deriveFont(Font.BOLD, FONT_PX * 2);
        int margin = 4;
        int avail = dots - 2 * margin;
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D sg = scratch.createGraphics();
        FontMetrics normalMetrics = sg.getFontMetrics(normal);
        FontMetrics bigMetrics = sg.getFontMetrics(big);
        sg.dispose();
        List<DrawLine> lines = new ArrayList<>();
        for (ReceiptDocument.Row row : rows) {
            switch (row) {
                case ReceiptDocument.Rule r -> lines.add(new DrawLine("", "", false, false, false, true));
                case ReceiptDocument.Qr q -> {
                }
                case ReceiptDocument.Text t -> {
                    FontMetrics fm = t.big() ? bigMetrics : normalMetrics;
                    boolean center = t.align() == ReceiptDocument.Align.CENTER;
                    int rightWidth = t.right().isEmpty() ? 0 : fm.stringWidth(t.right()) + FONT_PX / 2;
                    if (fm.stringWidth(t.left()) + rightWidth <= avail) {
                        lines.add(new DrawLine(t.left(), t.right(), center, t.big(), t.bold(), false));
                    } else { // wrap the text by width; the amount gets its own line when it no longer fits
                        List<String> parts = wrapPixels(t.left(), fm, avail);
                        String last = parts.removeLast();
                        for (String part : parts) {
                            lines.add(new DrawLine(part, "", center, t.big(), t.bold(), false));
                        }
                        if (fm.stringWidth(last) + rightWidth <= avail) {
                            lines.add(new DrawLine(last, t.right(), center, t.big(), t.bold(), false));
                        } else {
                            lines.add(new DrawLine(last, "", center, t.big(), t.bold(), false));
                            lines.add(new DrawLine("", t.right(), false, t.big(), t.bold(), false));
                        }
                    }
                }
            }
        }
        int height = 8;
        for (DrawLine line : lines) {
            height += line.big() ? LINE_HEIGHT * 2 : LINE_HEIGHT;
        }
        BufferedImage image = new BufferedImage(dots, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            // No anti-aliasing: a thermal head prints dots, and the same input gives the same bytes.
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            int y = 4;
            for (DrawLine line : lines) {
                int h = line.big() ? LINE_HEIGHT * 2 : LINE_HEIGHT;
                if (line.rule()) {
                    for (int x = margin; x < dots - margin; x += 8) {
                        g.fillRect(x, y + h / 2, 4, 2);
                    }
                } else {
                    g.setFont(line.big() ? big : normal);
                    FontMetrics fm = g.getFontMetrics();
                    int baseline = y + (h + fm.getAscent() - fm.getDescent()) / 2;
                    int x = line.center() ? Math.max(margin, (dots - fm.stringWidth(line.left())) / 2) : margin;
                    g.drawString(line.left(), x, baseline);
                    if (line.bold() && !line.big()) { // IPAex has no bold face: overprint one dot right
                        g.drawString(line.left(), x + 1, baseline);
                    }
                    if (!line.right().isEmpty()) {
                        g.drawString(line.right(), dots - margin - fm.stringWidth(line.right()), baseline);
                    }
                }
                y += h;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static List<String> wrapPixels(String s, FontMetrics fm, int avail) {
        List<String> parts = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String c = Character.toString(cp);
            if (!line.isEmpty() && fm.stringWidth(line + c) > avail) {
                parts.add(line.toString());
                line.setLength(0);
            }
            line.append(c);
            i += Character.charCount(cp);
        }
        parts.add(line.toString());
        return parts;
    }
}
