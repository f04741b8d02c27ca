package jp.salonkarte.printing.bridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A print bridge in a process of its own, started the way a salon starts it
 * ({@code jp.salonkarte.Application --bridge --server=… --token=…}) from the test classpath, its
 * output in a log file. {@link #kill()} is a crash ({@code destroyForcibly}).
 */
final class BridgeProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    BridgeProcess(String server, String token, Path journal, Path log) throws IOException {
        this.log = log;
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Xmx128m", "jp.salonkarte.Application", "--bridge", "--server=" + server, "--token=" + token,
                "--journal=" + journal, "--wait=10"));
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits for the bridge to end by itself; its exit code, or -1 when it still runs after the timeout. */
    int awaitExit(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
