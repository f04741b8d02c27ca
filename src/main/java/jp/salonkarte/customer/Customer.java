package jp.salonkarte.customer;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A customer (顧客), shared by every store of a chain. Family name first; furigana in katakana. */
@Table("customer")
public record Customer(
        @Id @Nullable Long id,
        String familyName,
        String givenName,
        String familyNameKana,
        String givenNameKana,
        @Nullable String phone,
        @Nullable String email,
        @Nullable LocalDate birthday,
        @Nullable String gender,
        @Nullable String occupation,
        @Nullable String referralSource,
        boolean mailOptIn,
        Instant createdAt,
        @Version int version) {

    public static final int NAME_MAX_LENGTH = 30;

    public Customer {
        for (String part : new String[] {familyName, givenName, familyNameKana, givenNameKana}) {
            if (part == null || part.isBlank() || part.length() > NAME_MAX_LENGTH) {
                throw new IllegalArgumentException("name parts must be 1.." + NAME_MAX_LENGTH + " characters");
            }
        }
    }

    public String displayName() {
        return familyName + " " + givenName;
    }

    public String displayKana() {
        return familyNameKana + " " + givenNameKana;
    }
}
