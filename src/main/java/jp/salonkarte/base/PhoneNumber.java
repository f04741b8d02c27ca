package jp.salonkarte.base;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Japanese phone numbers compared by their digits: {@code 090-1234-5678},
 * {@code 09012345678} and {@code +81 90 1234 5678} are the same number.
 */
public final class PhoneNumber {

    private PhoneNumber() {
    }

    /** The national digits ({@code 09012345678}); +81 becomes a leading 0. Empty input gives "". */
    public static String digits(String input) {
        if (input == null) {
            return "";
        }
        String s = Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
        String digits = s.replaceAll("[^0-9]", "");
        if (s.startsWith("+81")) {
            digits = "0" + digits.substring(2);
        } else if (s.startsWith("+")) {
            return "+" + digits;
        }
        return digits;
    }

    /** True for text made only of digits and phone punctuation, so a search treats it as a number. */
    public static boolean looksLikePhone(String input) {
        String s = Normalizer.normalize(input == null ? "" : input, Normalizer.Form.NFKC).strip();
        return s.matches("\\+?[0-9][0-9\\-‐−ー() ]*");
    }

    /** A domestic number has 10 or 11 digits and starts with 0; we keep it as typed, validated. */
    public static Optional<String> validate(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String d = digits(input);
        boolean ok = d.matches("0\\d{9,10}") || d.matches("\\+\\d{8,15}");
        return ok ? Optional.of(Normalizer.normalize(input, Normalizer.Form.NFKC).strip()) : Optional.empty();
    }
}
