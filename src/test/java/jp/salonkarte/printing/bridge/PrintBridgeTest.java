package jp.salonkarte.printing.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.salonkarte.printing.PrinterConnection;
import jp.salonkarte.printing.PrinterSimulator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bridge client against a scripted server: a job it printed before (in its journal) and is
 * handed again is reported, not printed a second time; a new job is printed, journalled and
 * reported; a printer that is off is reported as a failure worth retrying.
 */
class PrintBridgeTest {

    @TempDir Path dir;
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> results = new CopyOnWriteArrayList<>();
    private final AtomicInteger polls = new AtomicInteger();
    private HttpServer server;
    private PrinterSimulator printer;
    private Thread running;
    private PrintBridge bridge;

    @AfterEach
    void stop() throws Exception {
        if (bridge != null) {
            bridge.stop();
            running.join(15_000);
        }
        if (server != null) {
            server.stop(0);
        }
        if (printer != null) {
            printer.close();
        }
    }

    private void serve(List<BridgeMessages.Job> firstPoll, int failFirstResults) throws IOException {
        serve(List.of(firstPoll), 0, failFirstResults);
    }

    /** Poll n (from 1) answers {@code polls.get(n - 1)}, after {@code delayMs} from the second on; then nothing. */
    private void serve(List<List<BridgeMessages.Job>> answers, long delayMs, int failFirstResults) throws IOException {
        AtomicInteger resultCalls = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/bridge/jobs", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("POST") && path.endsWith("/result")) {
                results.add(path + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                if (resultCalls.incrementAndGet() <= failFirstResults) {
                    send(exchange, 503, "{\"error\":\"busy\",\"message\":\"later\"}");
                } else {
                    send(exchange, 200, "{\"id\":1,\"outcome\":\"PRINTED\"}");
                }
                return;
            }
            int n = polls.incrementAndGet();
            List<BridgeMessages.Job> jobs = n <= answers.size() ? answers.get(n - 1) : List.of();
            if (n > 1) {
                sleep(delayMs);
            }
            if (jobs.isEmpty()) {
                sleep(100);
            }
            send(exchange, 200, json.writeValueAsString(new BridgeMessages.Jobs(jobs)));
        });
        server.start();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private BridgeJournal start() throws IOException {
        BridgeJournal journal = new BridgeJournal(dir.resolve("journal"));
        bridge = new PrintBridge(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), "skb_test",
                journal, PrinterConnection.withDefaults(), Duration.ofSeconds(1));
        running = Thread.ofPlatform().start(bridge::run);
        return journal;
    }

    private BridgeMessages.Job job(long id, String text) {
        return new BridgeMessages.Job(id, "lease-" + id, 2, "RECEIPT", "領収書", "ESCPOS", "127.0.0.1", printer.port(),
                null, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) {
        Instant end = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            sleep(20);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aJobInTheJournalThatIsHandedOutAgainIsReportedNotPrintedTwice() throws Exception {
        printer = new PrinterSimulator();
        printer.ackDelay(200);
        // Job 7 is printed, but its report fails (503); the poll that was already waiting then gets job 7
        // again, as the server does once a lease has run out without a result.
        serve(List.of(List.of(job(7, "JOB seven\n")), List.of(job(7, "JOB seven\n"))), 1000, 1);
        BridgeJournal journal = start();

        await("job 7 reported and the journal emptied", () -> !journal.contains(7) && results.size() >= 2);
        sleep(300);
        assertThat(printer.received()).as("printed once, never a second time").hasSize(1);
        assertThat(polls.get()).as("job 7 was handed out twice").isGreaterThanOrEqualTo(2);
        assertThat(results).allMatch(r -> r.startsWith("/api/bridge/jobs/7/result") && r.contains("\"printed\":true"));
    }

    @Test
    void aNewJobIsPrintedJournalledAndReportedAndAnOffPrinterIsReportedAsARetryableFailure() throws Exception {
        printer = new PrinterSimulator();
        int off = printer.port();
        serve(List.of(job(1, "JOB one\n"), new BridgeMessages.Job(2, "lease-2", 1, "RECEIPT", "領収書", "ESCPOS",
                "127.0.0.1", closedPort(), null, new byte[] {1})), 0);
        BridgeJournal journal = start();

        await("both results reported and the printed one out of the journal",
                () -> results.size() >= 2 && journal.entries().isEmpty());
        assertThat(printer.received()).hasSize(1);
        assertThat(new String(printer.received().get(0), StandardCharsets.US_ASCII)).isEqualTo("JOB one\n");
        assertThat(results).anyMatch(r -> r.startsWith("/api/bridge/jobs/1/result") && r.contains("\"printed\":true")
                && r.contains("\"lease\":\"lease-1\""));
        assertThat(results).anyMatch(r -> r.startsWith("/api/bridge/jobs/2/result") && r.contains("\"printed\":false")
                && r.contains("プリンターに接続できません") && r.contains("\"permanent\":false"));
        assertThat(off).isPositive();
    }

    private static int closedPort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
