package jp.salonkarte.analytics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.salonkarte.analytics.Visits.Visit;
import jp.salonkarte.base.Access;
import jp.salonkarte.base.Actor;
import jp.salonkarte.base.UserMessageException;

/**
 * 「今日連絡したいお客様」 (issue 14): customers of a rank marked for contact whose last visit is
 * longer ago than their own cycle (the mean of their last three intervals, as on the karte) plus
 * N days (settings, 14), who have no booking ahead and whom nobody contacted in the last
 * {@value #QUIET_DAYS} days; most overdue first. Staff record a contact (phone, mail, LINE) and the
 * customer leaves the list for a week. With a stylist's scope: the customers whose last visit was
 * with them.
 */
@Service
@Access.Staff
@Transactional(readOnly = true)
public class ContactList {

    public static final int QUIET_DAYS = 7;
    public static final int NOTE_MAX_LENGTH = 200;

    public enum Channel {
        PHONE, MAIL, LINE, OTHER;

        public String labelKey() {
            return "contact.channel." + name();
        }
    }

    public record Candidate(long customerId, String name, String kana, String rankName, String rankColor,
            LocalDate lastVisit, long cycleDays, long overdueDays, @Nullable String phone, @Nullable String email) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReportSettings settings;

    ContactList(JdbcClient jdbc, Clock clock, ReportSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    public List<Candidate> today(ReportScope scope) {
        scope.check();
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        int overdue = settings.of(scope.storeId()).contactOverdueDays();
        Map<Long, Candidate> ranked = new HashMap<>();
        jdbc.sql("""
                select s.customer_id, c.family_name, c.given_name, c.family_name_kana, c.given_name_kana, s.rank_name,
                  s.rank_color, s.last_visit, coalesce(c.mobile_phone, c.landline_phone), c.email
                from rfm_score s join customer c on c.id = s.customer_id and c.active
                where s.store_id = :store and s.contact and s.rank_name is not null
                  and not exists (select 1 from booking b where b.customer_id = s.customer_id and b.store_id = s.store_id
                                  and b.starts_at >= :now and b.status in ('BOOKED', 'ARRIVED'))
                  and not exists (select 1 from customer_contact k where k.customer_id = s.customer_id
                                  and k.store_id = s.store_id and k.contacted_at >= :quiet)""")
                .param("store", scope.storeId()).param("now", now).param("quiet", now.minusDays(QUIET_DAYS))
                .query(rs -> {
                    ranked.put(rs.getLong(1), new Candidate(rs.getLong(1), rs.getString(2) + " " + rs.getString(3),
                            rs.getString(4) + " " + rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getObject(8, LocalDate.class), 0, 0, rs.getString(9), rs.getString(10)));
                });
        List<Candidate> due = new ArrayList<>();
        for (var e : Visits.histories(jdbc, scope.storeId(), ranked.keySet()).entrySet()) {
            List<Visit> visits = e.getValue();
            if (visits.size() < 2 || !Visits.mine(scope, visits.getLast())) {
                continue;
            }
            int from = Math.max(1, visits.size() - 3);
            long sum = 0;
            for (int i = from; i < visits.size(); i++) {
                sum += ChronoUnit.DAYS.between(visits.get(i - 1).day(), visits.get(i).day());
            }
            long cycle = Math.round((double) sum / (visits.size() - from));
            LocalDate last = visits.getLast().day();
            long late = ChronoUnit.DAYS.between(last.plusDays(cycle), today);
            if (late > overdue) {
                Candidate c = ranked.get(e.getKey());
                due.add(new Candidate(c.customerId(), c.name(), c.kana(), c.rankName(), c.rankColor(), last, cycle,
                        late, c.phone(), c.email()));
            }
        }
        due.sort(Comparator.comparingLong(Candidate::overdueDays).reversed().thenComparing(Candidate::kana));
        return due;
    }

    /** Records that the logged-in staff member contacted the customer; refuses a long note, saving nothing. */
    @Transactional
    public void contacted(long storeId, long customerId, Channel channel, @Nullable String note) {
        ReportScope.checkStore(storeId);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_MAX_LENGTH) {
            throw UserMessageException.onField("note", "contact.error.note", NOTE_MAX_LENGTH);
        }
        long staffId = Actor.current().orElseThrow(() -> new IllegalStateException("no staff logged in")).staffId();
        jdbc.sql("""
                insert into customer_contact (store_id, customer_id, staff_id, channel, note, contacted_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(storeId, customerId, staffId, channel.name(), text, Timestamp.valueOf(LocalDateTime.now(clock)))
                .update();
    }
}
