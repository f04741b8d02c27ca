package jp.salonkarte.consent.pdf;

import java.awt.Color;

import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;

/**
 * The text of a consent PDF: the bundled IPAex Gothic (parsed once, embedded as a subset per
 * document), its sizes and colours, and paragraphs and chunks that break lines by the 禁則
 * (kinsoku) rules ({@link KinsokuSplit}) and print 〓 for a character the font lacks.
 */
final class ConsentPdfText {

    static final char MISSING_GLYPH = '〓';
    static final Color INK = new Color(0x21, 0x21, 0x21);
    static final Color MUTED = new Color(0x5f, 0x63, 0x68);

    private ConsentPdfText() {
    }

    static Paragraph paragraph(String text, Font font) {
        Paragraph p = new Paragraph("", font); // the paragraph's own font is used too: never the default Helvetica
        p.setLeading(0, 1.55f);
        p.add(chunk(text, font));
        return p;
    }

    static Chunk chunk(String text, Font font) {
        Chunk c = new Chunk(printable(text, font.getBaseFont()), font);
        c.setSplitCharacter(KinsokuSplit.INSTANCE);
        return c;
    }

    /**
     * The text with each character the font lacks (emoji, 𠮷 and other kanji outside IPAex Gothic)
     * replaced by 〓 (geta), the Japanese printing convention for a missing glyph: OpenPDF would
     * silently drop it, and a name printed as 「田」 instead of 「𠮷田」 looks complete.
     */
    static String printable(String text, BaseFont font) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            boolean missing = !Character.isWhitespace(cp) && !Character.isISOControl(cp) && !font.charExists(cp);
            if (missing && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (missing) {
                    out.append(MISSING_GLYPH);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }

    /** The fonts of one document, all from the one embedded IPAex Gothic (it has no bold face). */
    static final class Fonts {
        final Font store;
        final Font title;
        final Font heading;
        final Font subheading;
        final Font text;
        final Font value;
        final Font label;
        final Font small;
        final Font check;
        final Font footer;

        Fonts(BaseFont gothic) {
            store = new Font(gothic, 15, Font.NORMAL, INK);
            title = new Font(gothic, 19, Font.NORMAL, INK);
            heading = new Font(gothic, 13, Font.NORMAL, INK);
            subheading = new Font(gothic, 11.5f, Font.NORMAL, INK);
            text = new Font(gothic, 10.5f, Font.NORMAL, INK);
            value = new Font(gothic, 11.5f, Font.NORMAL, INK);
            label = new Font(gothic, 9.5f, Font.NORMAL, MUTED);
            small = new Font(gothic, 8.5f, Font.NORMAL, MUTED);
            check = new Font(gothic, 11, Font.NORMAL, INK);
            footer = new Font(gothic, 8, Font.NORMAL, MUTED);
        }
    }
}
