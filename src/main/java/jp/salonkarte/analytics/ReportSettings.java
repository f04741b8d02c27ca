package jp.salonkarte.analytics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.salonkarte.base.Access;
import jp.salonkarte.base.UserMessageException;

/**
 * The reports' parameters per store (issue 14), with the defaults the issue names: the 新規再来率
 * window the screen opens with (90 days), the months without a visit that make a customer lapsed
 * (6), how many days past their own cycle a ranked customer is listed to be contacted (14), and
 * whether the owner gets the weekly summary mail (on).
 */
@Service
@Access.Staff
@Transactional(readOnly = true)
public class ReportSettings {

    public record Values(int returnDays, int lapseMonths, int contactOverdueDays, boolean weeklyMail) {
    }

    public static final Values DEFAULTS = new Values(CustomerFigures.DEFAULT_RETURN_DAYS, 6, 14, true);

    private final JdbcClient jdbc;

    ReportSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Values of(long storeId) {
        ReportScope.checkStore(storeId);
        return jdbc.sql("""
                select return_days, lapse_months, contact_overdue_days, weekly_mail from report_settings
                where store_id = ?""").param(storeId)
                .query((rs, n) -> new Values(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4)))
                .optional().orElse(DEFAULTS);
    }

    /** Saves the store's parameters; refuses values outside what the screen offers, changing nothing. */
    @Access.Manager
    @Transactional
    public void save(long storeId, Values v) {
        ReportScope.checkStore(storeId);
        if (!CustomerFigures.RETURN_DAYS.contains(v.returnDays())) {
            throw UserMessageException.onField("returnDays", "reports.settings.error.returnDays");
        }
        if (v.lapseMonths() < 2 || v.lapseMonths() > 24) {
            throw UserMessageException.onField("lapseMonths", "reports.settings.error.lapseMonths");
        }
        if (v.contactOverdueDays() < 0 || v.contactOverdueDays() > 180) {
            throw UserMessageException.onField("contactOverdueDays", "reports.settings.error.overdue");
        }
        jdbc.sql("""
                insert into report_settings (store_id, return_days, lapse_months, contact_overdue_days, weekly_mail)
                values (?, ?, ?, ?, ?)
                on duplicate key update return_days = values(return_days), lapse_months = values(lapse_months),
                  contact_overdue_days = values(contact_overdue_days), weekly_mail = values(weekly_mail),
                  version = version + 1""")
                .params(storeId, v.returnDays(), v.lapseMonths(), v.contactOverdueDays(), v.weeklyMail()).update();
    }
}
