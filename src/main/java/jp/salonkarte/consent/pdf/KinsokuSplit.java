package jp.salonkarte.consent.pdf;

import org.openpdf.text.pdf.DefaultSplitCharacter;
import org.openpdf.text.pdf.PdfChunk;

/**
 * Where a line may break in Japanese text: between any two CJK characters (Japanese has no
 * spaces), at spaces and hyphens in Latin text, but never before closing brackets, 。、 and small
 * kana, nor after opening brackets (the basic 禁則処理 of JIS X 4051). OpenPDF's default breaks
 * CJK text anywhere, so a line could start with 「。」.
 */
final class KinsokuSplit extends DefaultSplitCharacter {

    static final KinsokuSplit INSTANCE = new KinsokuSplit();

    /** Characters that must not start a line (行頭禁則). */
    static final String NO_LINE_START = "、。，．,.・：；:;？！?!）)］]｝}〕〉》」』】〙〗〟’”｠»"
            + "ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻‐゠–〜～%％";

    /** Characters that must not end a line (行末禁則). */
    static final String NO_LINE_END = "（(［[｛{〔〈《「『【〘〖〝‘“｟«";

    private KinsokuSplit() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = getCurrentCharacter(current, cc, ck);
        char next = current + 1 < end ? getCurrentCharacter(current + 1, cc, ck) : 0;
        if (next != 0 && NO_LINE_START.indexOf(next) >= 0) {
            return false;
        }
        if (NO_LINE_END.indexOf(c) >= 0) {
            return false;
        }
        if (c <= ' ' || c == '-' || c == '\u2010') {
            return true;
        }
        return cjk(c) || (next != 0 && cjk(next));
    }

    static boolean cjk(char c) {
        return (c >= 0x2e80 && c < 0xd7a0) || (c >= 0xf900 && c < 0xfb00) || (c >= 0xfe30 && c < 0xfe50)
                || (c >= 0xff61 && c < 0xffa0) || (c >= 0xff01 && c < 0xff61);
    }
}
