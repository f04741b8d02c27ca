package jp.salonkarte.base;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for an e-mail address (メールアドレス) everywhere the app takes one: something, an
 * {@code @}, a domain with a dot and a last label that is not empty. Deliverability is the mail
 * server's business; this only catches typing mistakes.
 */
public final class EmailAddress {

    /** The longest address a column or form accepts (RFC 5321 path limit). */
    public static final int MAX_LENGTH = 254;

    private static final Pattern PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private EmailAddress() {
    }

    /** True when the stripped value follows the rule and fits {@link #MAX_LENGTH}. */
    public static boolean isValid(@Nullable String value) {
        return validate(value).isPresent();
    }

    /** The stripped address, or empty when it is blank, too long or does not look like an address. */
    public static Optional<String> validate(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value.strip();
        return s.length() <= MAX_LENGTH && PATTERN.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }
}
