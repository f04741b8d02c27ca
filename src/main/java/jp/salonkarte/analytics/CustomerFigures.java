package jp.salonkarte.analytics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.salonkarte.analytics.Visits.Visit;
import jp.salonkarte.base.Access;

/**
 * The customer figures salons judge themselves by (issue 14), from the paid tickets (DD041). A
 * <b>visit</b> is a business day on which the customer has a ticket at this store that still
 * stands (not voided or refunded); two tickets on one day are one visit. A visit counts for the
 * stylist of its ticket ({@code ticket.staff_id}); with a staff scope the figures are that
 * stylist's: their new customers, their visits.
 */
@Service
@Access.Staff
@Transactional(readOnly = true)
public class CustomerFigures {

    /** Return windows the screen offers for 新規再来率. */
    public static final List<Integer> RETURN_DAYS = List.of(30, 60, 90);
    public static final int DEFAULT_RETURN_DAYS = 90;
    /** 固定客化: a 3rd visit within this many days of the first. */
    public static final int REGULAR_DAYS = 180;

    /** A share: how many of how many; {@link #percent} is empty without a base. */
    public record Share(long count, long of) {

        public @Nullable Double percent() {
            return of == 0 ? null : count * 100.0 / of;
        }
    }

    /** The customer figures of a period. */
    public record Figures(Share newReturned, int returnDays, long newUndecided, Share newRegular, Share nominated,
            Share rebooked, @Nullable Double cycleMeanDays, @Nullable Double cycleMedianDays, Share lapsed,
            Share noShows, Share cancellations, Map<Tier, Long> tiers) {
    }

    /** Visit-count tiers of the customers who came in the period (visits so far at its end). */
    public enum Tier {
        NEW(1, 1), NEAR_NEW(2, 3), SETTLING(4, 6), STABLE(7, 9), REGULAR(10, Integer.MAX_VALUE);

        final int from;
        final int to;

        Tier(int from, int to) {
            this.from = from;
            this.to = to;
        }

        static Tier of(int visits) {
            for (Tier t : values()) {
                if (visits >= t.from && visits <= t.to) {
                    return t;
                }
            }
            return NEW;
        }

        public String labelKey() {
            return "reports.tier." + name();
        }
    }

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    private final ReportSettings settings;

    CustomerFigures(JdbcClient jdbc, java.time.Clock clock, ReportSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    public Figures figures(ReportScope scope, Period period, int returnDays) {
        scope.check();
        if (!RETURN_DAYS.contains(returnDays)) {
            throw new IllegalArgumentException("return window must be one of " + RETURN_DAYS);
        }
        Scan scan = scan(scope, period, returnDays);
        Map<Tier, Long> tiers = new TreeMap<>();
        scan.tiers().forEach((tier, ids) -> tiers.put(tier, (long) ids.size()));
        long newCount = scan.newCustomers().size();
        return new Figures(new Share(scan.returned().size(), newCount), returnDays, scan.undecided(),
                new Share(scan.regular().size(), newCount), nominated(scope, period), rebooked(scope, period),
                mean(scan.intervals()), median(scan.intervals()), lapsed(scope, period).share(),
                bookings(scope, period, "NO_SHOW"), bookings(scope, period, "CANCELLED"), tiers);
    }

    /**
     * The customers behind a figure (drill-down): those it is a share of, and those it counts — for
     * 新規再来率 the period's new customers and the ones who came back; for 失客率 the customers whose
     * visit six months back could have been their last, and those for whom it was; for 指名率, 次回予約率
     * and the booking rates the customers of those tickets, visits or bookings, and those with at
     * least one counted.
     */
    public Behind behind(ReportScope scope, Period period, int returnDays, Figure figure) {
        scope.check();
        return switch (figure) {
            case NEW_RETURNED -> {
                Scan scan = scan(scope, period, returnDays);
                yield new Behind(scan.newCustomers(), scan.returned());
            }
            case NEW_REGULAR -> {
                Scan scan = scan(scope, period, returnDays);
                yield new Behind(scan.newCustomers(), scan.regular());
            }
            case LAPSED -> lapsed(scope, period);
            case NOMINATED -> byCustomer("""
                    select t.customer_id, max(coalesce(b.nominated, false)) from ticket t
                      left join booking b on b.id = t.booking_id
                    where t.store_id = :store and t.business_day between :from and :to and t.customer_id is not null
                      and (:staff is null or t.staff_id = :staff)
                      and not exists (select 1 from ticket_reversal r where r.ticket_id = t.id)
                    group by t.customer_id""", scope, period, Map.of());
            case REBOOKED -> byCustomer("select v.customer_id, max(" + REBOOKED_VISIT + ") from " + VISITS_OF_PERIOD
                    + " group by v.customer_id", scope, period, Map.of());
            case NO_SHOW, CANCELLED -> byCustomer("""
                    select customer_id, max(status = :status) from booking
                    where store_id = :store and starts_at >= :start and starts_at < :end
                      and (:staff is null or staff_id = :staff) group by customer_id""", scope, period,
                    Map.of("status", figure.name(), "start", period.from().atStartOfDay(),
                            "end", period.to().plusDays(1).atStartOfDay()));
            case TIER_NEW, TIER_NEAR_NEW, TIER_SETTLING, TIER_STABLE, TIER_REGULAR -> {
                List<Long> ids = scan(scope, period, returnDays).tiers().get(Tier.valueOf(figure.name().substring(5)));
                yield new Behind(ids, Set.copyOf(ids));
            }
        };
    }

    /** The figures a list can be opened for. */
    public enum Figure {
        NEW_RETURNED, NEW_REGULAR, NOMINATED, REBOOKED, LAPSED, NO_SHOW, CANCELLED,
        TIER_NEW, TIER_NEAR_NEW, TIER_SETTLING, TIER_STABLE, TIER_REGULAR
    }

    /** A figure's customers: the base it is a share of, and the ones it counts. */
    public record Behind(List<Long> base, Set<Long> counted) {

        Share share() {
            return new Share(counted.size(), base.size());
        }
    }

    /** The period's visitors: new customers and their outcomes, intervals, and tiers (customer ids). */
    private record Scan(List<Long> newCustomers, Set<Long> returned, Set<Long> regular, long undecided,
            List<Long> intervals, Map<Tier, List<Long>> tiers) {
    }

    private Scan scan(ReportScope scope, Period period, int returnDays) {
        LocalDate today = LocalDate.now(clock);
        // Everyone who came in the period, whoever served them: a stylist's new customer came first to them.
        List<Long> inPeriod = Visits.customersBetween(jdbc, scope.storeId(), null, period.from(), period.to());
        Map<Long, List<Visit>> histories = new TreeMap<>(Visits.histories(jdbc, scope.storeId(), inPeriod));
        List<Long> newCustomers = new ArrayList<>();
        Set<Long> returned = new TreeSet<>();
        Set<Long> regular = new TreeSet<>();
        long undecided = 0;
        List<Long> intervals = new ArrayList<>();
        Map<Tier, List<Long>> tiers = new TreeMap<>();
        for (Tier t : Tier.values()) {
            tiers.put(t, new ArrayList<>());
        }
        for (var e : histories.entrySet()) {
            List<Visit> visits = e.getValue();
            Visit first = visits.getFirst();
            if (!first.day().isBefore(period.from()) && !first.day().isAfter(period.to()) && Visits.mine(scope, first)) {
                newCustomers.add(e.getKey());
                if (visits.size() > 1 && ChronoUnit.DAYS.between(first.day(), visits.get(1).day()) <= returnDays) {
                    returned.add(e.getKey());
                } else if (!first.day().plusDays(returnDays).isBefore(today)) {
                    undecided++;
                }
                if (visits.size() > 2 && ChronoUnit.DAYS.between(first.day(), visits.get(2).day()) <= REGULAR_DAYS) {
                    regular.add(e.getKey());
                }
            }
            int upToEnd = 0;
            boolean cameForMe = false;
            for (int i = 0; i < visits.size(); i++) {
                Visit v = visits.get(i);
                if (v.day().isAfter(period.to())) {
                    break;
                }
                upToEnd++;
                boolean inside = !v.day().isBefore(period.from());
                if (inside && Visits.mine(scope, v)) {
                    cameForMe = true;
                    if (i > 0) {
                        intervals.add(ChronoUnit.DAYS.between(visits.get(i - 1).day(), v.day()));
                    }
                }
            }
            if (cameForMe) {
                tiers.get(Tier.of(upToEnd)).add(e.getKey());
            }
        }
        return new Scan(newCustomers, returned, regular, undecided, intervals, tiers);
    }

    private Behind byCustomer(String sql, ReportScope scope, Period period, Map<String, Object> more) {
        List<Long> base = new ArrayList<>();
        Set<Long> counted = new TreeSet<>();
        var statement = jdbc.sql(sql).param("store", scope.storeId()).param("from", period.from())
                .param("to", period.to()).param("staff", scope.staffId());
        for (var e : more.entrySet()) {
            statement = statement.param(e.getKey(), e.getValue());
        }
        statement.query(rs -> {
            base.add(rs.getLong(1));
            if (rs.getBoolean(2)) {
                counted.add(rs.getLong(1));
            }
        });
        return new Behind(base, counted);
    }

    /** 来店サイクル of one customer: the mean of their last three intervals (days), empty before a second visit. */
    public @Nullable Double cycleOf(long storeId, long customerId) {
        ReportScope.checkStore(storeId);
        List<Visit> visits = Visits.histories(jdbc, storeId, List.of(customerId)).getOrDefault(customerId, List.of());
        List<Long> last = new ArrayList<>();
        for (int i = Math.max(1, visits.size() - 3); i < visits.size(); i++) {
            last.add(ChronoUnit.DAYS.between(visits.get(i - 1).day(), visits.get(i).day()));
        }
        return mean(last);
    }

    /** 指名率: tickets of the period that still stand, and those whose booking asked for the stylist. */
    private Share nominated(ReportScope scope, Period period) {
        return jdbc.sql("""
                select coalesce(sum(b.nominated), 0), count(*) from ticket t left join booking b on b.id = t.booking_id
                where t.store_id = :store and t.business_day between :from and :to
                  and (:staff is null or t.staff_id = :staff)
                  and not exists (select 1 from ticket_reversal r where r.ticket_id = t.id)""")
                .param("store", scope.storeId()).param("from", period.from()).param("to", period.to())
                .param("staff", scope.staffId()).query((rs, n) -> new Share(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Whether the customer held a booking for a later day by the end of the visit's day (visit {@code v}). */
    private static final String REBOOKED_VISIT = """
            exists (select 1 from booking b where b.customer_id = v.customer_id
                and b.store_id = :store and b.starts_at >= v.business_day + interval 1 day
                and b.created_at < v.business_day + interval 1 day)""";

    /** The period's visits {@code v} (customer and day), of the stylist when the scope has one. */
    private static final String VISITS_OF_PERIOD = """
            (select t.customer_id, t.business_day from ticket t
             where t.store_id = :store and t.customer_id is not null and t.business_day between :from and :to
               and (:staff is null or t.staff_id = :staff)
               and not exists (select 1 from ticket_reversal r where r.ticket_id = t.id)
             group by t.customer_id, t.business_day) v""";

    /** 次回予約率: visits after which the customer held a booking for a later day by the end of that day. */
    private Share rebooked(ReportScope scope, Period period) {
        return jdbc.sql("select coalesce(sum(" + REBOOKED_VISIT + "), 0), count(*) from " + VISITS_OF_PERIOD)
                .param("store", scope.storeId()).param("from", period.from()).param("to", period.to())
                .param("staff", scope.staffId()).query((rs, n) -> new Share(rs.getLong(1), rs.getLong(2))).single();
    }

    /**
     * 失客 in the period: customers whose last visit was N months (settings, 6) before a day
     * of the period (they crossed the line in it), with no visit since and no booking ahead at the
     * period's end; of all customers whose visit in that window six months back could have been their last.
     */
    private Behind lapsed(ReportScope scope, Period period) {
        int months = settings.of(scope.storeId()).lapseMonths();
        LocalDate windowFrom = period.from().minusMonths(months);
        LocalDate windowTo = period.to().minusMonths(months);
        List<Long> candidates = Visits.customersBetween(jdbc, scope.storeId(), scope.staffId(), windowFrom, windowTo);
        if (candidates.isEmpty()) {
            return new Behind(List.of(), Set.of());
        }
        Set<Long> booked = new TreeSet<>();
        List<Long> ids = List.copyOf(candidates);
        LocalDateTime end = period.to().plusDays(1).atStartOfDay();
        for (int i = 0; i < ids.size(); i += 1_000) {
            booked.addAll(jdbc.sql("""
                    select distinct customer_id from booking where store_id = :store and customer_id in (:ids)
                      and starts_at >= :end and created_at < :end and status in ('BOOKED', 'ARRIVED')""")
                    .param("store", scope.storeId()).param("ids", ids.subList(i, Math.min(ids.size(), i + 1_000)))
                    .param("end", end).query(Long.class).list());
        }
        Set<Long> lapsed = new TreeSet<>();
        for (var e : Visits.histories(jdbc, scope.storeId(), candidates).entrySet()) {
            LocalDate last = null;
            for (Visit v : e.getValue()) {
                if (!v.day().isAfter(period.to())) {
                    last = v.day();
                }
            }
            if (last != null && !last.isBefore(windowFrom) && !last.isAfter(windowTo) && !booked.contains(e.getKey())) {
                lapsed.add(e.getKey());
            }
        }
        return new Behind(List.copyOf(candidates), lapsed);
    }

    /** No-shows or cancellations among the bookings that start in the period. */
    private Share bookings(ReportScope scope, Period period, String status) {
        return jdbc.sql("""
                select coalesce(sum(status = :status), 0), count(*) from booking
                where store_id = :store and starts_at >= :from and starts_at < :to
                  and (:staff is null or staff_id = :staff)""")
                .param("status", status).param("store", scope.storeId()).param("from", period.from().atStartOfDay())
                .param("to", period.to().plusDays(1).atStartOfDay()).param("staff", scope.staffId())
                .query((rs, n) -> new Share(rs.getLong(1), rs.getLong(2))).single();
    }

    private static @Nullable Double mean(List<Long> values) {
        return values.isEmpty() ? null : values.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    private static @Nullable Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
