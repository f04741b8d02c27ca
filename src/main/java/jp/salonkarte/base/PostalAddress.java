package jp.salonkarte.base;

import org.jspecify.annotations.Nullable;

/** A Japanese postal address on one line as mails, receipts and consent forms print it: 〒123-4567 住所. */
public final class PostalAddress {

    private PostalAddress() {
    }

    /** "〒" and the postal code (when there is one), a space, the address; blank parts left out. */
    public static String format(@Nullable String postalCode, @Nullable String address) {
        boolean code = postalCode != null && !postalCode.isBlank();
        boolean rest = address != null && !address.isBlank();
        return ((code ? "〒" + postalCode.strip() + " " : "") + (rest ? address.strip() : "")).strip();
    }
}
