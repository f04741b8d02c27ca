package jp.salonkarte.base;

import java.text.Normalizer;

/** Furigana (ふりがな) as the salon types it, stored as full-width katakana. */
public final class Kana {

    private Kana() {
    }

    /** Half-width to full-width (NFKC), hiragana to katakana; other characters stay as they are. */
    public static String toKatakana(String input) {
        String s = Normalizer.normalize(input == null ? "" : input, Normalizer.Form.NFKC).strip();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + 0x60) : c);
        }
        return out.toString();
    }

    /** True when the text is only kana (either script, either width), long-vowel marks and spaces. */
    public static boolean isKana(String input) {
        return input != null && !input.isBlank()
                && toKatakana(input).matches("[\\u30A0-\\u30FF\\u3000 ・]+");
    }
}
