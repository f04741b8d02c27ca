package jp.salonkarte.store;

import org.jspecify.annotations.Nullable;

/** What a staff form edits: a staff member without secrets, counters or version. */
public record StaffDraft(
        @Nullable Long id,
        String familyName,
        String givenName,
        String familyNameKana,
        String givenNameKana,
        @Nullable String email,
        Role role,
        String color,
        boolean active) {

    public static StaffDraft empty() {
        return new StaffDraft(null, "", "", "", "", null, Role.STAFF, "#1E88E5", true);
    }

    public static StaffDraft of(Staff s) {
        return new StaffDraft(s.id(), s.familyName(), s.givenName(), s.familyNameKana(), s.givenNameKana(), s.email(),
                s.role(), s.color(), s.active());
    }

    StaffDraft withRole(Role newRole) {
        return new StaffDraft(id, familyName, givenName, familyNameKana, givenNameKana, email, newRole, color, active);
    }
}
