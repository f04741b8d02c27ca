package jp.salonkarte.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.demo.DemoNamesForBench;
import jp.salonkarte.demo.DemoNamesForBench.Name;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffDraft;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;
import jp.salonkarte.store.TaxRounding;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code bench/run customer-search}: seeds customers (100,000 by default) through
 * {@link CustomerService#createAll}, so the real suffix-token index {@code customer_search} is
 * filled, then times {@link CustomerService#search} on a fixed, seeded mix of the queries staff
 * type: kanji name fragments, hiragana / katakana / half-width kana readings, phone fragments
 * in any notation, customer numbers, staff names, and some that find nothing. Only the search
 * call itself is timed ({@code System.nanoTime} around it). Not a test: the name matches no
 * surefire or failsafe pattern, so {@code ./mvnw verify} never runs it; see bench/README.md.
 *
 * <p>Prints exactly one line on stdout, {@code BENCH customer-search n=... p50_ms=... p95_ms=...};
 * everything else (Spring's log included: {@code System.out} is pointed at stderr) goes to stderr.
 * Settings are system properties: {@code bench.customers}, {@code bench.searches},
 * {@code bench.warmup}, {@code bench.seed}, {@code bench.db} ({@code auto}, {@code local},
 * {@code embedded}), {@code bench.embedded-dir}, {@code bench.keep}, {@code bench.queries-out}.
 */
public final class CustomerSearchBench {

    static final String DATABASE = "salonkarte_bench";
    private static final int BATCH = 1_000;

    /** What kind of text a member of staff types into the one search box. */
    enum Kind {
        KANJI_FAMILY(10), KANJI_FULL(7), KANJI_FRAGMENT(6), HIRAGANA(9), HIRAGANA_TYPING(7), KATAKANA(7),
        HALF_WIDTH_KANA(5), PHONE_FULL(5), PHONE_PREFIX(6), PHONE_FULL_WIDTH(5), PHONE_LAST4(7), LANDLINE(2),
        CUSTOMER_NO(6), STAFF(8), NO_MATCH(10);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    record Query(Kind kind, String text) {
    }

    /** The searchable parts of a generated customer, kept to derive queries from. */
    record Seeded(Name family, Name given, String mobile, String landline) {
    }

    /** Names and numbers nobody in the generated data has (phones start 070/080/090/03). */
    private static final List<String> NO_MATCH = List.of("東海林", "勅使河原", "五十嵐 真央", "しょうじ", "てしがわら",
            "ヴィクトリア", "ｼﾞｮﾝｿﾝ", "ﾃﾞｨｵﾝ", "ぬ", "ゑみ", "smith", "tanaka", "099-1234-5678", "０９９－５５５５－１２１２",
            "06-6123-4567", "佐藤 ミサキ", "やまだはなこさん");

    private CustomerSearchBench() {
    }

    public static void main(String[] args) {
        jp.salonkarte.bench.BenchMain.run(CustomerSearchBench::run);
    }

    private static String run() throws Exception {
        int customerCount = Integer.getInteger("bench.customers", 100_000);
        int searches = Integer.getInteger("bench.searches", 1_000);
        int warmup = Integer.getInteger("bench.warmup", 200);
        long seed = Long.getLong("bench.seed", 20261123L);
        try (BenchContext bench = BenchContext.start("customer-search", DATABASE,
                "--spring.datasource.hikari.maximum-pool-size=4")) {
            return bench(bench.context, bench.local, customerCount, searches, warmup, seed);
        }
    }

    private static String bench(ConfigurableApplicationContext context, boolean local, int customerCount,
            int searches, int warmup, long seed) {
        CustomerService customers = context.getBean(CustomerService.class);
        StoreService stores = context.getBean(StoreService.class);
        StaffService staffService = context.getBean(StaffService.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Clock clock = context.getBean(Clock.class);
        String version = jdbc.sql("select version()").query(String.class).single();
        progress("MariaDB " + version);
        if (stores.isSetUp() || customers.count() > 0) {
            throw new IllegalStateException("the bench database is not empty");
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "bench", null, List.of(new SimpleGrantedAuthority("ROLE_OWNER"))));

        // Seed: a store, its staff, then the customers in batches (one transaction each).
        long seedStart = System.nanoTime();
        Store store = stores.setUp(new Store(null, "Salon Karte ベンチ店", "150-0001", "東京都渋谷区神宮前4-1-1",
                "03-1234-5678", null, LocalTime.of(10, 0), LocalTime.of(20, 0), "TUESDAY", TaxRounding.TRUNCATE, 0),
                BenchContext.STAFF.getFirst(), null, null);
        for (StaffDraft s : BenchContext.STAFF.subList(1, BenchContext.STAFF.size())) {
            staffService.save(s, store.id(), null, null);
        }
        List<Long> staffIds = staffService.list(store.id()).stream().map(Staff::id).toList();
        Random random = new Random(seed);
        List<Seeded> seeded = new ArrayList<>(customerCount);
        Instant now = clock.instant();
        List<Customer> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < customerCount; i++) {
            batch.add(customer(random, i, now, staffIds, seeded));
            if (batch.size() == BATCH || i == customerCount - 1) {
                customers.createAll(batch);
                batch.clear();
                if ((i + 1) % 10_000 == 0 || i == customerCount - 1) {
                    progress(String.format(Locale.ROOT, "seeded %,d customers in %.1f s", i + 1, seconds(seedStart)));
                }
            }
        }
        double seedSeconds = seconds(seedStart);
        long n = customers.count();
        long tokens = jdbc.sql("select count(*) from customer_search").query(Long.class).single();
        progress(String.format(Locale.ROOT, "customer_search holds %,d tokens (%.1f per customer)", tokens,
                (double) tokens / n));
        jdbc.sql("analyze table customer, customer_search, customer_tag, staff").query().listOfRows();

        // The queries: a fixed mix drawn with the seeded random, warm-up first (not counted).
        List<String> numbers = jdbc.sql("select customer_no from customer order by id").query(String.class).list();
        List<Query> queries = new ArrayList<>(warmup + searches);
        for (int i = 0; i < warmup + searches; i++) {
            queries.add(query(random, seeded, numbers));
        }
        progress("warming up with " + warmup + " searches");
        for (Query q : queries.subList(0, warmup)) {
            customers.search(q.text());
        }
        progress("measuring " + searches + " searches");
        double[] ms = new double[searches];
        int[] hits = new int[searches];
        for (int i = 0; i < searches; i++) {
            String text = queries.get(warmup + i).text();
            long start = System.nanoTime();
            List<Customer> found = customers.search(text);
            ms[i] = (System.nanoTime() - start) / 1e6;
            hits[i] = found.size();
        }
        report(queries.subList(warmup, warmup + searches), ms, hits);
        String queriesOut = System.getProperty("bench.queries-out", "");
        if (!queriesOut.isBlank()) {
            writeQueries(Path.of(queriesOut), queries.subList(warmup, warmup + searches), ms, hits);
        }

        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(ms).average().orElse(0);
        return String.format(Locale.ROOT,
                "BENCH customer-search n=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_ms=%.2f searches=%d"
                        + " seed_s=%.1f db=%s",
                n, BenchStats.percentile(sorted, 50), BenchStats.percentile(sorted, 95),
                BenchStats.percentile(sorted, 99), sorted[sorted.length - 1], mean, searches, seedSeconds,
                local ? "local" : "embedded");
    }

    /** Per kind of query on stderr: how many, how fast, how many found, and the slowest examples. */
    private static void report(List<Query> queries, double[] ms, int[] hits) {
        Map<Kind, List<Integer>> byKind = new EnumMap<>(Kind.class);
        for (int i = 0; i < queries.size(); i++) {
            byKind.computeIfAbsent(queries.get(i).kind(), k -> new ArrayList<>()).add(i);
        }
        progress(String.format(Locale.ROOT, "%-16s %5s %8s %8s %8s %8s %6s", "kind", "n", "p50_ms", "p95_ms",
                "max_ms", "avg_hits", "empty"));
        byKind.forEach((kind, idx) -> {
            double[] t = idx.stream().mapToDouble(i -> ms[i]).sorted().toArray();
            double avgHits = idx.stream().mapToInt(i -> hits[i]).average().orElse(0);
            long empty = idx.stream().filter(i -> hits[i] == 0).count();
            progress(String.format(Locale.ROOT, "%-16s %5d %8.2f %8.2f %8.2f %8.1f %6d", kind, t.length,
                    BenchStats.percentile(t, 50), BenchStats.percentile(t, 95), t[t.length - 1], avgHits, empty));
        });
        Integer[] order = new Integer[ms.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(ms[b], ms[a]));
        StringBuilder slowest = new StringBuilder("slowest:");
        for (int k = 0; k < Math.min(10, order.length); k++) {
            int i = order[k];
            slowest.append(String.format(Locale.ROOT, " [%s \"%s\" %.2f ms, %d hits]", queries.get(i).kind(),
                    queries.get(i).text(), ms[i], hits[i]));
        }
        progress(slowest.toString());
    }

    /** Every measured search as a tab-separated line: kind, query, milliseconds, customers found. */
    private static void writeQueries(Path file, List<Query> queries, double[] ms, int[] hits) {
        List<String> lines = new ArrayList<>(queries.size() + 1);
        lines.add("kind\tquery\tms\thits");
        for (int i = 0; i < queries.size(); i++) {
            lines.add(String.format(Locale.ROOT, "%s\t%s\t%.3f\t%d", queries.get(i).kind(), queries.get(i).text(), ms[i],
                    hits[i]));
        }
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        progress("wrote every measured search to " + file);
    }

    /** A customer like the demo salon's (DemoSalon), with an assigned stylist for most. */
    private static Customer customer(Random r, int i, Instant now, List<Long> staffIds, List<Seeded> seeded) {
        boolean female = r.nextInt(100) < 78;
        Name family = pick(r, DemoNamesForBench.FAMILY_NAMES);
        Name given = pick(r, female ? DemoNamesForBench.FEMALE_GIVEN_NAMES : DemoNamesForBench.MALE_GIVEN_NAMES);
        String mobile = r.nextInt(100) < 92
                ? String.format("0%d0-%04d-%04d", 7 + r.nextInt(3), r.nextInt(10_000), r.nextInt(10_000)) : null;
        String landline = r.nextInt(100) < 15
                ? String.format("03-%04d-%04d", r.nextInt(10_000), r.nextInt(10_000)) : null;
        LocalDate birthday = LocalDate.of(1950 + r.nextInt(58), 1 + r.nextInt(12), 1 + r.nextInt(28));
        boolean optIn = r.nextInt(100) < 60;
        Long assigned = r.nextInt(100) < 70 ? pick(r, staffIds) : null;
        boolean active = r.nextInt(100) >= 3;
        Instant created = now.minusSeconds(86_400L * r.nextInt(3_000));
        seeded.add(new Seeded(family, given, mobile, landline));
        return new Customer(null, null, family.kanji(), given.kanji(), family.kana(), given.kana(), mobile, landline,
                optIn ? "customer" + (i + 1) + "@example.jp" : null, birthday, female ? "FEMALE" : "MALE", null, null,
                pick(r, DemoNamesForBench.OCCUPATIONS), pick(r, DemoNamesForBench.REFERRAL_SOURCES), null,
                r.nextInt(100) < 8 ? "カラー剤でかぶれたことあり（パッチテスト必須）" : null, assigned, optIn, active, created,
                created, Set.of(), 0);
    }

    private static Query query(Random r, List<Seeded> seeded, List<String> numbers) {
        Kind kind = kind(r);
        Seeded c = pick(r, seeded);
        String fullKana = c.family().kana() + c.given().kana();
        String text = switch (kind) {
            case KANJI_FAMILY -> c.family().kanji();
            case KANJI_FULL -> c.family().kanji() + pick(r, List.of("", " ", "　")) + c.given().kanji();
            case KANJI_FRAGMENT -> fragment(r, r.nextBoolean() ? c.family().kanji() : c.given().kanji());
            case HIRAGANA -> switch (r.nextInt(3)) {
                case 0 -> hiragana(c.family().kana());
                case 1 -> hiragana(c.given().kana());
                default -> hiragana(c.family().kana()) + " " + hiragana(c.given().kana());
            };
            case HIRAGANA_TYPING -> { // search as you type: the first 1-3 characters of a reading
                String h = hiragana(r.nextInt(4) == 0 ? c.given().kana() : c.family().kana());
                yield h.substring(0, Math.min(h.length(), 1 + r.nextInt(3)));
            }
            case KATAKANA -> switch (r.nextInt(3)) {
                case 0 -> c.family().kana();
                case 1 -> c.given().kana();
                default -> c.family().kana() + "　" + c.given().kana();
            };
            case HALF_WIDTH_KANA -> halfWidth(r.nextBoolean() ? c.family().kana() : c.family().kana() + " "
                    + c.given().kana());
            case PHONE_FULL -> {
                String p = phone(r, seeded, c);
                yield r.nextBoolean() ? p : p.replace("-", "");
            }
            case PHONE_PREFIX -> phone(r, seeded, c).substring(0, 8); // 090-1234
            case PHONE_FULL_WIDTH -> {
                String p = phone(r, seeded, c);
                yield fullWidth(r.nextBoolean() ? p.replace("-", "").substring(0, 7) : p);
            }
            case PHONE_LAST4 -> {
                String p = phone(r, seeded, c);
                yield p.substring(p.length() - 4);
            }
            case LANDLINE -> {
                Seeded withLandline = c;
                while (withLandline.landline() == null) {
                    withLandline = pick(r, seeded);
                }
                yield r.nextBoolean() ? withLandline.landline() : withLandline.landline().substring(0, 7);
            }
            case CUSTOMER_NO -> {
                String no = pick(r, numbers);
                yield r.nextInt(3) == 0 ? no.replaceFirst("^0+", "") : no;
            }
            case STAFF -> {
                StaffDraft s = pick(r, BenchContext.STAFF);
                yield switch (r.nextInt(5)) {
                    case 0 -> s.familyName();
                    case 1 -> s.familyName() + " " + s.givenName();
                    case 2 -> s.familyName() + s.givenName();
                    case 3 -> hiragana(s.familyNameKana() + " " + s.givenNameKana());
                    default -> s.givenNameKana();
                };
            }
            case NO_MATCH -> pick(r, NO_MATCH);
        };
        return new Query(kind, text);
    }

    private static Kind kind(Random r) {
        int total = Arrays.stream(Kind.values()).mapToInt(k -> k.weight).sum();
        int x = r.nextInt(total);
        for (Kind k : Kind.values()) {
            x -= k.weight;
            if (x < 0) {
                return k;
            }
        }
        throw new AssertionError();
    }

    /** A customer's mobile, or another customer's when this one has none. */
    private static String phone(Random r, List<Seeded> seeded, Seeded c) {
        Seeded withPhone = c;
        while (withPhone.mobile() == null) {
            withPhone = pick(r, seeded);
        }
        return withPhone.mobile();
    }

    /** One or two characters from inside a kanji name part. */
    private static String fragment(Random r, String s) {
        int[] cps = s.codePoints().toArray();
        int start = r.nextInt(cps.length);
        int len = Math.min(cps.length - start, 1 + r.nextInt(2));
        return new String(cps, start, len);
    }

    static String hiragana(String katakana) {
        StringBuilder out = new StringBuilder(katakana.length());
        for (char ch : katakana.toCharArray()) {
            out.append(ch >= 'ァ' && ch <= 'ヶ' ? (char) (ch - 0x60) : ch);
        }
        return out.toString();
    }

    private static final String FULL = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
            + "ァィゥェォャュョッー　";
    private static final String HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ"
            + "ｧｨｩｪｫｬｭｮｯｰ ";

    /** Full-width katakana as an old register or a phone types it: ｻﾄｳ, ｶﾞ for ガ. */
    static String halfWidth(String katakana) {
        StringBuilder out = new StringBuilder();
        for (char ch : Normalizer.normalize(katakana, Normalizer.Form.NFD).toCharArray()) {
            int i = FULL.indexOf(ch);
            out.append(i >= 0 ? HALF.charAt(i) : ch == '\u3099' ? 'ﾞ' : ch == '\u309A' ? 'ﾟ' : ch);
        }
        return out.toString();
    }

    /** Digits and hyphens in full width, as a Japanese IME leaves them: ０９０－１２３４. */
    static String fullWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            out.append(ch >= '0' && ch <= '9' ? (char) (ch - '0' + '０') : ch == '-' ? '－' : ch);
        }
        return out.toString();
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void progress(String message) {
        System.err.println("customer-search: " + message);
    }
}
