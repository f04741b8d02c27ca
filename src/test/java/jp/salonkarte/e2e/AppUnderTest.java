package jp.salonkarte.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the built Salon Karte jar as a separate process, once per test JVM, so end-to-end tests
 * exercise exactly what ships (production frontend bundle, real security, real database).
 *
 * <p>Use as {@code @ExtendWith(AppUnderTest.class)} and read {@link #baseUrl()}. The process is
 * stopped when JUnit closes its root store, with a shutdown hook as a safety net for aborted runs.
 */
public final class AppUnderTest implements BeforeAllCallback {

    /**
     * The database on a local MariaDB server, dropped and recreated at start. Two checkouts
     * running e2e tests on one machine must not share it: pass
     * {@code -Dsalonkarte.e2e.database=salonkarte_e2e_mine} to one of them.
     */
    public static final String DATABASE = System.getProperty("salonkarte.e2e.database", "salonkarte_e2e");
    private static final Logger LOG = Logger.getLogger(AppUnderTest.class.getName());
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
    /** What {@code DemoSalon} logs once the demo data is committed. */
    private static final String DEMO_SEEDED = "Demo salon created";

    private static Running running;
    private static Throwable startFailure;

    @Override
    public void beforeAll(ExtensionContext context) {
        Running app = ensureStarted();
        // Root store values are closed once, after all test classes of this run have finished.
        context.getRoot().getStore(ExtensionContext.Namespace.create(AppUnderTest.class))
                .computeIfAbsent(Running.class.getName(), key -> app, Running.class);
    }

    /** The application's root URL without trailing slash, e.g. {@code http://localhost:41234}. */
    public static String baseUrl() {
        return ensureStarted().baseUrl();
    }

    public static synchronized Running ensureStarted() {
        if (startFailure != null) {
            // A failed start is not retried for every test class: it would only repeat the same 3 minute wait.
            throw new IllegalStateException("The app failed to start earlier in this run", startFailure);
        }
        if (running == null) {
            try {
                running = start();
            } catch (RuntimeException | Error e) {
                startFailure = e;
                throw e;
            }
            Running started = running;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "salonkarte-e2e-app-stop"));
        }
        return running;
    }

    private static Running start() {
        Path jar = Path.of(System.getProperty("salonkarte.e2e.jar",
                Processes.targetDir().resolve("salon-karte.jar").toString())).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            fail("Runnable jar not found at " + jar + ". Build it first: ./mvnw -DskipTests package "
                    + "(./mvnw verify builds it before failsafe runs the e2e tests).");
        }

        int port = Processes.freePort();
        Path workDir = createTempDir();
        Path log = Processes.targetDir().resolve("e2e-app.log");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--salonkarte.db.local-server-first=true",
                "--salonkarte.db.name=" + DATABASE,
                // Every run starts from the same demo data instead of rows left by earlier runs.
                "--salonkarte.db.recreate=true",
                "--salonkarte.db.embedded-dir=" + workDir.resolve("mariadb"),
                // Photos and PDFs would otherwise land in ./data of the checkout.
                "--salonkarte.data-dir=" + workDir.resolve("data"),
                "--salonkarte.demo.enabled=true",
                // The same moment as the test contexts (DD031): the demo's day never depends on today.
                "--salonkarte.clock.start=" + jp.salonkarte.TestClock.start());
        LOG.info(() -> "Starting app: " + String.join(" ", command) + " (log: " + log + ")");
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
        Running app = new Running(process, port, workDir, log);
        try {
            awaitLoginPage(app);
            awaitDemoSalon(app);
        } catch (RuntimeException | Error e) {
            app.close();
            throw e;
        }
        return app;
    }

    /**
     * The demo salon is seeded by an application runner, i.e. after the web server already
     * answers, and in one transaction that takes several seconds on a busy machine. Until it
     * commits, the login page forwards to first-time setup, so the first test would find no
     * login form. The app's own log line is the only outside sign that seeding is done (there
     * is no actuator readiness endpoint).
     */
    private static void awaitDemoSalon(Running app) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.process.isAlive()) {
                fail("App exited with code " + app.process.exitValue() + " while seeding the demo salon. Log tail of "
                        + app.log + ":\n" + tail(app.log, 60));
            }
            if (logContains(app.log, DEMO_SEEDED)) {
                LOG.info("Demo salon seeded");
                return;
            }
            Processes.sleep(Duration.ofMillis(250));
        }
        fail("No '" + DEMO_SEEDED + "' in " + app.log + " within " + STARTUP_TIMEOUT.toSeconds()
                + " s. Log tail:\n" + tail(app.log, 60));
    }

    private static boolean logContains(Path log, String text) {
        try {
            // Decoded leniently: a stray byte in the log must not hide the line forever.
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static void awaitLoginPage(Running app) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        URI login = URI.create(app.baseUrl() + "/login");
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        int lastStatus = -1;
        while (System.nanoTime() < deadline) {
            if (!app.process.isAlive()) {
                fail("App exited with code " + app.process.exitValue() + " during startup. Log tail of "
                        + app.log + ":\n" + tail(app.log, 60));
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                lastStatus = response.statusCode();
                if (lastStatus == 200) {
                    LOG.info(() -> "App is up at " + app.baseUrl());
                    return;
                }
            } catch (IOException e) {
                // Not listening yet: keep polling.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the app", e);
            }
            Processes.sleep(Duration.ofSeconds(1));
        }
        fail("GET " + login + " did not answer 200 within " + STARTUP_TIMEOUT.toSeconds() + " s (last status "
                + lastStatus + "). Log tail of " + app.log + ":\n" + tail(app.log, 60));
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("salonkarte-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temp dir for the app's database and files", e);
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    /** A started app process; closing it is idempotent because both JUnit and the hook may call it. */
    public static final class Running implements AutoCloseable {
        private final Process process;
        private final int port;
        private final Path workDir;
        private final Path log;
        private boolean closed;

        Running(Process process, int port, Path workDir, Path log) {
            this.process = process;
            this.port = port;
            this.workDir = workDir;
            this.log = log;
        }

        public String baseUrl() {
            return "http://localhost:" + port;
        }

        public int port() {
            return port;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            LOG.info(() -> "Stopping app (pid " + process.pid() + ")");
            Processes.killTree(process, "Salon Karte app", Duration.ofSeconds(30));
            Processes.deleteRecursively(workDir);
        }
    }
}
