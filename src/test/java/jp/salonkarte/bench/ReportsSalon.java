package jp.salonkarte.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import jp.salonkarte.checkout.Discount;
import jp.salonkarte.checkout.Tax;
import jp.salonkarte.demo.DemoNamesForBench;
import jp.salonkarte.store.StaffDraft;
import jp.salonkarte.store.TaxRounding;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import static jp.salonkarte.bench.ReportsBench.progress;

/**
 * The salon {@link ReportsBench} reports on, written straight into the tables with JDBC batches:
 * one store (closed on Tuesdays) with 12 staff and 60 menu items, the customers, and three years of
 * paid tickets up to the day before the clock's today, each as the register commits it (lines with
 * their net and tax shares from {@link Tax#shares}, per-rate totals, payments), about 1 % voided
 * or refunded, and the bookings behind most visits (指名, 次回予約, cancellations, no-shows, bookings
 * ahead). Most customers come one to three times; a core (half of them) comes back every 30-60
 * days to their own stylist, most of them regulars from before the history starts. Visits beyond
 * the ticket count are thinned at random; walk-ins without a customer (at least 3 %) fill up to it.
 *
 * <p>The MariaDB driver (3.x) sends a batch of inserts as one bulk command by default
 * ({@code useBulkStmtsForInserts}), so the app's connection URL needs no option; foreign key and
 * unique checks are off for the seeding connection only.
 *
 * @param storeId the seeded store
 * @param staffIds its staff, by id
 * @param first the first day of the history
 * @param last its last day (the day before the clock's today)
 * @param seedSeconds how long the seeding took
 */
record ReportsSalon(long storeId, List<Long> staffIds, LocalDate first, LocalDate last, double seedSeconds) {

    private static final int YEARS = 3;
    private static final int BATCH = 2_000;
    private static final double CORE_SHARE = 0.5;
    private static final double WALK_IN_MIN_SHARE = 0.03;
    private static final DateTimeFormatter RECEIPT_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** The eight stylists every bench seeds, and four more: a salon of twelve. */
    private static final List<StaffDraft> STAFF = withMore(BenchContext.STAFF,
            new StaffDraft(null, "井上", "真央", "イノウエ", "マオ", null, jp.salonkarte.store.Role.STAFF, "#C0CA33", true),
            new StaffDraft(null, "木村", "陽菜", "キムラ", "ヒナ", null, jp.salonkarte.store.Role.STAFF, "#FB8C00", true),
            new StaffDraft(null, "林", "翔太", "ハヤシ", "ショウタ", null, jp.salonkarte.store.Role.STAFF, "#5E35B1", true),
            new StaffDraft(null, "清水", "凛", "シミズ", "リン", null, jp.salonkarte.store.Role.STAFF, "#039BE5", true));
    /** How often a customer picks each of them as their stylist (the owner and the newest take fewer). */
    private static final int[] STYLIST_WEIGHTS = {6, 8, 10, 10, 10, 10, 10, 10, 9, 9, 8, 6};

    /** A menu item as seeded: {@code weight} is how often a ticket's line of its kind picks it. */
    private record Menu(String kind, String category, String name, long price, int taxRate, int minutes, int weight) {
    }

    private static final List<Menu> MAIN_SERVICES = List.of(
            service("CUT", "カット", 4_400, 60, 30), service("CUT", "メンズカット", 4_950, 45, 12),
            service("CUT", "ショートカット", 4_950, 60, 6), service("CUT", "キッズカット", 2_750, 30, 3),
            service("CUT", "前髪カット", 1_100, 15, 4), service("COLOR", "カット+カラー", 11_000, 120, 18),
            service("COLOR", "カラー", 6_600, 90, 10), service("COLOR", "リタッチカラー", 5_500, 75, 8),
            service("COLOR", "グレイカラー", 6_050, 90, 6), service("COLOR", "ハイライト", 8_800, 120, 3),
            service("COLOR", "ダブルカラー", 13_200, 150, 2), service("COLOR", "イルミナカラー", 7_700, 90, 4),
            service("PERM", "パーマ", 7_700, 120, 4), service("PERM", "デジタルパーマ", 12_100, 150, 2),
            service("PERM", "ポイントパーマ", 4_400, 60, 1), service("PERM", "メンズパーマ", 8_800, 90, 2),
            service("STRAIGHT", "縮毛矯正", 16_500, 180, 4), service("STRAIGHT", "前髪矯正", 5_500, 60, 1),
            service("STRAIGHT", "酸性ストレート", 19_800, 180, 1), service("SET", "ヘアセット", 5_500, 45, 2),
            service("SET", "着付け+セット", 13_200, 90, 1), service("SET", "ブロー", 2_200, 30, 1),
            service("NAIL", "ジェルネイル", 6_600, 90, 3), service("NAIL", "ネイルオフ", 2_200, 30, 1),
            service("LASH", "まつげパーマ", 5_500, 60, 2), service("LASH", "まつげエクステ", 7_700, 75, 2),
            service("ESTHETIC", "フェイシャル", 8_800, 60, 1), service("ESTHETIC", "シェービング", 3_300, 30, 1));
    private static final List<Menu> ADD_ONS = List.of(
            service("TREATMENT", "トリートメント", 3_300, 20, 10), service("TREATMENT", "髪質改善トリートメント", 8_800, 45, 4),
            service("TREATMENT", "TOKIOトリートメント", 5_500, 30, 3), service("SPA", "ヘッドスパ", 3_850, 30, 6),
            service("SPA", "炭酸スパ", 2_200, 15, 5), service("SPA", "極上ヘッドスパ", 6_600, 45, 2),
            service("OPTION", "炭酸泉", 1_100, 10, 5), service("OPTION", "スキャルプケア", 1_650, 15, 3),
            service("OPTION", "眉カット", 2_200, 15, 3), service("NAIL", "ハンドケア", 3_300, 30, 1),
            service("OTHER", "指名料", 550, 5, 4));
    private static final List<Menu> PRODUCTS = List.of(
            product("シャンプー", 3_300, 10, 10), product("ホームトリートメント", 3_520, 10, 8),
            product("ヘアオイル", 2_970, 10, 10), product("ヘアミスト", 2_420, 10, 5), product("ワックス", 1_980, 10, 5),
            product("ヘアバーム", 2_640, 10, 5), product("カラーシャンプー", 3_080, 10, 4),
            product("スカルプエッセンス", 5_500, 10, 3), product("ヘアブラシ", 2_200, 10, 2),
            product("ストレートアイロン", 14_800, 10, 1), product("ドライヤー", 29_800, 10, 1),
            product("ハンドクリーム", 1_650, 10, 3), product("ネイルオイル", 1_980, 10, 2),
            product("ヘアケアサプリ", 4_320, 8, 3), product("ハーブティー", 1_296, 8, 3),
            product("美容ドリンク", 3_240, 8, 2), product("コラーゲンゼリー", 2_592, 8, 2),
            product("プロテインバー", 324, 8, 2), product("ヘアゴム", 550, 10, 2), product("ヘアピン", 440, 10, 1));
    private static final String[] PAYMENT_METHODS = {"CASH", "CARD", "QR", "EMONEY"};
    private static final int[] PAYMENT_WEIGHTS = {45, 35, 12, 8};

    /**
     * A visit: a day of the history (days since {@code first}), a customer id (0: a walk-in), the
     * stylist (an index into the staff), what was booked, and whether it is a new customer's first.
     */
    private record Visit(int day, int customer, int stylist, boolean booked, boolean nominated, int bookedDaysBefore,
            boolean firstVisit) {
    }

    /** A booking no ticket came from: cancelled, a no-show, or one still ahead at the end. */
    private record OtherBooking(int day, int customer, int stylist, String status, boolean nominated,
            int bookedDaysBefore) {
    }

    /** One line of a ticket: a menu item (or none for a free item) and the stylist it counts for. */
    private record Line(@Nullable Long menuItemId, String kind, String name, long unitPrice, int quantity, int taxRate,
            long staffId, int minutes) {

        long amount() {
            return unitPrice * quantity;
        }
    }

    /**
     * Seeds {@code customerCount} customers and exactly {@code ticketCount} tickets over the three
     * years up to the day before {@code today}; the same {@code seed} makes the same salon.
     */
    static ReportsSalon seed(BenchContext bench, LocalDate today, int customerCount, int ticketCount, long seed)
            throws SQLException {
        JdbcClient jdbc = bench.bean(JdbcClient.class);
        progress("MariaDB " + jdbc.sql("select version()").query(String.class).single());
        if (jdbc.sql("select count(*) from store").query(Long.class).single() > 0) {
            throw new IllegalStateException("the bench database is not empty");
        }
        long start = System.nanoTime();
        LocalDate last = today.minusDays(1);
        LocalDate first = last.minusYears(YEARS).plusDays(1);
        long storeId = jdbc.sql("""
                insert into store (name, postal_code, address, phone, opening_time, closing_time, closed_days, tax_rounding)
                values ('Salon Karte 集計ベンチ店', '150-0001', '東京都渋谷区神宮前4-1-1', '03-1234-5678', '10:00', '20:00',
                    'TUESDAY', 'TRUNCATE') returning id""").query(Long.class).single();
        List<Long> staffIds = new ArrayList<>();
        for (StaffDraft s : STAFF) {
            staffIds.add(jdbc.sql("""
                    insert into staff (store_id, family_name, given_name, family_name_kana, given_name_kana, role, color)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(storeId, s.familyName(), s.givenName(), s.familyNameKana(), s.givenNameKana(), s.role().name(),
                            s.color()).query(Long.class).single());
        }
        Menus menus = new Menus(jdbc, storeId);
        Generator generator = new Generator(new Random(seed), first, last, staffIds, menus);
        try (Connection connection = bench.bean(DataSource.class).getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            try (Statement s = connection.createStatement()) {
                s.execute("set session foreign_key_checks = 0, unique_checks = 0");
            }
            connection.setAutoCommit(false);
            try {
                List<Visit> visits = generator.customers(connection, customerCount, ticketCount);
                progress(String.format(Locale.ROOT, "%,d customers and %,d bookings without a ticket in %.1f s",
                        customerCount, generator.otherBookings.size(), seconds(start)));
                generator.tickets(connection, storeId, visits, start);
                generator.otherBookings(connection, storeId);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
                try (Statement s = connection.createStatement()) {
                    s.execute("set session foreign_key_checks = 1, unique_checks = 1");
                }
            }
        }
        jdbc.sql("analyze table customer, staff, menu_item, ticket, ticket_line, ticket_reversal, payment, booking")
                .query().listOfRows();
        double seedSeconds = seconds(start);
        progress(String.format(Locale.ROOT, "seeded in %.1f s: %s to %s, %,d tickets (%,d reversed), %,d lines,"
                        + " %,d bookings", seedSeconds, first, last, count(jdbc, "ticket"), count(jdbc, "ticket_reversal"),
                count(jdbc, "ticket_line"), count(jdbc, "booking")));
        return new ReportsSalon(storeId, List.copyOf(staffIds), first, last, seedSeconds);
    }

    /** The menu items, inserted, with their ids; a line draws one of a group by weight. */
    private static final class Menus {
        private final java.util.Map<Menu, Long> ids = new java.util.HashMap<>();
        private final java.util.Map<List<Menu>, int[]> weights = new java.util.HashMap<>();

        Menus(JdbcClient jdbc, long storeId) {
            for (List<Menu> group : List.of(MAIN_SERVICES, ADD_ONS, PRODUCTS)) {
                weights.put(group, group.stream().mapToInt(Menu::weight).toArray());
                for (Menu m : group) {
                    ids.put(m, jdbc.sql("""
                            insert into menu_item (store_id, kind, category, name, price_yen, tax_rate, duration_minutes)
                            values (?, ?, ?, ?, ?, ?, ?) returning id""")
                            .params(storeId, m.kind(), m.category(), m.name(), m.price(), m.taxRate(),
                                    m.kind().equals("SERVICE") ? m.minutes() : null)
                            .query(Long.class).single());
                }
            }
        }

        /** A line of one of {@code group}, of the kind the register gives it (CheckoutService.lineKind). */
        Line line(Random random, List<Menu> group, long staffId, int quantity) {
            Menu m = group.get(weighted(random, weights.get(group)));
            String kind = m.kind().equals("PRODUCT") ? "PRODUCT" : m.category().equals("OPTION") ? "OPTION" : "SERVICE";
            return new Line(ids.get(m), kind, m.name(), m.price(), quantity, m.taxRate(), staffId, m.minutes());
        }
    }

    /** Draws the visits, tickets and bookings from one seeded random, in a fixed order. */
    private static final class Generator {
        private final Random random;
        private final LocalDate first;
        private final LocalDate last;
        private final int days;
        private final List<Long> staffIds;
        private final Menus menus;
        final List<OtherBooking> otherBookings = new ArrayList<>();
        private long bookingId;

        Generator(Random random, LocalDate first, LocalDate last, List<Long> staffIds, Menus menus) {
            this.random = random;
            this.first = first;
            this.last = last;
            this.days = (int) ChronoUnit.DAYS.between(first, last) + 1;
            this.staffIds = staffIds;
            this.menus = menus;
        }

        /** Inserts the customers and returns their visits, thinned or topped up with walk-ins to {@code tickets}. */
        List<Visit> customers(Connection connection, int count, int tickets) throws SQLException {
            List<Visit> visits = new ArrayList<>(tickets + tickets / 5);
            try (Insert customers = new Insert(connection, "customer", "id", "customer_no", "family_name", "given_name",
                    "family_name_kana", "given_name_kana", "gender", "assigned_staff_id", "created_at", "updated_at")) {
                for (int id = 1; id <= count; id++) {
                    boolean core = random.nextDouble() < CORE_SHARE;
                    // Most of the core were regulars before the history starts: their first visit in it is within a cycle.
                    boolean regular = core && random.nextInt(100) < 70;
                    int stylist = weighted(random, STYLIST_WEIGHTS);
                    int before = visits.size();
                    if (core) {
                        coreVisits(id, stylist, regular, visits);
                    } else {
                        casualVisits(id, stylist, visits);
                    }
                    int firstDay = visits.size() > before ? visits.get(before).day() : random.nextInt(days);
                    boolean female = random.nextInt(100) < 85;
                    var family = pick(DemoNamesForBench.FAMILY_NAMES);
                    var given = pick(female ? DemoNamesForBench.FEMALE_GIVEN_NAMES : DemoNamesForBench.MALE_GIVEN_NAMES);
                    LocalDateTime created = regular ? first.minusDays(1 + random.nextInt(900)).atTime(12, 0)
                            : day(firstDay).atTime(10, 0);
                    customers.row((long) id, String.format(Locale.ROOT, "%06d", id), family.kanji(), given.kanji(),
                            family.kana(), given.kana(), female ? "FEMALE" : "MALE",
                            core || random.nextBoolean() ? staffIds.get(stylist) : null, created, created);
                    if (customers.pending() >= BATCH) {
                        customers.flush();
                        connection.commit();
                    }
                }
            }
            connection.commit();
            int registered = (int) Math.min(visits.size(), tickets - Math.ceil(tickets * WALK_IN_MIN_SHARE));
            progress(String.format(Locale.ROOT, "drew %,d customer visits; %,d of them kept, %,d walk-ins added",
                    visits.size(), registered, tickets - registered));
            // Thin at random to the count (a partial shuffle), then top up with walk-ins.
            for (int i = 0; i < registered; i++) {
                int j = i + random.nextInt(visits.size() - i);
                Visit v = visits.get(j);
                visits.set(j, visits.get(i));
                visits.set(i, v);
            }
            List<Visit> kept = new ArrayList<>(visits.subList(0, registered));
            for (int i = registered; i < tickets; i++) {
                int day;
                do {
                    day = random.nextInt(days);
                } while (closed(day));
                kept.add(new Visit(day, 0, weighted(random, STYLIST_WEIGHTS), false, false, 0, false));
            }
            kept.sort(Comparator.comparingInt(Visit::day).thenComparingInt(Visit::customer));
            return kept;
        }

        /** Every 30-60 days to their own stylist (85 %), mostly booked, half of it rebooked at the counter. */
        private void coreVisits(int customer, int stylist, boolean regular, List<Visit> visits) {
            int cycle = 30 + random.nextInt(31);
            int day = regular ? random.nextInt(cycle) : random.nextInt(days);
            int previous = -1;
            while (true) {
                day = openDay(day);
                if (day >= days) {
                    if (previous >= 0 && day < days + 90 && random.nextInt(100) < 60) {
                        otherBookings.add(new OtherBooking(day, customer, stylist, "BOOKED", true, day - previous));
                    }
                    return;
                }
                boolean own = random.nextInt(100) < 85;
                int staff = own ? stylist : weighted(random, STYLIST_WEIGHTS);
                boolean booked = random.nextInt(100) < 85;
                addVisit(visits, new Visit(day, customer, staff, booked, booked && staff == stylist,
                        booked ? bookedDaysBefore(day, previous, 55) : 0, !regular && previous < 0));
                // 1.5 % stop coming after any visit (moved, found another salon).
                if (random.nextInt(1000) < 15) {
                    return;
                }
                previous = day;
                day += Math.max(14, cycle - 7 + random.nextInt(15));
            }
        }

        /** One to three visits, 20-240 days apart, any stylist; some booked, a few rebooked. */
        private void casualVisits(int customer, int stylist, List<Visit> visits) {
            int count = new int[] {1, 1, 1, 1, 1, 2, 2, 2, 3, 3}[random.nextInt(10)];
            int day = random.nextInt(days);
            int previous = -1;
            for (int i = 0; i < count; i++) {
                day = openDay(day);
                if (day >= days) {
                    return;
                }
                int staff = i == 0 ? stylist : weighted(random, STYLIST_WEIGHTS);
                boolean booked = random.nextInt(100) < 60;
                addVisit(visits, new Visit(day, customer, staff, booked, booked && random.nextInt(100) < 20,
                        booked ? bookedDaysBefore(day, previous, 15) : 0, i == 0));
                previous = day;
                day += 20 + random.nextInt(221);
            }
        }

        /** A visit, and now and then a booking of the customer before it that was cancelled or not kept. */
        private void addVisit(List<Visit> visits, Visit v) {
            visits.add(v);
            if (v.booked() && v.day() > 14) {
                int x = random.nextInt(100);
                if (x < 8) {
                    otherBookings.add(new OtherBooking(v.day() - 1 - random.nextInt(10), v.customer(), v.stylist(),
                            x < 6 ? "CANCELLED" : "NO_SHOW", v.nominated(), 3 + random.nextInt(28)));
                }
            }
        }

        /**
         * How many days before the visit it was booked: at the previous visit (次回予約) for
         * {@code rebookedPercent} of the repeat visits, else 0-20 days ahead but after the previous one.
         */
        private int bookedDaysBefore(int day, int previous, int rebookedPercent) {
            if (previous >= 0 && random.nextInt(100) < rebookedPercent) {
                return day - previous;
            }
            int ahead = random.nextInt(100) < 10 ? 0 : 1 + random.nextInt(20);
            return previous >= 0 ? Math.min(ahead, day - previous - 1) : ahead;
        }

        /** The tickets (with their lines, rate totals, payments, bookings and reversals) in day order. */
        void tickets(Connection connection, long storeId, List<Visit> visits, long start) throws SQLException {
            try (Insert tickets = new Insert(connection, "ticket", "id", "store_id", "business_day", "receipt_no",
                    "commit_key", "booking_id", "customer_id", "cashier_staff_id", "staff_id", "subtotal", "discount_kind",
                    "discount_value", "discount", "total", "tax_rounding", "change_given", "paid_at");
                    Insert lines = new Insert(connection, "ticket_line", "ticket_id", "position", "kind", "menu_item_id",
                            "name", "unit_price", "quantity", "tax_rate", "staff_id", "discount_kind", "discount_value",
                            "amount", "net_amount", "net_tax");
                    Insert rates = new Insert(connection, "ticket_rate_total", "ticket_id", "tax_rate", "gross", "discount",
                            "total", "tax");
                    Insert payments = new Insert(connection, "payment", "ticket_id", "position", "method", "amount",
                            "tendered");
                    Insert bookings = bookingInsert(connection);
                    Insert reversals = new Insert(connection, "ticket_reversal", "ticket_id", "store_id", "kind", "reason",
                            "staff_id", "business_day", "amount", "cash_amount", "created_at")) {
                int receiptDay = -1;
                int receiptNo = 0;
                for (int i = 0; i < visits.size(); i++) {
                    Visit v = visits.get(i);
                    long ticketId = i + 1L;
                    receiptNo = v.day() == receiptDay ? receiptNo + 1 : 1;
                    receiptDay = v.day();
                    LocalDate day = day(v.day());
                    long stylist = staffIds.get(v.stylist());
                    List<Line> ticketLines = lines(stylist);
                    int minutes = ticketLines.stream().filter(l -> !l.kind().equals("PRODUCT")).mapToInt(Line::minutes)
                            .sum();
                    LocalDateTime startsAt = day.atTime(10, 0).plusMinutes(15L * random.nextInt(34));
                    LocalDateTime endsAt = startsAt.plusMinutes(Math.max(30, minutes));
                    LocalDateTime paidAt = endsAt.plusMinutes(5);
                    Long booking = null;
                    if (v.booked()) {
                        booking = ++bookingId;
                        bookings.row(booking, storeId, (long) v.customer(), stylist, startsAt, endsAt, "DONE",
                                bookedAt(day, v.bookedDaysBefore()), paidAt, source(), v.nominated(), null);
                    }
                    Discount discount = discount(v.firstVisit());
                    List<Tax.Amount> amounts = ticketLines.stream().map(l -> new Tax.Amount(l.taxRate(), l.amount()))
                            .toList();
                    Tax.Breakdown breakdown = Tax.of(amounts, discount, TaxRounding.TRUNCATE);
                    List<Tax.LineShare> shares = Tax.shares(amounts, breakdown);
                    long total = breakdown.total();
                    String method = PAYMENT_METHODS[weighted(random, PAYMENT_WEIGHTS)];
                    // Now and then part in cash, the rest by card.
                    long cash = method.equals("CASH") ? total : 0;
                    if (!method.equals("CASH") && total > 6_000 && random.nextInt(100) < 3) {
                        cash = 1_000L * (1 + random.nextInt(5));
                    }
                    long tendered = cash == 0 ? 0 : (cash + 999) / 1_000 * 1_000 + (random.nextBoolean() ? 0 : 1_000);
                    long cashier = random.nextInt(100) < 80 ? stylist : staffIds.get(1);
                    tickets.row(ticketId, storeId, day, RECEIPT_DAY.format(day) + "-" + String.format(Locale.ROOT,
                                    "%04d", receiptNo), String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", ticketId),
                            booking, v.customer() == 0 ? null : (long) v.customer(), cashier, stylist,
                            breakdown.subtotal(), discount.kind().name(), discount.value(), breakdown.discount(), total,
                            "TRUNCATE", tendered - cash, paidAt);
                    for (int p = 0; p < ticketLines.size(); p++) {
                        Line l = ticketLines.get(p);
                        lines.row(ticketId, p, l.kind(), l.menuItemId(), l.name(), l.unitPrice(), l.quantity(),
                                l.taxRate(), l.staffId(), "YEN", 0L, l.amount(), shares.get(p).net(), shares.get(p).tax());
                    }
                    for (Tax.RateTotal r : breakdown.rates()) {
                        rates.row(ticketId, r.ratePercent(), r.gross(), r.discount(), r.total(), r.tax());
                    }
                    if (cash > 0) {
                        payments.row(ticketId, 0, "CASH", cash, tendered);
                    }
                    if (cash < total) {
                        payments.row(ticketId, cash > 0 ? 1 : 0, cash > 0 ? "CARD" : method, total - cash, null);
                    }
                    if (random.nextInt(1000) < 10) {
                        // A void on the day (typed wrong, paid again), or a refund of a later day.
                        int back = random.nextInt(100) < 60 ? 0 : 1 + random.nextInt(10);
                        if (v.day() + back >= days) {
                            back = 0;
                        }
                        reversals.row(ticketId, storeId, back == 0 ? "VOID" : "REFUND", back == 0 ? "打ち間違い" : "返金",
                                staffIds.get(1), day.plusDays(back), total, cash, paidAt.plusDays(back).plusMinutes(30));
                    }
                    if ((i + 1) % BATCH == 0 || i == visits.size() - 1) {
                        for (Insert insert : List.of(bookings, tickets, lines, rates, payments, reversals)) {
                            insert.flush();
                        }
                        connection.commit();
                    }
                    if ((i + 1) % 100_000 == 0) {
                        progress(String.format(Locale.ROOT, "%,d tickets (to %s) in %.1f s", i + 1, day, seconds(start)));
                    }
                }
            }
        }

        /** The bookings no ticket came from. */
        void otherBookings(Connection connection, long storeId) throws SQLException {
            try (Insert bookings = bookingInsert(connection)) {
                for (OtherBooking b : otherBookings) {
                    LocalDate day = day(b.day());
                    LocalDateTime startsAt = day.atTime(10, 0).plusMinutes(15L * random.nextInt(34));
                    LocalDateTime bookedAt = bookedAt(day, b.bookedDaysBefore());
                    LocalDateTime cancelledAt = b.status().equals("CANCELLED") ? startsAt.minusDays(1) : null;
                    bookings.row(++bookingId, storeId, (long) b.customer(), staffIds.get(b.stylist()), startsAt,
                            startsAt.plusMinutes(60 + 30L * random.nextInt(3)), b.status(), bookedAt,
                            cancelledAt != null ? cancelledAt : bookedAt, source(), b.nominated(), cancelledAt);
                    if (bookings.pending() >= BATCH) {
                        bookings.flush();
                        connection.commit();
                    }
                }
            }
            connection.commit();
        }

        private Insert bookingInsert(Connection connection) throws SQLException {
            return new Insert(connection, "booking", "id", "store_id", "customer_id", "staff_id", "starts_at", "ends_at",
                    "status", "created_at", "updated_at", "source", "nominated", "cancelled_at");
        }

        /** A main service; an add-on (45 %, now and then by another stylist); a product (20 %); a free item (1 %). */
        private List<Line> lines(long stylist) {
            List<Line> lines = new ArrayList<>(3);
            lines.add(menus.line(random, MAIN_SERVICES, stylist, 1));
            if (random.nextInt(100) < 45) {
                long staff = random.nextInt(100) < 10 ? staffIds.get(random.nextInt(staffIds.size())) : stylist;
                lines.add(menus.line(random, ADD_ONS, staff, 1));
            }
            if (random.nextInt(100) < 20) {
                lines.add(menus.line(random, PRODUCTS, stylist, random.nextInt(100) < 10 ? 2 : 1));
            }
            if (random.nextInt(100) < 1) {
                lines.add(new Line(null, "FREE", "その他", 1_100, 1, 10, stylist, 0));
            }
            return lines;
        }

        /** A first-visit coupon (10 %) for a third of the new customers; now and then a discount for anyone. */
        private Discount discount(boolean firstVisit) {
            int x = random.nextInt(100);
            if (x < (firstVisit ? 33 : 4)) {
                return Discount.percent(10);
            }
            if (x >= 96) {
                return Discount.yen(random.nextBoolean() ? 500 : 1_000);
            }
            return Discount.NONE;
        }

        private String source() {
            int x = random.nextInt(100);
            return x < 50 ? "WEB" : x < 92 ? "PHONE" : "OTHER";
        }

        /** Booked {@code daysBefore} days before: at the counter after the previous visit, by phone or on the web. */
        private LocalDateTime bookedAt(LocalDate day, int daysBefore) {
            return daysBefore == 0 ? day.atTime(9, random.nextInt(60))
                    : day.minusDays(daysBefore).atTime(11 + random.nextInt(9), random.nextInt(60));
        }

        /** The day, or the next when the store is closed (Tuesdays). */
        private int openDay(int day) {
            return closed(day) ? day + 1 : day;
        }

        private boolean closed(int day) {
            return day(day).getDayOfWeek() == DayOfWeek.TUESDAY;
        }

        private LocalDate day(int day) {
            return first.plusDays(day);
        }

        private <T> T pick(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }
    }

    /** Rows of one table sent as JDBC batches; {@link #flush} sends what is pending. */
    private static final class Insert implements AutoCloseable {
        private final PreparedStatement statement;
        private final int columns;
        private int pending;

        Insert(Connection connection, String table, String... columns) throws SQLException {
            this.columns = columns.length;
            this.statement = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
                    + ") values (" + String.join(", ", java.util.Collections.nCopies(columns.length, "?")) + ")");
        }

        void row(Object... values) throws SQLException {
            if (values.length != columns) {
                throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
            }
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            pending++;
        }

        int pending() {
            return pending;
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            statement.close();
        }
    }

    private static Menu service(String category, String name, long price, int minutes, int weight) {
        return new Menu("SERVICE", category, name, price, 10, minutes, weight);
    }

    private static Menu product(String name, long price, int taxRate, int weight) {
        return new Menu("PRODUCT", "RETAIL", name, price, taxRate, 0, weight);
    }

    private static List<StaffDraft> withMore(List<StaffDraft> staff, StaffDraft... more) {
        List<StaffDraft> all = new ArrayList<>(staff);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    /** An index drawn in proportion to {@code weights}. */
    private static int weighted(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        throw new AssertionError();
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
