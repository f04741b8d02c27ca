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

import static jp.salonkarte.bench.AvailabilityBench.MAX_OFFSET_DAYS;
import static jp.salonkarte.bench.AvailabilityBench.progress;

/**
 * The salon {@link AvailabilityBench} asks about, seeded on an empty database: a store
 * (10:00-20:00, closed on Tuesdays) with 8 active staff, weekly patterns for five of them and
 * single-day exceptions (days off, late starts, early finishes) through {@link Shifts}, 400
 * customers, and bookings made through {@link BookingService#book} that fill 60-80 % of each
 * working day (a little more at weekends), about 5 % of them cancelled again; optionally past
 * visits before the range, inserted with SQL.
 *
 * @param store the seeded store
 * @param staffIds its 8 active staff members, by id
 * @param first the first day the calls ask about (tomorrow)
 * @param bookings the bookings in the range that still hold time (not cancelled)
 * @param bookedPct how much of the staff's working time in the range they take
 * @param seedSeconds how long the seeding took
 */
record AvailabilitySalon(Store store, List<Long> staffIds, LocalDate first, int bookings, double bookedPct,
        double seedSeconds) {

    private static final int CUSTOMERS = 400;

    /** Menu lengths as a salon books them (cut 30-45, colour 90-120, perm and straightening longer), by weight. */
    private static final int[][] BOOKED_LENGTHS = {{30, 15}, {45, 10}, {60, 25}, {90, 20}, {120, 18}, {150, 8},
            {180, 4}};

    /**
     * Seeds the salon for calls over {@code days} days from tomorrow plus the largest start offset,
     * with {@code historyDays} days of past visits before that; the same {@code seed} makes the
     * same salon.
     */
    static AvailabilitySalon seed(BenchContext bench, int days, long seed, int historyDays) {
        StoreService stores = bench.bean(StoreService.class);
        StaffService staffService = bench.bean(StaffService.class);
        CustomerService customers = bench.bean(CustomerService.class);
        BookingService bookings = bench.bean(BookingService.class);
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
        return new AvailabilitySalon(store, staffIds, first, booked - cancelled, bookedPct, seedSeconds);
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
}
