package jp.salonkarte.store;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A staff member (スタッフ) of a store. Logs in with e-mail and password; switches on a
 * shared iPad with a PIN. Secrets are stored only as BCrypt hashes.
 */
@Table("staff")
public record Staff(
        @Id @Nullable Long id,
        long storeId,
        String familyName,
        String givenName,
        String familyNameKana,
        String givenNameKana,
        @Nullable String email,
        @Nullable String passwordHash,
        @Nullable String pinHash,
        Role role,
        String color,
        boolean active,
        @Version int version) {

    public static final int NAME_MAX_LENGTH = 30;
    public static final int EMAIL_MAX_LENGTH = 254;
    public static final String COLOR_PATTERN = "#[0-9a-fA-F]{6}";
    public static final String PIN_PATTERN = "\\d{4,6}";

    public Staff {
        requireName(familyName);
        requireName(givenName);
        requireName(familyNameKana);
        requireName(givenNameKana);
        if (email != null && (email.isBlank() || email.length() > EMAIL_MAX_LENGTH || !email.contains("@"))) {
            throw new IllegalArgumentException("invalid e-mail");
        }
        if (role == null) {
            throw new IllegalArgumentException("role is required");
        }
        if (color == null || !color.matches(COLOR_PATTERN)) {
            throw new IllegalArgumentException("colour must be #RRGGBB");
        }
    }

    private static void requireName(String value) {
        if (value == null || value.isBlank() || value.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("name parts must be 1.." + NAME_MAX_LENGTH + " characters");
        }
    }

    /** Family name first, as Japanese names are written: 山田 花子. */
    public String displayName() {
        return familyName + " " + givenName;
    }

    Staff withSecrets(@Nullable String newPasswordHash, @Nullable String newPinHash) {
        return new Staff(id, storeId, familyName, givenName, familyNameKana, givenNameKana, email,
                newPasswordHash == null ? passwordHash : newPasswordHash,
                newPinHash == null ? pinHash : newPinHash, role, color, active, version);
    }
}
