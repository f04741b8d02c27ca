package jp.salonkarte.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.salonkarte.analytics.CustomerFigures.Share;
import jp.salonkarte.analytics.Visits.Visit;
import jp.salonkarte.base.Access;

/**
 * The cohort table (issue 14): the customers whose first visit at the store was in month M, and
 * the share of them who came again in each of the months M+1 … M+{@value #MONTHS_AFTER}, for the
 * last {@value #COHORTS} months (this month last). With a staff scope, the cohorts are the
 * customers whose first visit was with that stylist; their later visits count with anyone. A
 * month that has not begun has no cell; this month's cells can still grow.
 */
@Service
@Access.Staff
@Transactional(readOnly = true)
public class Cohorts {

    public static final int COHORTS = 12;
    public static final int MONTHS_AFTER = 6;

    /** One cohort: its month, its customers, and per later month (1 … 6) who came again, or null when not yet. */
    public record Cohort(YearMonth month, List<Long> customers, List<@Nullable List<Long>> returned) {

        public int size() {
            return customers.size();
        }

        /** The share for month M+{@code after} (1 … 6), or null when that month has not begun. */
        public @Nullable Share cell(int after) {
            List<Long> back = returned.get(after - 1);
            return back == null ? null : new Share(back.size(), customers.size());
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Cohorts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The last {@value #COHORTS} cohorts, oldest first. */
    public List<Cohort> table(ReportScope scope) {
        scope.check();
        YearMonth thisMonth = YearMonth.now(clock);
        YearMonth first = thisMonth.minusMonths(COHORTS - 1);
        LocalDate today = LocalDate.now(clock);
        List<Long> candidates = Visits.customersBetween(jdbc, scope.storeId(), scope.staffId(), first.atDay(1), today);
        Map<YearMonth, List<Long>> members = new TreeMap<>();
        for (int i = 0; i < COHORTS; i++) {
            members.put(first.plusMonths(i), new ArrayList<>());
        }
        Map<Long, Set<YearMonth>> monthsOf = new HashMap<>();
        for (var e : Visits.histories(jdbc, scope.storeId(), candidates).entrySet()) {
            Visit firstVisit = e.getValue().getFirst();
            YearMonth cohort = YearMonth.from(firstVisit.day());
            if (cohort.isBefore(first) || !Visits.mine(scope, firstVisit)) {
                continue;
            }
            members.get(cohort).add(e.getKey());
            Set<YearMonth> months = new HashSet<>();
            e.getValue().forEach(v -> months.add(YearMonth.from(v.day())));
            monthsOf.put(e.getKey(), months);
        }
        List<Cohort> table = new ArrayList<>();
        members.forEach((month, customers) -> {
            customers.sort(null);
            List<@Nullable List<Long>> returned = new ArrayList<>();
            for (int after = 1; after <= MONTHS_AFTER; after++) {
                YearMonth m = month.plusMonths(after);
                returned.add(m.isAfter(thisMonth) ? null
                        : customers.stream().filter(id -> monthsOf.get(id).contains(m)).toList());
            }
            table.add(new Cohort(month, List.copyOf(customers), returned));
        });
        return table;
    }
}
