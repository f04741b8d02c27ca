package jp.salonkarte.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.salonkarte.Application;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.support.ServletContextApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * The application's context for a benchmark, without a web server and without demo data, on a
 * database of the bench's own, as {@code customer-search} does: the local MariaDB on
 * 127.0.0.1:3306 when it answers (the database dropped and created again by Flyway, dropped at
 * the end unless {@code bench.keep}), else an embedded MariaDB in {@code bench.embedded-dir}.
 * System properties: {@code bench.db} ({@code auto}, {@code local}, {@code embedded}),
 * {@code bench.embedded-dir}, {@code bench.keep}.
 */
final class BenchContext implements AutoCloseable {

    /** Eight stylists (the first is the owner) for benches that seed a store of their own. */
    static final List<jp.salonkarte.store.StaffDraft> STAFF = List.of(
            staff("山田", "花子", "ヤマダ", "ハナコ", jp.salonkarte.store.Role.OWNER, "#8E24AA"),
            staff("佐藤", "健太", "サトウ", "ケンタ", jp.salonkarte.store.Role.MANAGER, "#1E88E5"),
            staff("鈴木", "美咲", "スズキ", "ミサキ", jp.salonkarte.store.Role.STAFF, "#43A047"),
            staff("高橋", "彩", "タカハシ", "アヤ", jp.salonkarte.store.Role.STAFF, "#F4511E"),
            staff("中村", "蓮", "ナカムラ", "レン", jp.salonkarte.store.Role.STAFF, "#00897B"),
            staff("小林", "さくら", "コバヤシ", "サクラ", jp.salonkarte.store.Role.STAFF, "#D81B60"),
            staff("森", "結衣", "モリ", "ユイ", jp.salonkarte.store.Role.STAFF, "#6D4C41"),
            staff("藤原", "大輔", "フジワラ", "ダイスケ", jp.salonkarte.store.Role.STAFF, "#3949AB"));

    final ConfigurableApplicationContext context;
    final boolean local;
    final String database;
    private final boolean keep;
    private final String label;

    private BenchContext(ConfigurableApplicationContext context, boolean local, String database, boolean keep,
            String label) {
        this.context = context;
        this.local = local;
        this.database = database;
        this.keep = keep;
        this.label = label;
    }

    /** Starts the context on {@code database}; {@code extraArgs} are more {@code --key=value} arguments. */
    static BenchContext start(String label, String database, String... extraArgs) throws IOException {
        return start(label, database, false, extraArgs);
    }

    /** As {@link #start(String, String, String...)}, with the demo salon seeded when {@code demo}. */
    static BenchContext start(String label, String database, boolean demo, String... extraArgs)
            throws IOException {
        String db = System.getProperty("bench.db", "auto");
        boolean keep = Boolean.getBoolean("bench.keep");
        boolean local = switch (db) {
            case "auto" -> localServerAnswers();
            case "local" -> {
                if (!localServerAnswers()) {
                    throw new IllegalStateException("bench.db=local but no MariaDB answers on 127.0.0.1:3306");
                }
                yield true;
            }
            case "embedded" -> false;
            default -> throw new IllegalArgumentException("bench.db must be auto, local or embedded: " + db);
        };
        String embeddedDir = System.getProperty("bench.embedded-dir");
        if (embeddedDir == null || embeddedDir.isBlank()) {
            embeddedDir = Files.createTempDirectory("salonkarte-bench-db").toString();
        }
        System.err.println(label + ": database: " + (local ? "local MariaDB at 127.0.0.1:3306, database " + database
                + " (recreated)" : "embedded MariaDB in " + embeddedDir));
        long t0 = System.nanoTime();
        List<String> args = new ArrayList<>(List.of("--salonkarte.db.local-server-first=" + local,
                "--salonkarte.db.name=" + database,
                "--salonkarte.db.recreate=true",
                "--salonkarte.db.embedded-dir=" + embeddedDir,
                "--salonkarte.demo.enabled=" + demo,
                "--logging.level.root=WARN"));
        args.addAll(List.of(extraArgs));
        // A web application context on a mock servlet context, as @SpringBootTest builds it
        // (Vaadin's security configuration needs one).
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext())
                .initializers(new ServletContextApplicationContextInitializer(new MockServletContext(), true))
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
        System.err.println(String.format(Locale.ROOT, "%s: context started in %.1f s", label,
                (System.nanoTime() - t0) / 1e9));
        return new BenchContext(context, local, database, keep, label);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    String dbKey() {
        return local ? "local" : "embedded";
    }

    /** Closes the context; on the local server drops the bench's database unless {@code bench.keep}. */
    @Override
    public void close() throws SQLException {
        context.close();
        if (local && !keep) {
            try (var connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
                    var statement = connection.createStatement()) {
                statement.execute("drop database if exists `" + database + "`");
            }
        } else if (local) {
            System.err.println(label + ": kept database " + database + " on 127.0.0.1:3306");
        }
    }

    static boolean localServerAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 3306), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static jp.salonkarte.store.StaffDraft staff(String family, String given, String familyKana,
            String givenKana, jp.salonkarte.store.Role role, String color) {
        return new jp.salonkarte.store.StaffDraft(null, family, given, familyKana, givenKana, null, role, color, true);
    }
}
