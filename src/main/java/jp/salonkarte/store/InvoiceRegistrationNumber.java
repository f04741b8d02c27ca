package jp.salonkarte.store;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The qualified invoice issuer registration number (適格請求書発行事業者登録番号):
 * {@code T} followed by 13 digits whose first digit is a check digit computed as for the
 * corporate number (法人番号). Input is forgiving: full-width characters, lower-case t,
 * spaces and hyphens are accepted and normalised.
 */
public final class InvoiceRegistrationNumber {

    private InvoiceRegistrationNumber() {
    }

    /** The normalised number ({@code T1234567890123}), or empty when it is not a valid one. */
    public static Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(input, Normalizer.Form.NFKC)
                .replaceAll("[\\s\\-ー‐−]", "")
                .toUpperCase();
        if (!s.matches("T\\d{13}")) {
            return Optional.empty();
        }
        String digits = s.substring(1);
        return checkDigit(digits.substring(1)) == digits.charAt(0) - '0' ? Optional.of(s) : Optional.empty();
    }

    /** True when the input is {@code T} + 13 digits, whatever the check digit says. */
    public static boolean hasValidFormat(String input) {
        return input != null && Normalizer.normalize(input, Normalizer.Form.NFKC)
                .replaceAll("[\\s\\-ー‐−]", "").toUpperCase().matches("T\\d{13}");
    }

    /** Check digit over the 12 base digits: 9 − (Σ Pn × Qn mod 9), Qn = 1 for odd n, 2 for even n from the right. */
    static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int p = twelveDigits.charAt(12 - n) - '0';
            sum += p * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - (sum % 9);
    }
}
