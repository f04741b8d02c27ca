package jp.salonkarte.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jp.salonkarte.analytics.RfmRanks;
import jp.salonkarte.base.SystemActor;
import jp.salonkarte.checkout.CheckoutService;
import jp.salonkarte.checkout.DailyClose;
import jp.salonkarte.checkout.DailyCloseService;
import jp.salonkarte.checkout.Payment;
import jp.salonkarte.checkout.PaymentMethod;
import jp.salonkarte.checkout.TicketDraft;
import jp.salonkarte.consent.ConsentTemplateService;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.security.StaffPrincipal;
import jp.salonkarte.store.MenuCategory;
import jp.salonkarte.store.MenuItem;
import jp.salonkarte.store.MenuKind;
import jp.salonkarte.store.MenuService;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffDraft;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;
import jp.salonkarte.store.TaxRounding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a demo salon on first start (embedded database only, or when
 * asked with {@code salonkarte.demo.enabled=true}): one store, 4 staff, a menu with an 8%
 * product, 400 customers with furigana, 18 months of their visits with paid tickets and closed
 * registers ({@link DemoHistory}), upcoming bookings and a busy today. Never touches a database that has a store.
 * Runs in one transaction, so a stop during seeding leaves the database empty, to be seeded
 * again on the next start, never half a salon. (It runs as an application runner, a second or
 * two after the login page answers: seeding goes through the services' method security,
 * which did not see the seeding authentication when run earlier, from a singleton callback.)
 */
@Component
@ConditionalOnProperty(name = "salonkarte.demo.enabled", havingValue = "true")
class DemoSalon implements ApplicationRunner {

    static final String OWNER_EMAIL = "owner@example.com";
    static final String DEMO_PASSWORD = "salon1234";
    static final int CUSTOMERS = 400;
    private static final long OPENING_FLOAT = 30_000;
    private static final Logger log = LoggerFactory.getLogger(DemoSalon.class);

    private final StoreService stores;
    private final StaffService staff;
    private final MenuService menus;
    private final CustomerService customers;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final ConsentTemplateService consentTemplates;
    private final CheckoutService checkout;
    private final DailyCloseService closes;
    private final JdbcTemplate jdbcTemplate;
    private final RfmRanks rfm;

    DemoSalon(StoreService stores, StaffService staff, MenuService menus, CustomerService customers, Clock clock,
            TransactionTemplate transaction, JdbcClient jdbc, ConsentTemplateService consentTemplates,
            CheckoutService checkout, DailyCloseService closes, JdbcTemplate jdbcTemplate, RfmRanks rfm) {
        this.rfm = rfm;
        this.checkout = checkout;
        this.closes = closes;
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.consentTemplates = consentTemplates;
        this.stores = stores;
        this.staff = staff;
        this.menus = menus;
        this.customers = customers;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run("demo-salon", () -> transaction.executeWithoutResult(status -> seedIfEmpty()));
    }

    private void seedIfEmpty() {
        if (stores.isSetUp()) {
            return;
        }
        Store store = stores.setUp(new Store(null, "Salon Karte 表参道店", "150-0001", "東京都渋谷区神宮前4-1-1 2F",
                        "03-1234-5678", "T5301234567890", LocalTime.of(10, 0), LocalTime.of(20, 0), "TUESDAY",
                        TaxRounding.TRUNCATE, 0),
                new StaffDraft(null, "山田", "花子", "ヤマダ", "ハナコ", OWNER_EMAIL, Role.OWNER, "#8E24AA", true),
                DEMO_PASSWORD, "1111");
        long storeId = store.id();
        var previous = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "demo-setup", null, List.of(new SimpleGrantedAuthority("ROLE_OWNER"))));
            staff.save(new StaffDraft(null, "佐藤", "健太", "サトウ", "ケンタ", "manager@example.com", Role.MANAGER,
                    "#1E88E5", true), storeId, DEMO_PASSWORD, "2222");
            staff.save(new StaffDraft(null, "鈴木", "美咲", "スズキ", "ミサキ", "staff@example.com", Role.STAFF,
                    "#43A047", true), storeId, DEMO_PASSWORD, "3333");
            staff.save(new StaffDraft(null, "高橋", "彩", "タカハシ", "アヤ", null, Role.STAFF, "#F4511E", true),
                    storeId, null, "4444");
            menu(storeId).forEach(menus::save);
            DemoConsentTemplates.ALL.forEach(t -> consentTemplates.create(storeId, t));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        Random random = new Random(20261123);
        customers.createAll(customers(random));
        List<Long> customerIds = jdbc.sql("select id from customer order by id").query(Long.class).list();
        List<Long> staffIds = jdbc.sql("select id from staff where store_id = ? order by id").param(storeId)
                .query(Long.class).list();
        List<MenuItem> menu = jdbc.sql("select * from menu_item where store_id = ? order by id").param(storeId)
                .query((rs, n) -> menuItem(rs)).list();
        Set<LocalDate> pastDays = new DemoHistory(jdbc, jdbcTemplate, clock, storeId, staffIds, menu)
                .write(customerIds, new Random(20261124));
        todaysBoard(storeId, random);
        asOwner(storeId, () -> {
            paidTickets(storeId);
            pastDays.forEach(day -> close(storeId, day));
            rfm.recompute(storeId);
        });
        log.info("Demo salon created: log in as {} / {}", OWNER_EMAIL, DEMO_PASSWORD);
    }

    private static List<MenuItem> menu(long storeId) {
        return List.of(
                service(storeId, MenuCategory.CUT, "カット", 5_500, 60),
                service(storeId, MenuCategory.CUT, "前髪カット", 1_100, 15),
                service(storeId, MenuCategory.CUT, "キッズカット（小学生まで）", 3_300, 30),
                service(storeId, MenuCategory.COLOR, "ワンカラー", 7_700, 90),
                service(storeId, MenuCategory.COLOR, "リタッチカラー", 6_050, 75),
                service(storeId, MenuCategory.COLOR, "ハイライト", 11_000, 120),
                service(storeId, MenuCategory.PERM, "デジタルパーマ", 13_200, 150),
                service(storeId, MenuCategory.STRAIGHT, "縮毛矯正", 17_600, 180),
                service(storeId, MenuCategory.TREATMENT, "髪質改善トリートメント", 8_800, 45),
                service(storeId, MenuCategory.SPA, "ヘッドスパ 30分", 4_400, 30),
                service(storeId, MenuCategory.NAIL, "ジェルネイル ワンカラー", 6_600, 75),
                service(storeId, MenuCategory.NAIL, "ジェルオフ", 2_200, 30),
                service(storeId, MenuCategory.LASH, "まつげエクステ 120本", 7_150, 90),
                service(storeId, MenuCategory.LASH, "まつげパーマ", 5_500, 60),
                service(storeId, MenuCategory.OPTION, "眉カット", 1_650, 15),
                product(storeId, "オーガニックシャンプー 300mL", 3_520, 10),
                product(storeId, "ヘアオイル 100mL", 2_970, 10),
                product(storeId, "ハーブティー（持ち帰り）", 1_296, 8),
                product(storeId, "美容サプリメント 30日分", 4_320, 8));
    }

    private static MenuItem service(long storeId, MenuCategory category, String name, int price, int minutes) {
        return new MenuItem(null, storeId, MenuKind.SERVICE, category, name, price, 10, minutes, true, 0);
    }

    private static MenuItem product(long storeId, String name, int price, int taxRate) {
        return new MenuItem(null, storeId, MenuKind.PRODUCT, MenuCategory.RETAIL, name, price, taxRate, null, true, 0);
    }

    private List<Customer> customers(Random random) {
        List<Customer> list = new ArrayList<>(CUSTOMERS);
        Instant now = clock.instant();
        for (int i = 0; i < CUSTOMERS; i++) {
            boolean female = random.nextInt(100) < 78;
            var family = pick(random, DemoNames.FAMILY_NAMES);
            var given = pick(random, female ? DemoNames.FEMALE_GIVEN_NAMES : DemoNames.MALE_GIVEN_NAMES);
            String phone = String.format("0%d0-%04d-%04d", 7 + random.nextInt(3), random.nextInt(10_000),
                    random.nextInt(10_000));
            LocalDate birthday = LocalDate.of(1960 + random.nextInt(48), 1 + random.nextInt(12), 1 + random.nextInt(28));
            boolean optIn = random.nextInt(100) < 60;
            String mobile = random.nextInt(100) < 92 ? phone : null;
            String landline = random.nextInt(100) < 15
                    ? String.format("03-%04d-%04d", random.nextInt(10_000), random.nextInt(10_000)) : null;
            Instant created = now.minusSeconds(86_400L * random.nextInt(1_000));
            list.add(new Customer(null, null, family.kanji(), given.kanji(), family.kana(), given.kana(), mobile,
                    landline, optIn ? "customer" + (i + 1) + "@example.jp" : null, birthday,
                    female ? "FEMALE" : "MALE", null, null, pick(random, DemoNames.OCCUPATIONS),
                    pick(random, DemoNames.REFERRAL_SOURCES), null,
                    random.nextInt(100) < 8 ? "カラー剤でかぶれたことあり（パッチテスト必須）" : null, null, optIn, true,
                    created, created, java.util.Set.of(), 0));
        }
        return list;
    }

    /**
     * A lively board for today (unless it is the closed Tuesday): two bookings per stylist in the
     * morning and afternoon, finished ones done, the one under way arrived, later ones booked.
     */
    private void todaysBoard(long storeId, Random random) {
        LocalDate today = LocalDate.now(clock);
        if (today.getDayOfWeek() == java.time.DayOfWeek.TUESDAY) {
            return;
        }
        List<Long> staffIds = jdbc.sql("select id from staff where store_id = ? order by id").param(storeId)
                .query(Long.class).list();
        List<Long> customerIds = jdbc.sql("select id from customer order by id limit 40").query(Long.class).list();
        List<MenuItem> bookable = services(storeId, 30, 120);
        var now = java.time.LocalDateTime.now(clock);
        Instant created = clock.instant();
        for (int i = 0; i < staffIds.size(); i++) {
            for (LocalTime at : List.of(LocalTime.of(10, 30).plusMinutes(30L * i), LocalTime.of(15, 0).plusMinutes(15L * i))) {
                MenuItem menu = pick(random, bookable);
                var start = today.atTime(at);
                var end = start.plusMinutes(menu.durationMinutes());
                boolean clash = jdbc.sql("select count(*) from booking where staff_id = ? and starts_at < ? and ends_at > ?"
                        + " and status <> 'CANCELLED'").params(staffIds.get(i), end, start).query(Integer.class).single() > 0;
                if (clash) {
                    continue;
                }
                // Finished ones are rung up at the register below (paidTickets), which marks them done.
                String status = start.isBefore(now) ? "ARRIVED" : "BOOKED";
                var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.sql("insert into booking (store_id, customer_id, staff_id, starts_at, ends_at, status, source,"
                        + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, 'PHONE', ?, ?)")
                        .params(storeId, pick(random, customerIds), staffIds.get(i), start, end, status, created, created)
                        .update(key, "id");
                jdbc.sql("insert into booking_menu (booking_id, position, menu_item_id, name, duration_minutes,"
                        + " price_yen) values (?, 0, ?, ?, ?, ?)")
                        .params(key.getKey().longValue(), menu.id(), menu.name(), menu.durationMinutes(), menu.priceYen())
                        .update();
            }
        }
    }

    /** Runs {@code work} logged in as the demo owner, as the register and the close require. */
    private void asOwner(long storeId, Runnable work) {
        Staff owner = staff.findByEmail(OWNER_EMAIL).orElseThrow();
        StaffPrincipal principal = new StaffPrincipal(owner.id(), storeId, owner.displayName(), OWNER_EMAIL,
                owner.passwordHash(), Role.OWNER, true);
        var previous = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    principal, null, principal.getAuthorities()));
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Today's finished appointments paid at the register by the owner (cash, card and QR in turn),
     * so the ticket list, the receipts and the register close have a day to show.
     */
    private void paidTickets(long storeId) {
        var now = java.time.LocalDateTime.now(clock);
        List<Long> finished = jdbc.sql("""
                select id from booking where store_id = ? and status = 'ARRIVED' and ends_at < ? and starts_at >= ?
                order by ends_at""").params(storeId, now, now.toLocalDate().atStartOfDay()).query(Long.class).list();
        for (int i = 0; i < finished.size(); i++) {
            long bookingId = finished.get(i);
            TicketDraft draft = checkout.openFromBooking(bookingId);
            long total = draft.breakdown(TaxRounding.TRUNCATE).total();
            Payment payment = switch (i % 3) {
                case 0 -> Payment.cash(total, (total / 1000 + 1) * 1000);
                case 1 -> Payment.of(PaymentMethod.CARD, total);
                default -> Payment.of(PaymentMethod.QR, total);
            };
            checkout.commit(draft, UUID.nameUUIDFromBytes(("demo-ticket-" + bookingId).getBytes()), List.of(payment));
        }
    }

    /** A past day's register closed with a ¥30,000 float and exactly the expected cash counted. */
    private void close(long storeId, LocalDate day) {
        long expected = closes.summary(storeId, day).expected(OPENING_FLOAT);
        Map<Integer, Integer> counts = new java.util.LinkedHashMap<>();
        for (int denomination : DailyClose.DENOMINATIONS) {
            counts.put(denomination, (int) (expected / denomination));
            expected %= denomination;
        }
        closes.close(storeId, day, OPENING_FLOAT, counts, null);
    }

    private static MenuItem menuItem(java.sql.ResultSet rs) throws java.sql.SQLException {
        Integer minutes = rs.getObject("duration_minutes", Integer.class);
        return new MenuItem(rs.getLong("id"), rs.getLong("store_id"), MenuKind.valueOf(rs.getString("kind")),
                MenuCategory.valueOf(rs.getString("category")), rs.getString("name"), rs.getInt("price_yen"),
                rs.getInt("tax_rate"), minutes, true, 0);
    }

    /** The store's services lasting between the given minutes, to book. */
    private List<MenuItem> services(long storeId, int minMinutes, int maxMinutes) {
        return jdbc.sql("select * from menu_item where store_id = ? and kind = 'SERVICE'"
                + " and duration_minutes between ? and ? order by id").params(storeId, minMinutes, maxMinutes)
                .query((rs, n) -> menuItem(rs))
                .list();
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
