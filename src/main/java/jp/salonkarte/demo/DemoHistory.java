package jp.salonkarte.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.salonkarte.checkout.Discount;
import jp.salonkarte.checkout.Tax;
import jp.salonkarte.store.MenuCategory;
import jp.salonkarte.store.MenuItem;
import jp.salonkarte.store.MenuKind;
import jp.salonkarte.store.TaxRounding;

/**
 * Eighteen months of the demo salon's past (issue 14), so every report means something on first
 * start: customers who come back every month or two, some who come now and then, first-timers who
 * never return and regulars who stopped coming; each with a favourite stylist they usually ask
 * for (指名), now and then retail, the next appointment often booked at the register, a few
 * cancellations and no-shows. Every visit is a done booking, a paid ticket computed as the register
 * computes it ({@link Tax#of}, {@link Tax#shares}) and a karte record with its menus; customers
 * whose next visit falls in the next two weeks have it booked. The past days' registers are closed
 * by {@link DemoSalon} afterwards. Deterministic: the same seed gives the same salon.
 */
final class DemoHistory {

    static final int MONTHS = 18;
    private static final DateTimeFormatter RECEIPT_DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final List<String> NOTES = List.of("前回より2cm短く。耳にかけられる長さをキープ",
            "根元のリタッチ希望。次回は明るめでもOK", "襟足のクセが強いので、すきすぎない", "ホームケアにヘアオイルをおすすめした",
            "分け目を右に変更。気に入っていた", "乾燥が気になるとのこと。トリートメントを提案", "次回は夏に向けて軽めに");

    /** How a customer comes: how often, for how long, and with whom. */
    private enum Habit {
        NEVER, TRIAL, REGULAR, OCCASIONAL
    }

    /** One appointment of the past (or booked for the coming days) before it is written. */
    private record Appointment(long customerId, long staffId, LocalDateTime start, List<MenuItem> menus,
            boolean nominated, String status, LocalDateTime bookedAt, String source) {

        LocalDateTime end() {
            return start.plusMinutes(30L * halfHours(menus));
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final long storeId;
    private final List<Long> staffIds;
    private final LocalDate today;
    private final LocalDateTime now;
    private final List<MenuItem> hair;
    private final List<MenuItem> beauty;
    private final List<MenuItem> products;
    private final Set<String> taken = new HashSet<>();

    DemoHistory(JdbcClient jdbc, JdbcTemplate batch, Clock clock, long storeId, List<Long> staffIds,
            List<MenuItem> menu) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.storeId = storeId;
        this.staffIds = staffIds;
        this.today = LocalDate.now(clock);
        this.now = LocalDateTime.now(clock);
        this.hair = menu.stream().filter(m -> m.kind() == MenuKind.SERVICE && Set.of(MenuCategory.CUT,
                MenuCategory.COLOR, MenuCategory.PERM, MenuCategory.STRAIGHT, MenuCategory.TREATMENT,
                MenuCategory.SPA).contains(m.category()) && !m.name().startsWith("キッズ")).toList();
        this.beauty = menu.stream().filter(m -> m.kind() == MenuKind.SERVICE
                && (m.category() == MenuCategory.NAIL || m.category() == MenuCategory.LASH)).toList();
        this.products = menu.stream().filter(m -> m.kind() == MenuKind.PRODUCT).toList();
    }

    /** Writes the history of these customers; returns the past business days that have tickets. */
    Set<LocalDate> write(List<Long> customerIds, Random random) {
        List<Appointment> appointments = new ArrayList<>();
        for (long customerId : customerIds) {
            appointments.addAll(appointmentsOf(customerId, random));
        }
        appointments.sort(Comparator.comparing(Appointment::start));
        Map<LocalDate, Integer> receipts = new TreeMap<>();
        for (Appointment a : appointments) {
            long bookingId = book(a);
            if (a.status().equals("DONE")) {
                int no = receipts.merge(a.start().toLocalDate(), 1, Integer::sum);
                pay(a, bookingId, no, random);
                karte(a, random);
            }
        }
        receipts.forEach((day, last) -> jdbc.sql(
                "insert into receipt_counter (store_id, business_day, last_no) values (?, ?, ?)")
                .params(storeId, day, last).update());
        return receipts.keySet();
    }

    private List<Appointment> appointmentsOf(long customerId, Random random) {
        int roll = random.nextInt(100);
        Habit habit = roll < 10 ? Habit.NEVER : roll < 38 ? Habit.TRIAL : roll < 75 ? Habit.REGULAR : Habit.OCCASIONAL;
        if (habit == Habit.NEVER) {
            return List.of();
        }
        int cycle = switch (habit) {
            case REGULAR -> 30 + random.nextInt(31);
            case OCCASIONAL -> 75 + random.nextInt(46);
            default -> 60 + random.nextInt(60);
        };
        int maxVisits = switch (habit) {
            case TRIAL -> random.nextInt(100) < 65 ? 1 : 2;
            case REGULAR -> random.nextInt(100) < 15 ? 3 + random.nextInt(4) : Integer.MAX_VALUE;
            default -> random.nextInt(100) < 25 ? 2 + random.nextInt(3) : Integer.MAX_VALUE;
        };
        long favourite = staffIds.get(weighted(random, 32, 30, 24, 14));
        boolean beautyCustomer = random.nextInt(100) < 15;
        List<Appointment> list = new ArrayList<>();
        boolean established = habit != Habit.TRIAL && random.nextInt(100) < 40; // a customer from before
        LocalDate day = today.minusDays(established ? MONTHS * 30 - random.nextInt(60) : 1 + random.nextInt(MONTHS * 30));
        @Nullable LocalDate previous = null;
        boolean rebooks = random.nextInt(100) < (habit == Habit.REGULAR ? 60 : 25);
        int visits = 0;
        // Customers who book their next visit at the register have it on the books weeks ahead;
        // the others book within the next two weeks.
        int horizon = rebooks ? 90 : 14;
        while (visits < maxVisits && day.isBefore(today.plusDays(horizon))) {
            day = open(day);
            boolean future = !day.isBefore(today);
            if (future && (maxVisits != Integer.MAX_VALUE || day.isEqual(today))) {
                break;
            }
            long stylist = random.nextInt(100) < 85 ? favourite : staffIds.get(random.nextInt(staffIds.size()));
            List<MenuItem> menus = menus(random, beautyCustomer, future);
            LocalDateTime bookedAt = previous != null && rebooks && random.nextInt(100) < 80
                    ? previous.atTime(18, 30) : day.minusDays(1 + random.nextInt(10)).atTime(12, 0);
            if (future && bookedAt.isAfter(now)) {
                bookedAt = now.minusHours(2);
            }
            int outcome = random.nextInt(100);
            String status = future ? "BOOKED" : outcome < 4 ? "CANCELLED" : outcome < 6 ? "NO_SHOW" : "DONE";
            @Nullable LocalDateTime start = slot(stylist, day, menus, random);
            if (start != null) {
                list.add(new Appointment(customerId, stylist, start, menus, stylist == favourite
                        && random.nextInt(100) < 75, status, bookedAt, random.nextInt(100) < 35 ? "WEB" : "PHONE"));
                if (status.equals("DONE")) {
                    visits++;
                    previous = day;
                }
            }
            if (future) {
                break;
            }
            int next = status.equals("DONE") ? cycle * (80 + random.nextInt(46)) / 100 : 3 + random.nextInt(10);
            day = day.plusDays(next);
        }
        return list;
    }

    /** How long the services take, in half hours on the board's grid (at least one). */
    private static int halfHours(List<MenuItem> menus) {
        int minutes = menus.stream().filter(m -> m.kind() == MenuKind.SERVICE)
                .mapToInt(m -> m.durationMinutes() == null ? 0 : m.durationMinutes()).sum();
        return Math.max(1, (minutes + 29) / 30);
    }

    /** The day itself, or the next one when the salon is closed (Tuesday). */
    private static LocalDate open(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.TUESDAY ? day.plusDays(1) : day;
    }

    private List<MenuItem> menus(Random random, boolean beautyCustomer, boolean future) {
        List<MenuItem> from = beautyCustomer ? beauty : hair;
        List<MenuItem> done = new ArrayList<>();
        done.add(beautyCustomer ? pick(random, from) : random.nextInt(100) < 70 ? hair.getFirst() : pick(random, from));
        if (random.nextInt(100) < 40) {
            MenuItem second = pick(random, from);
            if (!done.contains(second)) {
                done.add(second);
            }
        }
        if (!future && random.nextInt(100) < 18) {
            done.add(pick(random, products));
        }
        return List.copyOf(done);
    }

    /** A free start on the half-hour grid within opening hours (10:00–20:00) for the stylist, or none. */
    private @Nullable LocalDateTime slot(long staffId, LocalDate day, List<MenuItem> menus, Random random) {
        int halfHours = halfHours(menus);
        for (int attempt = 0; attempt < 8; attempt++) {
            int first = random.nextInt(20 - halfHours + 1);
            List<String> slots = new ArrayList<>();
            for (int h = first; h < first + halfHours; h++) {
                slots.add(staffId + "@" + day + "#" + h);
            }
            LocalDateTime start = day.atTime(10, 0).plusMinutes(30L * first);
            if (slots.stream().noneMatch(taken::contains) && (day.isBefore(today) || start.isAfter(now.plusHours(1)))) {
                taken.addAll(slots);
                return start;
            }
        }
        return null;
    }

    private long book(Appointment a) {
        LocalDateTime updated = a.status().equals("BOOKED") ? a.bookedAt() : a.end();
        long id = jdbc.sql("""
                insert into booking (store_id, customer_id, staff_id, starts_at, ends_at, status, source, nominated,
                    cancelled_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(storeId, a.customerId(), a.staffId(), a.start(), a.end(), a.status(), a.source(), a.nominated(),
                        a.status().equals("CANCELLED") ? Timestamp.valueOf(a.start().minusDays(1)) : null,
                        Timestamp.valueOf(a.bookedAt()), Timestamp.valueOf(updated))
                .query(Long.class).single();
        List<Object[]> rows = new ArrayList<>();
        for (MenuItem m : a.menus()) {
            if (m.kind() == MenuKind.SERVICE) {
                rows.add(new Object[] {id, rows.size(), m.id(), m.name(), m.durationMinutes(), m.priceYen()});
            }
        }
        batch.batchUpdate("insert into booking_menu (booking_id, position, menu_item_id, name, duration_minutes,"
                + " price_yen) values (?, ?, ?, ?, ?, ?)", rows);
        return id;
    }

    /** The ticket of a done appointment, paid in full at its end by the stylist. */
    private void pay(Appointment a, long bookingId, int receiptNo, Random random) {
        List<Tax.Amount> amounts = a.menus().stream().map(m -> new Tax.Amount(m.taxRate(), m.priceYen())).toList();
        Tax.Breakdown breakdown = Tax.of(amounts, Discount.NONE, TaxRounding.TRUNCATE);
        List<Tax.LineShare> shares = Tax.shares(amounts, breakdown);
        int roll = random.nextInt(100);
        String method = roll < 40 ? "CASH" : roll < 80 ? "CARD" : "QR";
        long tendered = method.equals("CASH") ? (breakdown.total() / 1000 + 1) * 1000 : breakdown.total();
        long ticketId = jdbc.sql("""
                insert into ticket (store_id, business_day, receipt_no, commit_key, booking_id, customer_id,
                    cashier_staff_id, staff_id, subtotal, discount_kind, discount_value, discount, total, tax_rounding,
                    change_given, paid_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'YEN', 0, 0, ?, 'TRUNCATE', ?, ?) returning id""")
                .params(storeId, a.start().toLocalDate(), RECEIPT_DAY.format(a.start()) + "-"
                                + String.format("%04d", receiptNo),
                        UUID.nameUUIDFromBytes(("demo-history-" + bookingId).getBytes()).toString(), bookingId,
                        a.customerId(), a.staffId(), a.staffId(), breakdown.subtotal(), breakdown.total(),
                        tendered - breakdown.total(), Timestamp.valueOf(a.end()))
                .query(Long.class).single();
        List<Object[]> lines = new ArrayList<>();
        for (int i = 0; i < a.menus().size(); i++) {
            MenuItem m = a.menus().get(i);
            lines.add(new Object[] {ticketId, i, m.kind().name(), m.id(), m.name(), m.priceYen(), m.taxRate(),
                    a.staffId(), m.priceYen(), shares.get(i).net(), shares.get(i).tax()});
        }
        batch.batchUpdate("""
                insert into ticket_line (ticket_id, position, kind, menu_item_id, name, unit_price, quantity, tax_rate,
                    staff_id, discount_kind, discount_value, amount, net_amount, net_tax)
                values (?, ?, ?, ?, ?, ?, 1, ?, ?, 'YEN', 0, ?, ?, ?)""", lines);
        batch.batchUpdate("insert into ticket_rate_total (ticket_id, tax_rate, gross, discount, total, tax)"
                + " values (?, ?, ?, ?, ?, ?)", breakdown.rates().stream()
                .map(r -> new Object[] {ticketId, r.ratePercent(), r.gross(), r.discount(), r.total(), r.tax()})
                .toList());
        jdbc.sql("insert into payment (ticket_id, position, method, amount, tendered) values (?, 0, ?, ?, ?)")
                .params(ticketId, method, breakdown.total(), method.equals("CASH") ? tendered : null).update();
    }

    /** The karte's record of the visit: the stylist, the menus done, now and then a note. */
    private void karte(Appointment a, Random random) {
        Timestamp at = Timestamp.valueOf(a.end());
        long visitId = jdbc.sql("""
                insert into visit (customer_id, store_id, staff_id, visited_on, notes, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(a.customerId(), storeId, a.staffId(), a.start().toLocalDate(),
                        random.nextInt(3) == 0 ? pick(random, NOTES) : null, at, at)
                .query(Long.class).single();
        List<Object[]> rows = new ArrayList<>();
        for (MenuItem m : a.menus()) {
            if (m.kind() == MenuKind.SERVICE) {
                rows.add(new Object[] {visitId, rows.size(), m.id(), m.name(), m.priceYen()});
            }
        }
        batch.batchUpdate("insert into visit_menu (visit_id, position, menu_item_id, name, price) values (?, ?, ?, ?, ?)",
                rows);
    }

    /** A staff index drawn with the given weights, in id order (staff beyond the weights get the last one). */
    private int weighted(Random random, int... weights) {
        int[] w = new int[staffIds.size()];
        int sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = weights[Math.min(i, weights.length - 1)];
            sum += w[i];
        }
        int r = random.nextInt(sum);
        for (int i = 0; i < w.length; i++) {
            r -= w[i];
            if (r < 0) {
                return i;
            }
        }
        return w.length - 1;
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
