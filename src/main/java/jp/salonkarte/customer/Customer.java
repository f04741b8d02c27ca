package jp.salonkarte.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer (顧客), shared by every store of a chain. Family name first; furigana in
 * katakana. Cautions (allergies, contraindications) are shown in red wherever the customer
 * appears. Never deleted once they have history: deactivated instead.
 */
@Table("customer")
public record Customer(
        @Id @Nullable Long id,
        @Nullable String customerNo,
        String familyName,
        String givenName,
        String familyNameKana,
        String givenNameKana,
        @Nullable String mobilePhone,
        @Nullable String landlinePhone,
        @Nullable String email,
        @Nullable LocalDate birthday,
        @Nullable String gender,
        @Nullable String postalCode,
        @Nullable String address,
        @Nullable String occupation,
        @Nullable String referralSource,
        @Nullable String preferences,
        @Nullable String cautions,
        @Nullable Long assignedStaffId,
        boolean mailOptIn,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        @MappedCollection(idColumn = "customer_id") Set<CustomerTag> tags,
        @Version int version) {

    public static final int NAME_MAX_LENGTH = 30;
    public static final int NOTE_MAX_LENGTH = 1000;

    public Customer {
        for (String part : new String[] {familyName, givenName, familyNameKana, givenNameKana}) {
            if (part == null || part.isBlank() || part.length() > NAME_MAX_LENGTH) {
                throw new IllegalArgumentException("name parts must be 1.." + NAME_MAX_LENGTH + " characters");
            }
        }
        if ((preferences != null && preferences.length() > NOTE_MAX_LENGTH)
                || (cautions != null && cautions.length() > NOTE_MAX_LENGTH)) {
            throw new IllegalArgumentException("notes must be at most " + NOTE_MAX_LENGTH + " characters");
        }
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** A new customer with only the required fields; the rest is filled by the form. */
    public static Customer create(String familyName, String givenName, String familyNameKana, String givenNameKana,
            Instant now) {
        return new Customer(null, null, familyName, givenName, familyNameKana, givenNameKana, null, null, null, null,
                null, null, null, null, null, null, null, null, false, true, now, now, Set.of(), 0);
    }

    public String displayName() {
        return familyName + " " + givenName;
    }

    public String displayKana() {
        return familyNameKana + " " + givenNameKana;
    }

    public boolean hasCautions() {
        return cautions != null && !cautions.isBlank();
    }

    Customer withCustomerNo(String number) {
        return new Customer(id, number, familyName, givenName, familyNameKana, givenNameKana, mobilePhone,
                landlinePhone, email, birthday, gender, postalCode, address, occupation, referralSource, preferences,
                cautions, assignedStaffId, mailOptIn, active, createdAt, updatedAt, tags, version);
    }

    Customer withActive(boolean newActive) {
        return new Customer(id, customerNo, familyName, givenName, familyNameKana, givenNameKana, mobilePhone,
                landlinePhone, email, birthday, gender, postalCode, address, occupation, referralSource, preferences,
                cautions, assignedStaffId, mailOptIn, newActive, createdAt, updatedAt, tags, version);
    }

    Customer touchedAt(Instant now) {
        return new Customer(id, customerNo, familyName, givenName, familyNameKana, givenNameKana, mobilePhone,
                landlinePhone, email, birthday, gender, postalCode, address, occupation, referralSource, preferences,
                cautions, assignedStaffId, mailOptIn, active, createdAt, now, tags, version);
    }
}
