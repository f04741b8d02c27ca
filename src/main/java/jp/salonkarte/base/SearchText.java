package jp.salonkarte.base;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Text folded the way staff expect search to work: full/half width (NFKC), upper/lower case,
 * hiragana/katakana, spaces and punctuation do not matter. {@code やまだ}, {@code ヤマダ},
 * {@code ﾔﾏﾀﾞ} all become {@code ヤマダ}.
 */
public final class SearchText {

    /** The longest token kept in the search index (a suffix longer than this is cut). */
    public static final int MAX_TOKEN_LENGTH = 40;

    private SearchText() {
    }

    public static String normalize(String input) {
        if (input == null) {
            return "";
        }
        String s = Kana.toKatakana(Normalizer.normalize(input, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> Character.isLetterOrDigit(cp) || cp == 'ー')
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Every suffix of the text, longest first, each cut to {@link #MAX_TOKEN_LENGTH} characters. */
    public static Set<String> suffixes(String normalized) {
        Set<String> out = new LinkedHashSet<>();
        int[] cps = normalized.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int end = Math.min(cps.length, i + MAX_TOKEN_LENGTH);
            out.add(new String(cps, i, end - i));
        }
        return out;
    }
}
