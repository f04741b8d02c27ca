package jp.salonkarte.bench;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.reservation.Availability;
import jp.salonkarte.reservation.Booking;
import jp.salonkarte.reservation.BookingRequest;
import jp.salonkarte.reservation.BookingService;
import jp.salonkarte.reservation.BookingSource;
import jp.salonkarte.reservation.BookingStatus;
import jp.salonkarte.reservation.Shifts;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffDraft;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;
import jp.salonkarte.store.TaxRounding;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code bench/run availability}: {@link Availability#free} for 8 staff members over 30 days, as
 * the web booking page asks when the customer picks "anyone". Seeds a store (10:00-20:00, closed
 * on Tuesdays) with 8 active staff, weekly patterns for five of them and single-day exceptions
 * (days off, late starts, early finishes) through {@link Shifts}, and fills their working time to
 * 60-80 % (a little more at weekends) with bookings made through {@link BookingService#book}
 * (no override, so every one respects the hours and never overlaps), about 5 % of them cancelled
 * again. Optionally ({@code bench.history-days}) past visits before the range, inserted with SQL.
 * Then times {@code free(store, from, 30, minutes, all 8)} with seeded lengths of 30, 60, 90 and
 * 120 minutes and start dates 0-6 days after tomorrow. Not a test: the name matches no surefire
 * or failsafe pattern; see bench/README.md.
 *
 * <p>Prints exactly one line on stdout, {@code BENCH availability days=30 staff=8 p95_ms=...};
 * everything else goes to stderr. Settings are system properties: {@code bench.days},
 * {@code bench.calls}, {@code bench.warmup}, {@code bench.seed}, {@code bench.history-days},
 * {@code bench.db}, {@code bench.embedded-dir}, {@code bench.keep}.
 */
public final class AvailabilityBench {

    static final String DATABASE = "salonkarte_bench_availability";
    private static final int MAX_OFFSET_DAYS = 6;
    private static final int[] DURATIONS = {30, 60, 90, 120};
    private static final int CUSTOMERS = 400;

    /** Menu lengths as a salon books them (cut 30-45, colour 90-120, perm and straightening longer), by weight. */
    private static final int[][] BOOKED_LENGTHS = {{30, 15}, {45, 10}, {60, 25}, {90, 20}, {120, 18}, {150, 8},
            {180, 4}};

    private AvailabilityBench() {
    }

    public static void main(String[] args) {
        BenchMain.run(AvailabilityBench::run);
    }

    private static String run() throws Exception {
        int days = Integer.getInteger("bench.days", 30);
        int calls = Integer.getInteger("bench.calls", 500);
        int warmup = Integer.getInteger("bench.warmup", 50);
        long seed = Long.getLong("bench.seed", 20261123L);
        int historyDays = Integer.getInteger("bench.history-days", 0);
        if (days < 1 || calls < 1 || warmup < 0 || historyDays < 0) {
            throw new IllegalArgumentException("bench.days >= 1, bench.calls >= 1, bench.warmup >= 0,"
                    + " bench.history-days >= 0");
        }
        try (BenchContext bench = BenchContext.start("availability", DATABASE)) {
            return bench(bench, days, calls, warmup, seed, historyDays);
        }
    }

    private static String bench(BenchContext bench, int days, int calls, int warmup, long seed, int historyDays) {
        StoreService stores = bench.bean(StoreService.class);
        StaffService staffService = bench.bean(StaffService.class);
        CustomerService customers = bench.bean(CustomerService.class);
        BookingService bookings = bench.bean(BookingService.class);
        Availability availability = bench.bean(Availability.class);
        Shifts shifts = bench.bean(Shifts.class);
        JdbcClient jdbc = bench.bean(JdbcClient.class);
        Clock clock = bench.bean(Clock.class);
        progress("MariaDB " + jdbc.sql("select version()").query(String.class).single());
        if (stores.isSetUp()) {
            throw new IllegalStateException("the bench database is not empty");
        }
        // Shifts.savePattern / saveException and StaffService.save are for owners and managers.
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "bench", null, List.of(new SimpleGrantedAuthority("ROLE_OWNER"))));
        Random random = new Random(seed);
        long seedStart = System.nanoTime();

        Store store = stores.setUp(new Store(null, "Salon Karte ベンチ店", "150-0001", "東京都渋谷区神宮前4-1-1",
                "03-1234-5678", null, LocalTime.of(10, 0), LocalTime.of(20, 0), "TUESDAY", TaxRounding.TRUNCATE, 0),
                BenchContext.STAFF.getFirst(), null, null);
        for (StaffDraft s : BenchContext.STAFF.subList(1, BenchContext.STAFF.size())) {
            staffService.save(s, store.id(), null, null);
        }
        List<Long> staffIds = staffService.list(store.id()).stream().filter(Staff::active).map(Staff::id).sorted()
                .toList();
        if (staffIds.size() != BenchContext.STAFF.size()) {
            throw new IllegalStateException("expected " + BenchContext.STAFF.size() + " active staff, found " + staffIds.size());
        }
        Instant now = clock.instant();
        List<Customer> newCustomers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            newCustomers.add(Customer.create("予約", "花子" + (i + 1), "ヨヤク", "ハナコ", now));
        }
        customers.createAll(newCustomers);
        List<Long> customerIds = jdbc.sql("select id from customer order by id").query(Long.class).list();

        // Weekly patterns for five of the eight (the other three work the store's hours on every open day).
        shifts.savePattern(staffIds.get(2), pattern(LocalTime.of(10, 0), LocalTime.of(19, 0), DayOfWeek.MONDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        shifts.savePattern(staffIds.get(3), pattern(LocalTime.of(13, 0), LocalTime.of(20, 0), DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        shifts.savePattern(staffIds.get(4), pattern(LocalTime.of(10, 0), LocalTime.of(15, 0), DayOfWeek.MONDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
        shifts.savePattern(staffIds.get(5), pattern(LocalTime.of(10, 0), LocalTime.of(20, 0), DayOfWeek.MONDAY,
                DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        shifts.savePattern(staffIds.get(7), pattern(LocalTime.of(11, 0), LocalTime.of(20, 0), DayOfWeek.MONDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY));

        // The range the calls ask about: from tomorrow (today's free times depend on the clock) for
        // days + the largest start offset.
        LocalDate first = LocalDate.now(clock).plusDays(1);
        LocalDate last = first.plusDays(days + MAX_OFFSET_DAYS - 1L);
        int exceptions = 0;
        for (Long staffId : staffIds) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (store.closedDaysOfWeek().contains(day.getDayOfWeek())) {
                    continue;
                }
                int x = random.nextInt(100);
                if (x < 4) {
                    shifts.saveException(staffId, day, null, "有給");
                } else if (x < 6) {
                    shifts.saveException(staffId, day, new Shifts.Window(LocalTime.of(12, 0), LocalTime.of(20, 0)),
                            "午後から");
                } else if (x < 8) {
                    shifts.saveException(staffId, day, new Shifts.Window(LocalTime.of(10, 0), LocalTime.of(16, 0)),
                            "早上がり");
                } else {
                    continue;
                }
                exceptions++;
            }
        }

        // Bookings through the booking service: 60-80 % of each working day (weekends a little more).
        Map<LocalDate, Map<Long, Shifts.Window>> hours = shifts.workingHours(store, first, last, staffIds);
        Shifts.Window storeHours = new Shifts.Window(store.openingTime(), store.closingTime());
        long workingMinutes = 0;
        long bookedMinutes = 0;
        int booked = 0;
        int cancelled = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (Long staffId : staffIds) {
                Shifts.Window shift = hours.getOrDefault(day, Map.of()).get(staffId);
                if (shift == null) {
                    continue;
                }
                Shifts.Window window = intersect(shift, storeHours);
                List<int[]> plan = dayPlan(random, window, weekend(day));
                for (int[] b : plan) {
                    Booking made = bookings.book(new BookingRequest(store.id(), pick(random, customerIds), staffId,
                            day.atTime(LocalTime.ofSecondOfDay(b[0] * 60L)), b[1], List.of(), null,
                            random.nextInt(100) < 40 ? BookingSource.WEB : BookingSource.PHONE, false));
                    booked++;
                    if (random.nextInt(100) < 5) {
                        bookings.setStatus(made.id(), BookingStatus.CANCELLED);
                        cancelled++;
                    } else {
                        bookedMinutes += b[1];
                    }
                }
                workingMinutes += minutes(window.end()) - minutes(window.start());
            }
            if (day.getDayOfMonth() % 10 == 0 || day.equals(last)) {
                progress(String.format(Locale.ROOT, "booked through %s: %,d bookings (%d cancelled) in %.1f s", day,
                        booked, cancelled, seconds(seedStart)));
            }
        }
        int history = historyDays > 0
                ? history(bench.bean(JdbcTemplate.class), new Random(seed + 2), store, staffIds, customerIds, shifts,
                        first.minusDays(historyDays), first.minusDays(1), clock)
                : 0;
        double seedSeconds = seconds(seedStart);
        double bookedPct = 100.0 * bookedMinutes / workingMinutes;
        long rows = jdbc.sql("select count(*) from booking").query(Long.class).single();
        progress(String.format(Locale.ROOT, "seeded in %.1f s: %d staff, %d shift exceptions, %,d bookings from %s"
                + " to %s (%d cancelled again), %.1f %% of the working time booked; %,d past"
                + " bookings; %,d booking rows in all", seedSeconds, staffIds.size(), exceptions, booked, first, last,
                cancelled, bookedPct, history, rows));
        jdbc.sql("analyze table booking, staff, staff_shift, shift_exception").query().listOfRows();

        // The calls: seeded lengths and start dates (their own random: the same whatever the
        // history), warm-up first (not counted).
        Random callRandom = new Random(seed + 1);
        int total = warmup + calls;
        int[] lengths = new int[total];
        int[] offsets = new int[total];
        for (int i = 0; i < total; i++) {
            lengths[i] = DURATIONS[callRandom.nextInt(DURATIONS.length)];
            offsets[i] = callRandom.nextInt(MAX_OFFSET_DAYS + 1);
        }
        progress("warming up with " + warmup + " calls");
        for (int i = 0; i < warmup; i++) {
            check(availability.free(store, first.plusDays(offsets[i]), days, lengths[i], staffIds), days, lengths[i]);
        }
        progress("measuring " + calls + " calls");
        double[] ms = new double[calls];
        int[] slots = new int[calls];
        for (int i = 0; i < calls; i++) {
            int k = warmup + i;
            LocalDate from = first.plusDays(offsets[k]);
            long start = System.nanoTime();
            Map<LocalDate, List<Availability.Slot>> free = availability.free(store, from, days, lengths[k], staffIds);
            ms[i] = (System.nanoTime() - start) / 1e6;
            slots[i] = check(free, days, lengths[k]);
        }
        spotCheck(jdbc, availability, bookings, store, first, days, staffIds, callRandom);
        report(ms, slots, lengths, warmup);

        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        int[] slotsSorted = slots.clone();
        Arrays.sort(slotsSorted);
        double mean = Arrays.stream(ms).average().orElse(0);
        return String.format(Locale.ROOT,
                "BENCH availability days=%d staff=%d p95_ms=%.2f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_ms=%.2f"
                        + " calls=%d bookings=%d booked_pct=%.0f slots=%.0f slots_min=%d history_days=%d seed_s=%.1f"
                        + " db=%s",
                days, staffIds.size(), BenchStats.percentile(sorted, 95), BenchStats.percentile(sorted, 50),
                BenchStats.percentile(sorted, 99), sorted[sorted.length - 1], mean, calls, booked - cancelled,
                bookedPct, Arrays.stream(slots).average().orElse(0), slotsSorted[0], historyDays, seedSeconds,
                bench.dbKey());
    }

    /**
     * One staff member's bookings for one day as [start minute, length] pairs: lengths drawn until
     * 60-80 % (weekends 70-90 %) of the window is taken, the rest split into gaps on the 15-minute
     * grid at random before, between and after them.
     */
    private static List<int[]> dayPlan(Random random, Shifts.Window window, boolean weekend) {
        int open = minutes(window.start());
        int close = minutes(window.end());
        int length = close - open;
        double target = (weekend ? 0.70 : 0.60) + random.nextDouble() * 0.20;
        List<Integer> lengths = new ArrayList<>();
        int taken = 0;
        for (int tries = 0; tries < 20; tries++) {
            int d = bookedLength(random);
            if (taken + d <= target * length) {
                lengths.add(d);
                taken += d;
            }
        }
        int freeSteps = (length - taken) / Availability.STEP_MINUTES;
        int[] gaps = new int[lengths.size() + 1];
        for (int i = 0; i < freeSteps; i++) {
            gaps[random.nextInt(gaps.length)]++;
        }
        List<int[]> plan = new ArrayList<>();
        int t = open;
        for (int i = 0; i < lengths.size(); i++) {
            t += gaps[i] * Availability.STEP_MINUTES;
            plan.add(new int[] {t, lengths.get(i)});
            t += lengths.get(i);
        }
        return plan;
    }

    /**
     * Past visits (done, some cancelled or no-shows) for the days before the range, in SQL
     * batches: what a salon's booking table holds after a while. Same generator, no booking
     * service (it would take minutes), so not checked for overlaps beyond the generator's own.
     */
    private static int history(JdbcTemplate jdbc, Random random, Store store, List<Long> staffIds,
            List<Long> customerIds, Shifts shifts, LocalDate from, LocalDate to, Clock clock) {
        long start = System.nanoTime();
        Map<LocalDate, Map<Long, Shifts.Window>> hours = shifts.workingHours(store, from, to, staffIds);
        Shifts.Window storeHours = new Shifts.Window(store.openingTime(), store.closingTime());
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (Long staffId : staffIds) {
                Shifts.Window shift = hours.getOrDefault(day, Map.of()).get(staffId);
                if (shift == null) {
                    continue;
                }
                for (int[] b : dayPlan(random, intersect(shift, storeHours), weekend(day))) {
                    LocalDateTime s = day.atTime(LocalTime.ofSecondOfDay(b[0] * 60L));
                    int x = random.nextInt(100);
                    String status = x < 5 ? "CANCELLED" : x < 7 ? "NO_SHOW" : "DONE";
                    rows.add(new Object[] {store.id(), pick(random, customerIds), staffId, s, s.plusMinutes(b[1]),
                            status, now, now});
                }
            }
        }
        for (int i = 0; i < rows.size(); i += 1_000) {
            jdbc.batchUpdate("insert into booking (store_id, customer_id, staff_id, starts_at, ends_at, status,"
                    + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    rows.subList(i, Math.min(rows.size(), i + 1_000)));
        }
        progress(String.format(Locale.ROOT, "inserted %,d past bookings (%s to %s) in %.1f s", rows.size(), from, to,
                seconds(start)));
        return rows.size();
    }

    /** Every day of the range present and at least one free start in all: returns the free starts. */
    private static int check(Map<LocalDate, List<Availability.Slot>> free, int days, int minutes) {
        if (free.size() != days) {
            throw new IllegalStateException("free() returned " + free.size() + " days instead of " + days);
        }
        int slots = free.values().stream().mapToInt(List::size).sum();
        if (slots == 0) {
            throw new IllegalStateException("free() found no free start of " + minutes + " minutes in " + days
                    + " days for " + BenchContext.STAFF.size() + " staff: the seeded salon is booked out (or availability is broken)");
        }
        return slots;
    }

    /**
     * Outside the timing: 200 offered (day, start, staff member) of one call touch no booking that
     * holds time, and lie in that staff member's hours — what the booking service will check too.
     */
    private static void spotCheck(JdbcClient jdbc, Availability availability, BookingService bookings, Store store,
            LocalDate from, int days, List<Long> staffIds, Random random) {
        int minutes = 60;
        List<Object[]> offered = new ArrayList<>();
        availability.free(store, from, days, minutes, staffIds).forEach((day, slots) -> slots.forEach(
                slot -> slot.staffIds().forEach(staff -> offered.add(new Object[] {day, slot.start(), staff}))));
        for (int i = 0; i < Math.min(200, offered.size()); i++) {
            Object[] o = offered.get(random.nextInt(offered.size()));
            LocalDateTime start = ((LocalDate) o[0]).atTime((LocalTime) o[1]);
            long staffId = (Long) o[2];
            int clashes = jdbc.sql("""
                    select count(*) from booking where staff_id = ? and starts_at < ? and ends_at > ?
                      and status in ('BOOKED', 'ARRIVED', 'IN_CHECKOUT', 'DONE')""")
                    .params(staffId, start.plusMinutes(minutes), start).query(Integer.class).single();
            if (clashes > 0) {
                throw new IllegalStateException("free() offered " + start + " for staff " + staffId
                        + ", which overlaps " + clashes + " booking(s)");
            }
            if (!bookings.withinHours(store.id(), staffId, start, start.plusMinutes(minutes))) {
                throw new IllegalStateException("free() offered " + start + " for staff " + staffId
                        + ", outside the store's hours or the staff member's shift");
            }
        }
        progress("spot check: " + Math.min(200, offered.size()) + " of " + offered.size()
                + " offered 60-minute starts checked: none overlaps a booking, all inside hours and shift");
    }

    private static void report(double[] ms, int[] slots, int[] lengths, int warmup) {
        Map<Integer, List<Integer>> byLength = new TreeMap<>();
        for (int i = 0; i < ms.length; i++) {
            byLength.computeIfAbsent(lengths[warmup + i], k -> new ArrayList<>()).add(i);
        }
        progress(String.format(Locale.ROOT, "%-8s %5s %8s %8s %8s %10s", "minutes", "n", "p50_ms", "p95_ms", "max_ms",
                "avg_slots"));
        byLength.forEach((length, idx) -> {
            double[] t = idx.stream().mapToDouble(i -> ms[i]).sorted().toArray();
            progress(String.format(Locale.ROOT, "%-8d %5d %8.2f %8.2f %8.2f %10.0f", length, t.length,
                    BenchStats.percentile(t, 50), BenchStats.percentile(t, 95), t[t.length - 1],
                    idx.stream().mapToInt(i -> slots[i]).average().orElse(0)));
        });
    }

    private static Map<DayOfWeek, Shifts.Window> pattern(LocalTime start, LocalTime end, DayOfWeek... days) {
        Map<DayOfWeek, Shifts.Window> pattern = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : days) {
            pattern.put(d, new Shifts.Window(start, end));
        }
        return pattern;
    }

    private static Shifts.Window intersect(Shifts.Window a, Shifts.Window b) {
        return new Shifts.Window(a.start().isAfter(b.start()) ? a.start() : b.start(),
                a.end().isBefore(b.end()) ? a.end() : b.end());
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static int bookedLength(Random random) {
        int total = Arrays.stream(BOOKED_LENGTHS).mapToInt(l -> l[1]).sum();
        int x = random.nextInt(total);
        for (int[] l : BOOKED_LENGTHS) {
            x -= l[1];
            if (x < 0) {
                return l[0];
            }
        }
        throw new AssertionError();
    }

    private static int minutes(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void progress(String message) {
        System.err.println("availability: " + message);
    }
}
