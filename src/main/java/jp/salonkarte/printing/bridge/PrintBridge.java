package jp.salonkarte.printing.bridge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.salonkarte.printing.PrintFailure;
import jp.salonkarte.printing.PrinterConnection;
import jp.salonkarte.printing.PrinterTarget;
import jp.salonkarte.printing.PrinterType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The print bridge that runs in the salon (DD029): long-polls the server for the store's jobs,
 * prints each on the salon's printer with the same {@link PrinterConnection} the server uses, and
 * reports the result. One lane per printer keeps each printer's order. Exactly once: a printed job
 * goes into the {@link BridgeJournal} before it is reported and leaves it once the server has the
 * report; journal entries are re-reported first thing on every round, and a job handed out again
 * that the journal lists is reported, not printed. No database, no web server, no Spring.
 */
public final class PrintBridge {

    /** Exit code when the server refused the token (revoked or unknown). */
    public static final int EXIT_UNAUTHORIZED = 2;

    private static final Logger log = LoggerFactory.getLogger(PrintBridge.class);
    private static final List<Duration> BACKOFF = List.of(Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));

    private final URI server;
    private final String token;
    private final BridgeJournal journal;
    private final PrinterConnection printers;
    private final Duration wait;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final Clock clock = Clock.systemUTC();
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, ExecutorService> lanes = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private volatile @Nullable String refused;

    /** The server said no to the token: stop, saying why. */
    static final class Unauthorized extends Exception {
        Unauthorized(String message) {
            super(message);
        }
    }

    PrintBridge(URI server, String token, BridgeJournal journal, PrinterConnection printers, Duration wait) {
        this.server = server;
        this.token = token;
        this.journal = journal;
        this.printers = printers;
        this.wait = wait;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Runs until {@link #stop()} or until the server refuses the token; returns the process exit code. */
    int run() {
        log.info("Print bridge for {} started; journal {} ({} job(s) printed but not yet reported)", server,
                journal.file(), journal.entries().size());
        int failures = 0;
        boolean online = false;
        while (running && refused == null) {
            try {
                reportJournal();
                List<BridgeMessages.Job> jobs = poll();
                if (!online) {
                    log.info("Connected to {}: waiting for print jobs", server);
                    online = true;
                }
                failures = 0;
                for (BridgeMessages.Job job : jobs) {
                    dispatch(job);
                }
            } catch (Unauthorized e) {
                refused = e.getMessage();
            } catch (IOException | RuntimeException e) {
                if (online || failures == 0) {
                    log.warn("Server {} not reachable ({}); jobs stay queued on the server, retrying", server,
                            describe(e));
                }
                online = false;
                Duration pause = BACKOFF.get(Math.min(failures, BACKOFF.size() - 1));
                failures++;
                sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        shutdownLanes();
        if (refused != null) {
            log.error("The server refused this bridge's token, so the bridge stops: {}"
                    + " (jobs stay queued on the server; printed-but-unreported jobs stay in {})", refused,
                    journal.file());
            return EXIT_UNAUTHORIZED;
        }
        return 0;
    }

    void stop() {
        running = false;
    }

    /** Re-reports every journalled job that is not being handled right now. */
    private void reportJournal() throws IOException, InterruptedException, Unauthorized {
        for (BridgeJournal.Entry e : journal.entries()) {
            if (!inFlight.contains(e.jobId())) {
                reportPrinted(e.jobId(), e.lease());
            }
        }
    }

    private List<BridgeMessages.Job> poll() throws IOException, InterruptedException, Unauthorized {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/bridge/jobs?wait=" + wait.toSeconds()))
                .timeout(wait.plusSeconds(20)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        check(response);
        return json.readValue(response.body(), BridgeMessages.Jobs.class).jobs();
    }

    private void check(HttpResponse<String> response) throws IOException, Unauthorized {
        int code = response.statusCode();
        if (code == 401 || code == 403) {
            throw new Unauthorized(problem(response));
        }
        if (code / 100 != 2) {
            throw new IOException("HTTP " + code + " " + problem(response));
        }
    }

    private String problem(HttpResponse<String> response) {
        try {
            BridgeMessages.Problem p = json.readValue(response.body(), BridgeMessages.Problem.class);
            return p.message() + " [" + p.error() + "]";
        } catch (JacksonException e) {
            return "HTTP " + response.statusCode();
        }
    }

    /** Hands the job to its printer's lane unless it is being handled already (a lease ran out meanwhile). */
    private void dispatch(BridgeMessages.Job job) {
        if (!inFlight.add(job.id())) {
            return;
        }
        PrinterTarget target = new PrinterTarget(PrinterType.valueOf(job.printerType()), job.host(), job.port(),
                job.uri());
        ExecutorService lane = lanes.computeIfAbsent(target.laneKey(),
                k -> Executors.newSingleThreadExecutor(Thread.ofVirtual().name("bridge-lane-" + k).factory()));
        try {
            lane.execute(() -> {
                try {
                    handle(job, target);
                } finally {
                    inFlight.remove(job.id());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            inFlight.remove(job.id()); // shutting down: the lease runs out and the server hands it out again
        }
    }

    private void handle(BridgeMessages.Job job, PrinterTarget target) {
        try {
            if (journal.contains(job.id())) {
                log.info("Job {} was printed before (journal); reporting it instead of printing it again", job.id());
                reportPrinted(job.id(), job.lease());
                return;
            }
            try {
                printers.send(target, job.title(), job.payload());
            } catch (PrintFailure f) {
                log.info("Job {} ({}) not printed on {}: {}", job.id(), job.title(), target, f.getMessage());
                report(job.id(), new BridgeMessages.Result(job.lease(), false, f.getMessage(), f.permanent()));
                return;
            }
            journal.add(job.id(), job.lease(), clock.instant()); // before the report: a lost report is re-sent
            log.info("Job {} ({}) printed on {}", job.id(), job.title(), target);
            reportPrinted(job.id(), job.lease());
        } catch (Unauthorized e) {
            refused = e.getMessage();
        } catch (IOException | RuntimeException e) {
            // The report did not arrive: a printed job stays in the journal and is re-reported; a
            // failure report is simply lost and the job's lease runs out into another attempt.
            log.info("Result of job {} not delivered yet ({})", job.id(), describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void reportPrinted(long jobId, String lease) throws IOException, InterruptedException, Unauthorized {
        try {
            report(jobId, new BridgeMessages.Result(lease, true, null, false));
            journal.remove(jobId);
        } catch (NotFound e) {
            log.warn("Job {} is no longer on the server (deleted); dropping it from the journal", jobId);
            journal.remove(jobId);
        }
    }

    /** The server does not know the job (deleted in the meantime). */
    private static final class NotFound extends IOException {
        NotFound(String message) {
            super(message);
        }
    }

    private void report(long jobId, BridgeMessages.Result result) throws IOException, InterruptedException,
            Unauthorized {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/bridge/jobs/" + jobId + "/result"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(result), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 404) {
            throw new NotFound(problem(response));
        }
        check(response);
    }

    private void shutdownLanes() {
        for (ExecutorService lane : lanes.values()) {
            lane.shutdown();
        }
        for (ExecutorService lane : lanes.values()) {
            try {
                lane.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
