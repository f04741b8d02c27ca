package jp.salonkarte.reservation;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a customer sends from the web booking page: menus, a staff member or nobody in
 * particular ({@code staffId} null: 指名なし), a start time, and who they are.
 */
public record WebBookingForm(long storeId, List<Long> menuItemIds, @Nullable Long staffId, LocalDateTime startsAt,
        String familyName, String givenName, String familyNameKana, String givenNameKana, String phone,
        String email, @Nullable String note) {

    public static final int NAME_MAX_LENGTH = 30;
    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int PHONE_MAX_LENGTH = 20;
    public static final int NOTE_MAX_LENGTH = 500;
}
