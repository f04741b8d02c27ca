package jp.salonkarte.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import jp.salonkarte.analytics.Cohorts;
import jp.salonkarte.analytics.ContactList;
import jp.salonkarte.analytics.CustomerFigures;
import jp.salonkarte.analytics.Period;
import jp.salonkarte.analytics.ReportScope;
import jp.salonkarte.analytics.RfmRanks;
import jp.salonkarte.analytics.SalesReport;
import jp.salonkarte.analytics.SalesReport.By;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code bench/run reports}: every report the reports screen (集計) computes, on three years of one
 * busy store's history that {@link ReportsSalon} writes (100,000 customers and 1,000,000 tickets by
 * default), as the store's owner: {@link SalesReport} figures, each breakdown and the drill-downs
 * behind them, and {@link CustomerFigures} — for the last full day, week, month and year, for the
 * store and for its busiest stylist. Each report is warmed up, then timed {@code bench.runs} times
 * with {@code System.nanoTime()} around the service call alone. Not a test: the name matches no
 * surefire or failsafe pattern; see bench/README.md.
 *
 * <p>Prints exactly one line on stdout, {@code BENCH reports p95_ms=... max_report=...}: the largest
 * per-report p95 and that report's name; the table of every report goes to stderr. Settings are
 * system properties: {@code bench.customers}, {@code bench.tickets}, {@code bench.runs},
 * {@code bench.warmup}, {@code bench.seed}, {@code bench.db}, {@code bench.embedded-dir},
 * {@code bench.keep}.
 */
public final class ReportsBench {

    static final String DATABASE = "salonkarte_bench_reports";
    /** A Monday afternoon: the history ends with the Sunday before. */
    private static final String CLOCK = "2026-11-23T14:00:00+09:00";
    private static final double TARGET_MS = 500;

    /**
     * A report of the screen, bound to a scope and a period before it is timed (binding may look up
     * the row a drill-down opens); {@code null} where the screen does not offer it for that scope.
     */
    @FunctionalInterface
    interface Binding {
        @Nullable Callable<?> bind(ReportScope scope, Period period);
    }

    record Report(String name, Binding binding) {
    }

    /** A bound report: its full name ({@code sales.figures.month.staff}) and the call to time. */
    private record Timed(String name, Callable<?> call) {
    }

    private record Result(String name, double[] sortedMs) {

        double p95() {
            return BenchStats.percentile(sortedMs, 95);
        }
    }

    /**
     * The reports the screen computes, each timed for every period and both scopes. Add new ones
     * here. Those that do not depend on the period (cohorts, ranks, the contact list) are bound to
     * the month only.
     */
    static List<Report> reports(SalesReport sales, CustomerFigures customers, Cohorts cohorts, RfmRanks rfm,
            ContactList contacts) {
        List<Report> reports = new ArrayList<>();
        // The cards (and, for the previous period and a year back, the same query again).
        reports.add(new Report("sales.figures", (scope, period) -> () -> sales.figures(scope, period)));
        // The chart (DAY) and the table under it; payments are the store's alone.
        for (By by : By.values()) {
            reports.add(new Report("sales.breakdown." + by, (scope, period) -> by == By.PAYMENT && scope.staffId() != null
                    ? null : () -> sales.breakdown(scope, period, by)));
        }
        // A tap on a card, and on the table's top row of a day, a stylist, a menu.
        reports.add(new Report("sales.tickets", (scope, period) -> () -> sales.tickets(scope, period, null, null)));
        for (By by : List.of(By.DAY, By.STAFF, By.MENU)) {
            reports.add(new Report("sales.tickets." + by, (scope, period) -> {
                String key = topRow(sales, scope, period, by);
                return () -> sales.tickets(scope, period, by, key);
            }));
        }
        // The customer panel, for each return window it offers.
        for (int days : CustomerFigures.RETURN_DAYS) {
            reports.add(new Report("customers.figures." + days + "d",
                    (scope, period) -> () -> customers.figures(scope, period, days)));
        }
        // 一覧 on a customer card: the customers behind 新規再来率 and 失客率.
        for (CustomerFigures.Figure f : List.of(CustomerFigures.Figure.NEW_RETURNED, CustomerFigures.Figure.LAPSED)) {
            reports.add(new Report("customers.behind." + f, (scope, period) -> () -> customers.behind(scope, period,
                    CustomerFigures.DEFAULT_RETURN_DAYS, f)));
        }
        reports.add(new Report("cohorts.table", (scope, period) -> period.kind() != Period.Kind.MONTH ? null
                : () -> cohorts.table(scope)));
        reports.add(new Report("contacts.today", (scope, period) -> period.kind() != Period.Kind.MONTH ? null
                : () -> contacts.today(scope)));
        reports.add(new Report("rfm.byRank", (scope, period) -> period.kind() != Period.Kind.MONTH
                || scope.staffId() != null ? null : () -> rfm.customersByRank(scope.storeId())));
        // The nightly job and 今すぐ再計算 (a write: the whole store's scores and history).
        reports.add(new Report("rfm.recompute", (scope, period) -> period.kind() != Period.Kind.MONTH
                || scope.staffId() != null ? null : () -> rfm.recompute(scope.storeId())));
        return reports;
    }

    private ReportsBench() {
    }

    public static void main(String[] args) {
        BenchMain.run(ReportsBench::run);
    }

    private static String run() throws Exception {
        int customerCount = Integer.getInteger("bench.customers", 100_000);
        int ticketCount = Integer.getInteger("bench.tickets", 1_000_000);
        int runs = Integer.getInteger("bench.runs", 10);
        int warmup = Integer.getInteger("bench.warmup", 2);
        long seed = Long.getLong("bench.seed", 20261123L);
        if (customerCount < 1 || ticketCount < 1 || runs < 1 || warmup < 0) {
            throw new IllegalArgumentException("bench.customers >= 1, bench.tickets >= 1, bench.runs >= 1, bench.warmup >= 0");
        }
        try (BenchContext bench = BenchContext.start("reports", DATABASE, "--salonkarte.clock.start=" + CLOCK)) {
            LocalDate today = LocalDate.now(bench.bean(java.time.Clock.class));
            ReportsSalon salon = ReportsSalon.seed(bench, today, customerCount, ticketCount, seed);
            return bench(bench, salon, runs, warmup);
        }
    }

    private static String bench(BenchContext bench, ReportsSalon salon, int runs, int warmup) throws Exception {
        JdbcClient jdbc = bench.bean(JdbcClient.class);
        SalesReport sales = bench.bean(SalesReport.class);
        CustomerFigures customers = bench.bean(CustomerFigures.class);
        // The owner's view: the reports check the caller's role (ReportScope.check).
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "bench", null, List.of(new SimpleGrantedAuthority("ROLE_OWNER"))));

        long stylist = jdbc.sql("select staff_id from ticket where store_id = ? group by staff_id order by count(*) desc"
                + " limit 1").param(salon.storeId()).query(Long.class).single();
        Map<String, ReportScope> scopes = new LinkedHashMap<>();
        scopes.put("", ReportScope.store(salon.storeId()));
        scopes.put(".staff", ReportScope.staff(salon.storeId(), stylist));
        List<Timed> timed = new ArrayList<>();
        Cohorts cohorts = bench.bean(Cohorts.class);
        RfmRanks rfm = bench.bean(RfmRanks.class);
        ContactList contacts = bench.bean(ContactList.class);
        // The contact list reads the stored ranks: compute them once before anything is timed.
        rfm.recompute(salon.storeId());
        for (Report report : reports(sales, customers, cohorts, rfm, contacts)) {
            for (var scope : scopes.entrySet()) {
                for (var period : periods(salon.last()).entrySet()) {
                    Callable<?> call = report.binding().bind(scope.getValue(), period.getValue());
                    if (call != null) {
                        timed.add(new Timed(report.name() + "." + period.getKey() + scope.getKey(), call));
                    }
                }
            }
        }
        timed.add(cycles(jdbc, customers, salon.storeId()));
        progress(String.format(Locale.ROOT, "%d reports (stylist %d for the staff scope), %d warm-up + %d timed runs"
                + " each", timed.size(), stylist, warmup, runs));

        List<Result> results = new ArrayList<>();
        for (Timed t : timed) {
            check(t.name(), t.call().call());
            for (int i = 1; i < warmup; i++) {
                t.call().call();
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                t.call().call();
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            Result result = new Result(t.name(), ms);
            results.add(result);
            progress(row(result));
        }
        report(results);

        Result slowest = results.stream().max(java.util.Comparator.comparingDouble(Result::p95)).orElseThrow();
        long tickets = jdbc.sql("select count(*) from ticket").query(Long.class).single();
        long customerRows = jdbc.sql("select count(*) from customer").query(Long.class).single();
        return String.format(Locale.ROOT, "BENCH reports p95_ms=%.1f max_report=%s tickets=%d customers=%d reports=%d db=%s",
                slowest.p95(), slowest.name(), tickets, customerRows, results.size(), bench.dbKey());
    }

    /** The last full day, week (Monday to Sunday), calendar month and 365 days up to the history's last day. */
    private static Map<String, Period> periods(LocalDate last) {
        Map<String, Period> periods = new LinkedHashMap<>();
        periods.put("day", Period.day(last));
        periods.put("week", Period.week(last));
        periods.put("month", Period.month(YearMonth.from(last.plusDays(1)).minusMonths(1)));
        periods.put("year", Period.custom(last.minusYears(1).plusDays(1), last));
        return periods;
    }

    /** 来店サイクル on the karte, for the customer just opened: in turn the 100 customers with the most visits. */
    private static Timed cycles(JdbcClient jdbc, CustomerFigures customers, long storeId) {
        List<Long> regulars = jdbc.sql("select customer_id from ticket where store_id = ? and customer_id is not null"
                + " group by customer_id order by count(*) desc, customer_id limit 100").param(storeId).query(Long.class).list();
        int[] next = {0};
        return new Timed("customers.cycle", () -> customers.cycleOf(storeId, regulars.get(next[0]++ % regulars.size())));
    }

    /** The key of a breakdown's top row (the day, stylist or menu with the most sales): what a drill-down opens. */
    private static String topRow(SalesReport sales, ReportScope scope, Period period, By by) {
        return sales.breakdown(scope, period, by).stream().max(java.util.Comparator.comparingLong(SalesReport.Row::sales))
                .orElseThrow(() -> new IllegalStateException("no " + by + " rows in " + period)).key();
    }

    /** Every report must find something in the seeded history, or its time means nothing. */
    private static void check(String name, @Nullable Object result) {
        boolean found = switch (result) {
            case null -> false;
            // Who is due a call depends on the day; an empty list still reads every ranked customer.
            case List<?> rows when name.startsWith("contacts.") -> true;
            case List<?> rows -> !rows.isEmpty();
            case SalesReport.Figures f -> f.customers() > 0 && f.sales() > 0;
            case CustomerFigures.Figures f -> f.nominated().of() > 0 && f.rebooked().of() > 0;
            default -> true;
        };
        if (!found) {
            throw new IllegalStateException(name + " found nothing in the seeded history: " + result);
        }
    }

    private static void report(List<Result> results) {
        progress("every report, in ms (nearest-rank percentiles; * = p95 over the " + (int) TARGET_MS + " ms target):");
        progress(String.format(Locale.ROOT, "%-42s %5s %9s %9s %9s", "report", "runs", "p50_ms", "p95_ms", "max_ms"));
        results.forEach(r -> progress(row(r)));
        long over = results.stream().filter(r -> r.p95() > TARGET_MS).count();
        progress(over + " of " + results.size() + " reports over the target");
    }

    private static String row(Result r) {
        double[] ms = r.sortedMs();
        return String.format(Locale.ROOT, "%-42s %5d %9.1f %9.1f %9.1f%s", r.name(), ms.length,
                BenchStats.percentile(ms, 50), r.p95(), ms[ms.length - 1], r.p95() > TARGET_MS ? " *" : "");
    }

    static void progress(String message) {
        System.err.println("reports: " + message);
    }
}
