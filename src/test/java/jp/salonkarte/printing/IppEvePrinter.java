package jp.salonkarte.printing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A real IPP printer for tests: CUPS' {@code ippeveprinter} (Debian package {@code cups-ipp-utils})
 * on a loopback port, keeping every document it accepts in its spool directory ({@code -d dir -k}).
 * It only takes the document formats given ({@code -f}), so a printer that refuses PDF is one
 * argument away. ippeveprinter insists on DNS-SD (Avahi over D-Bus) even with {@code -r off}; where
 * no system bus runs (containers, CI), a private {@code dbus-daemon} is started for it. Stopped
 * and started again on the same port like a printer switched off and on.
 */
public final class IppEvePrinter implements AutoCloseable {

    private static final List<String> LOCATIONS = List.of("/usr/sbin/ippeveprinter", "/usr/bin/ippeveprinter",
            "/usr/local/sbin/ippeveprinter", "/usr/local/bin/ippeveprinter");

    private final String formats;
    private final Path dir;
    private final Path spool;
    private final int port;
    private Process printer;
    private Process bus;

    /** Skips the calling test, with the reason, where ippeveprinter is not installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(binary().isPresent(), "ippeveprinter is not installed (Debian package cups-ipp-utils;"
                + " .ci/run installs it): IPP printer tests skipped");
    }

    static Optional<Path> binary() {
        return LOCATIONS.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** A printer taking the given formats (e.g. {@code application/pdf}) on a free loopback port. */
    public IppEvePrinter(String formats) throws IOException, InterruptedException {
        this(formats, freePort());
    }

    public IppEvePrinter(String formats, int port) throws IOException, InterruptedException {
        this.formats = formats;
        this.port = port;
        this.dir = Files.createTempDirectory("ippeveprinter-");
        this.spool = Files.createDirectories(dir.resolve("spool"));
        start();
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    /** The printer's uri, as an owner would type it into the printer settings. */
    public String uri() {
        return "ipp://127.0.0.1:" + port + "/ipp/print";
    }

    /** The documents the printer accepted so far, oldest first. */
    public List<Path> spooled() throws IOException {
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::getFileName)).toList();
        }
    }

    public List<Path> awaitSpooled(int count, Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (spooled().size() < count) {
            if (System.nanoTime() > end) {
                throw new AssertionError("ippeveprinter on port " + port + " spooled " + spooled().size()
                        + " document(s) within " + timeout + ", expected " + count + "; its log:\n" + log());
            }
            Thread.sleep(50);
        }
        return spooled();
    }

    public String log() throws IOException {
        Path log = dir.resolve("ippeveprinter.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    public void start() throws IOException, InterruptedException {
        Path binary = binary().orElseThrow(() -> new IllegalStateException("ippeveprinter is not installed"));
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-p", Integer.toString(port), "-n",
                "localhost", "-r", "off", "-d", spool.toString(), "-k", "-f", formats, "SalonKarteTest" + port));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("ippeveprinter.log").toFile()));
        String systemBus = System.getenv("DBUS_SYSTEM_BUS_ADDRESS");
        if ((systemBus == null || systemBus.isBlank()) && !Files.exists(Path.of("/run/dbus/system_bus_socket"))) {
            pb.environment().put("DBUS_SYSTEM_BUS_ADDRESS", privateBus());
        }
        printer = pb.start();
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!answers()) {
            if (!printer.isAlive() || System.nanoTime() > end) {
                printer.destroyForcibly();
                throw new IllegalStateException("ippeveprinter did not start on port " + port + "; its log:\n" + log());
            }
            Thread.sleep(50);
        }
    }

    /** Switches the printer off: the port refuses connections until {@link #start()}. */
    public void stop() throws InterruptedException {
        if (printer != null) {
            printer.destroy();
            if (!printer.waitFor(5, TimeUnit.SECONDS)) {
                printer.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void close() throws Exception {
        stop();
        if (bus != null) {
            bus.destroy();
            bus.waitFor(5, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private String privateBus() throws IOException {
        if (bus == null || !bus.isAlive()) {
            Path daemon = Stream.of("/usr/bin/dbus-daemon", "/bin/dbus-daemon").map(Path::of)
                    .filter(Files::isExecutable).findFirst()
                    .orElseThrow(() -> new IllegalStateException("ippeveprinter needs D-Bus: install dbus-daemon"));
            bus = new ProcessBuilder(daemon.toString(), "--session", "--nofork", "--print-address=1")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            busAddress = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            if (busAddress == null || busAddress.isBlank()) {
                throw new IllegalStateException("dbus-daemon printed no address");
            }
        }
        return busAddress;
    }

    private String busAddress;

    private boolean answers() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
