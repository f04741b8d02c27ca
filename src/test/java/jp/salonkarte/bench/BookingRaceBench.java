package jp.salonkarte.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.reservation.BookingException;
import jp.salonkarte.reservation.BookingRequest;
import jp.salonkarte.reservation.BookingService;
import jp.salonkarte.reservation.BookingSource;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffDraft;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;
import jp.salonkarte.store.TaxRounding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code bench/run booking-race}: a hundred iPads (threads) book the same staff member for the
 * same slot at the same moment through {@link BookingService#book}, as
 * {@code BookingServiceTest.aHundredIPadsBookingTheSameSlotAtOnceMakeExactlyOneBooking} does,
 * round after round on different days and times. Every round must end with exactly one booking
 * (checked in the outcomes and in the database) and 99 refusals for the overlap, else the bench
 * fails. Each call is timed from the common start signal until it returns, win or refusal, so
 * the figures include the wait for a pooled connection and for the staff row's lock. Not a
 * test: the name matches no surefire or failsafe pattern; see bench/README.md.
 *
 * <p>Prints exactly one line on stdout, {@code BENCH booking-race threads=... winners=... p95_ms=...};
 * everything else goes to stderr. Settings are system properties: {@code bench.threads},
 * {@code bench.rounds}, {@code bench.warmup}, {@code bench.db}, {@code bench.embedded-dir},
 * {@code bench.keep}.
 */
public final class BookingRaceBench {

    static final String DATABASE = "salonkarte_bench_booking";
    private static final String OVERLAP = "booking.error.overlap";
    private static final String BOOKED = "booked";

    /** What one call ended with, and ms from the start signal until it returned. */
    private record Outcome(String result, double ms) {
    }

    private BookingRaceBench() {
    }

    public static void main(String[] args) {
        BenchMain.run(BookingRaceBench::run);
    }

    private static String run() throws Exception {
        int threads = Integer.getInteger("bench.threads", 100);
        int rounds = Integer.getInteger("bench.rounds", 20);
        int warmup = Integer.getInteger("bench.warmup", 2);
        if (threads < 2 || rounds < 1 || warmup < 0) {
            throw new IllegalArgumentException("bench.threads >= 2, bench.rounds >= 1, bench.warmup >= 0");
        }
        // The application's own pool (spring.datasource.hikari.maximum-pool-size), not changed here.
        try (BenchContext bench = BenchContext.start("booking-race", DATABASE)) {
            return bench(bench, threads, rounds, warmup);
        }
    }

    private static String bench(BenchContext bench, int threads, int rounds, int warmup) throws Exception {
        StoreService stores = bench.bean(StoreService.class);
        StaffService staffService = bench.bean(StaffService.class);
        CustomerService customers = bench.bean(CustomerService.class);
        BookingService bookings = bench.bean(BookingService.class);
        JdbcClient jdbc = bench.bean(JdbcClient.class);
        Clock clock = bench.bean(Clock.class);
        int pool = bench.bean(DataSource.class).unwrap(HikariDataSource.class).getMaximumPoolSize();
        progress("MariaDB " + jdbc.sql("select version()").query(String.class).single() + ", connection pool of "
                + pool);
        if (stores.isSetUp()) {
            throw new IllegalStateException("the bench database is not empty");
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "bench", null, List.of(new SimpleGrantedAuthority("ROLE_OWNER"))));

        // A store open 10:00-20:00 (closed on Tuesdays), two staff, one customer per iPad.
        Store store = stores.setUp(new Store(null, "Salon Karte ベンチ店", "150-0001", "東京都渋谷区神宮前4-1-1",
                "03-1234-5678", null, LocalTime.of(10, 0), LocalTime.of(20, 0), "TUESDAY", TaxRounding.TRUNCATE, 0),
                new StaffDraft(null, "山田", "花子", "ヤマダ", "ハナコ", null, Role.OWNER, "#8E24AA", true), null, null);
        staffService.save(new StaffDraft(null, "鈴木", "美咲", "スズキ", "ミサキ", null, Role.STAFF, "#43A047", true),
                store.id(), null, null);
        long staffId = staffService.list(store.id()).stream().filter(s -> s.role() == Role.STAFF).findFirst()
                .map(Staff::id).orElseThrow();
        Instant now = clock.instant();
        List<Long> customerIds = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            customerIds.add(customers.save(Customer.create("予約", "太郎" + (i + 1), "ヨヤク", "タロウ", now)).id());
        }

        ExecutorService ipads = Executors.newFixedThreadPool(threads);
        List<Outcome> measured = new ArrayList<>();
        LocalDate day = LocalDate.now(clock).plusDays(7);
        try {
            for (int round = 0; round < warmup + rounds; round++) {
                while (store.closedDaysOfWeek().contains(day.getDayOfWeek())) {
                    day = day.plusDays(1);
                }
                // A different day and time every round: 11:00, 11:30, ... 16:30.
                LocalDateTime start = day.atTime(11, 0).plusMinutes(30L * (round % 12));
                day = day.plusDays(1);
                List<Outcome> outcomes = round(ipads, bookings, store.id(), staffId, customerIds, start);
                check(jdbc, staffId, start, outcomes, round);
                boolean warm = round < warmup;
                if (!warm) {
                    measured.addAll(outcomes);
                }
                double[] ms = sortedMs(outcomes);
                double winnerMs = outcomes.stream().filter(o -> BOOKED.equals(o.result())).findFirst().orElseThrow()
                        .ms();
                long faster = outcomes.stream().filter(o -> o.ms() < winnerMs).count();
                progress(String.format(Locale.ROOT, "%s %2d %s: 1 booked (%.1f ms, %d calls returned before it),"
                        + " %d refused; p50 %.1f ms, p95 %.1f ms, max %.1f ms", warm ? "warm-up" : "round  ",
                        warm ? round + 1 : round - warmup + 1, start, winnerMs, faster, outcomes.size() - 1,
                        BenchStats.percentile(ms, 50), BenchStats.percentile(ms, 95), ms[ms.length - 1]));
            }
        } finally {
            ipads.shutdownNow();
            ipads.awaitTermination(30, TimeUnit.SECONDS);
        }

        double[] ms = sortedMs(measured);
        double mean = Arrays.stream(ms).average().orElse(0);
        return String.format(Locale.ROOT,
                "BENCH booking-race threads=%d winners=1 p95_ms=%.1f p50_ms=%.1f max_ms=%.1f mean_ms=%.1f rounds=%d"
                        + " refusals=%d calls=%d pool=%d db=%s",
                threads, BenchStats.percentile(ms, 95), BenchStats.percentile(ms, 50), ms[ms.length - 1], mean,
                rounds, threads - 1, ms.length, pool, bench.dbKey());
    }

    /**
     * One race: every thread waits at the start line, then all book {@code start} for the staff
     * member at once, with lengths of 30, 45, 60 and 75 minutes (all overlapping the first 30).
     */
    private static List<Outcome> round(ExecutorService ipads, BookingService bookings, long storeId, long staffId,
            List<Long> customerIds, LocalDateTime start) throws Exception {
        int threads = customerIds.size();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong startNanos = new AtomicLong();
        List<Future<Outcome>> futures = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            BookingRequest request = new BookingRequest(storeId, customerIds.get(i), staffId, start, 30 + 15 * (i % 4),
                    List.of(), null, BookingSource.PHONE, false);
            futures.add(ipads.submit(() -> {
                ready.countDown();
                go.await();
                String result;
                try {
                    bookings.book(request);
                    result = BOOKED;
                } catch (BookingException e) {
                    result = e.messageKey();
                } catch (RuntimeException e) {
                    result = e.toString();
                }
                return new Outcome(result, (System.nanoTime() - startNanos.get()) / 1e6);
            }));
        }
        if (!ready.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the " + threads + " threads did not reach the start line within 60 s");
        }
        Thread.sleep(20); // let the last ones park on the latch
        startNanos.set(System.nanoTime());
        go.countDown();
        List<Outcome> outcomes = new ArrayList<>(threads);
        for (Future<Outcome> f : futures) {
            outcomes.add(f.get(120, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    /** Exactly one winner, every other call refused for the overlap, and one booking row in the database. */
    private static void check(JdbcClient jdbc, long staffId, LocalDateTime start, List<Outcome> outcomes, int round) {
        Map<String, Integer> counts = new TreeMap<>();
        outcomes.forEach(o -> counts.merge(o.result(), 1, Integer::sum));
        int winners = counts.getOrDefault(BOOKED, 0);
        int refusals = counts.getOrDefault(OVERLAP, 0);
        int rows = jdbc.sql("""
                select count(*) from booking where staff_id = ? and starts_at < ? and ends_at > ?
                  and status in ('BOOKED', 'ARRIVED', 'IN_CHECKOUT', 'DONE')""")
                .params(staffId, start.plusMinutes(75), start).query(Integer.class).single();
        if (winners != 1 || refusals != outcomes.size() - 1 || rows != 1) {
            throw new IllegalStateException(String.format(Locale.ROOT, "round %d at %s: %d winners (must be 1),"
                    + " outcomes %s, %d booking rows in the database for that slot (must be 1)", round + 1, start,
                    winners, counts, rows));
        }
    }

    private static double[] sortedMs(List<Outcome> outcomes) {
        double[] ms = outcomes.stream().mapToDouble(Outcome::ms).toArray();
        Arrays.sort(ms);
        return ms;
    }

    private static void progress(String message) {
        System.err.println("booking-race: " + message);
    }
}
