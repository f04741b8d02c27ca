package jp.salonkarte.reservation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The row of web booking settings (ネット予約設定) per store. A store without a row has the
 * defaults; the first save inserts it, later saves check its version. Security and transactions
 * are on {@link WebBookingService}, which is the only way in.
 */
@Component
class WebBookingSettingsRepository {

    private final JdbcClient jdbc;

    WebBookingSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    WebBookingSettings find(long storeId) {
        return jdbc.sql("select * from web_booking_settings where store_id = ?").param(storeId)
                .query((rs, n) -> new WebBookingSettings(storeId, rs.getBoolean("enabled"),
                        rs.getInt("cancel_cutoff_hours"), rs.getInt("lead_minutes"), rs.getInt("days_ahead"),
                        rs.getInt("version")))
                .optional().orElseGet(() -> WebBookingSettings.defaults(storeId));
    }

    /** Saves over the version read, or refuses with an optimistic locking failure when someone saved since. */
    void save(WebBookingSettings s) {
        int updated = jdbc.sql("""
                update web_booking_settings set enabled = ?, cancel_cutoff_hours = ?, lead_minutes = ?,
                       days_ahead = ?, version = version + 1
                where store_id = ? and version = ?""")
                .params(s.enabled(), s.cancelCutoffHours(), s.leadMinutes(), s.daysAhead(), s.storeId(), s.version())
                .update();
        if (updated == 0) {
            boolean exists = jdbc.sql("select count(*) from web_booking_settings where store_id = ?")
                    .param(s.storeId()).query(Integer.class).single() > 0;
            if (exists) {
                throw new OptimisticLockingFailureException("web booking settings changed");
            }
            jdbc.sql("""
                    insert into web_booking_settings (store_id, enabled, cancel_cutoff_hours, lead_minutes, days_ahead)
                    values (?, ?, ?, ?, ?)""")
                    .params(s.storeId(), s.enabled(), s.cancelCutoffHours(), s.leadMinutes(), s.daysAhead()).update();
        }
    }
}
