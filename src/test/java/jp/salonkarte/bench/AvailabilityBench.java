package jp.salonkarte.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import jp.salonkarte.reservation.Availability;
import jp.salonkarte.reservation.BookingService;
import jp.salonkarte.store.Store;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code bench/run availability}: {@link Availability#free} for 8 staff members over 30 days, as
 * the web booking page asks when the customer picks "anyone", on the salon
 * {@link AvailabilitySalon} seeds (8 staff with shifts and exceptions, their working time 60-80 %
 * booked through {@link BookingService#book}; optionally, {@code bench.history-days}, past visits).
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
    static final int MAX_OFFSET_DAYS = 6;
    private static final int[] DURATIONS = {30, 60, 90, 120};

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
        AvailabilitySalon salon = AvailabilitySalon.seed(bench, days, seed, historyDays);
        Store store = salon.store();
        List<Long> staffIds = salon.staffIds();
        LocalDate first = salon.first();
        Availability availability = bench.bean(Availability.class);
        BookingService bookings = bench.bean(BookingService.class);
        JdbcClient jdbc = bench.bean(JdbcClient.class);

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
                BenchStats.percentile(sorted, 99), sorted[sorted.length - 1], mean, calls, salon.bookings(),
                salon.bookedPct(), Arrays.stream(slots).average().orElse(0), slotsSorted[0], historyDays,
                salon.seedSeconds(), bench.dbKey());
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

    static void progress(String message) {
        System.err.println("availability: " + message);
    }
}
