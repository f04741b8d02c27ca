package jp.salonkarte.printing.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import jp.salonkarte.printing.BridgeToken;
import jp.salonkarte.printing.BridgeTokens;
import jp.salonkarte.printing.PrintJob;
import jp.salonkarte.printing.PrintQueue;
import jp.salonkarte.printing.Printer;
import jp.salonkarte.printing.PrinterMode;
import jp.salonkarte.printing.PrinterService;
import jp.salonkarte.printing.PrinterSimulator;
import jp.salonkarte.printing.PrinterType;
import jp.salonkarte.store.StoreService;

/**
 * The print bridge end to end (DD029): the server (this Spring context on MariaDB, on a real HTTP
 * port) and a bridge in a process of its own, started as a salon starts it, talk over loopback
 * through a proxy the test cuts and restores ("the network"); the printer is the
 * {@link PrinterSimulator}, switched off and on. The bridge is also killed (destroyForcibly) while
 * it holds a printed job it could not report, and started again. Every job must arrive at the
 * printer exactly once, in order, and end PRINTED on the server. A revoked token gets 401 with a
 * clear message; the bridge stops and the jobs stay queued. Own context (and JVM): a web server
 * on a real port and a short lease.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salonkarte.printing.bridge.lease=PT5S"})
@ActiveProfiles("test")
class PrintBridgeOwnContextTest {

    private static final Logger log = LoggerFactory.getLogger(PrintBridgeOwnContextTest.class);

    @LocalServerPort int port;
    @Autowired PrintQueue queue;
    @Autowired PrinterService printers;
    @Autowired BridgeTokens tokens;
    @Autowired StoreService stores;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final List<Long> printerIds = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void cleanUp() throws Exception {
        for (AutoCloseable c : toClose) {
            if (c instanceof BridgeProcess b) {
                log.info("Bridge process log:\n{}", b.log());
            }
        }
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
        for (long id : printerIds) {
            Printer p = printers.find(id).orElseThrow();
            jdbc.sql("update print_job set status = 'CANCELLED' where printer_id = ? and status in ('QUEUED', 'SENDING')")
                    .param(id).update();
            jdbc.sql("update printer set active = false where id = ?").param(p.id()).update();
        }
    }

    private long storeId() {
        return stores.currentStore().orElseThrow().id();
    }

    /** A receipt printer in the salon's LAN, driven by the bridge (via_bridge): the server never sends to it. */
    private Printer bridgePrinter(PrinterSimulator sim) {
        long store = storeId();
        Printer p = jdbc.sql("""
                insert into printer (store_id, name, printer_type, host, port, width_mm, mode, is_receipt_printer,
                                     via_bridge, active)
                values (?, ?, 'ESCPOS', '127.0.0.1', ?, 80, 'KANJI', false, true, true) returning id""")
                .params(store, "ブリッジ " + UUID.randomUUID().toString().substring(0, 6), sim.port())
                .query(Long.class).optional().flatMap(printers::find).orElseThrow();
        printerIds.add(p.id());
        assertThat(p.viaBridge()).isTrue();
        assertThat(p.type()).isEqualTo(PrinterType.ESCPOS);
        assertThat(p.mode()).isEqualTo(PrinterMode.KANJI);
        return p;
    }

    private BridgeProcess bridge(String server, String secret, String name) throws Exception {
        BridgeProcess b = new BridgeProcess(server, secret, dir.resolve("bridge.journal"), dir.resolve(name + ".log"));
        toClose.add(b);
        return b;
    }

    private static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(25);
        }
    }

    private PrintJob job(long id) {
        return queue.find(id).orElseThrow();
    }

    private List<Long> enqueue(Printer printer, String run, List<String> expected, int from, int to) {
        List<Long> ids = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            String text = "JOB " + run + "-" + i + "\n";
            expected.add(text);
            ids.add(queue.enqueue(printer, PrintJob.Kind.RECEIPT, "領収書 " + i, text.getBytes(StandardCharsets.US_ASCII)));
        }
        return ids;
    }

    private List<String> received(PrinterSimulator sim) {
        return sim.received().stream().map(b -> new String(b, StandardCharsets.US_ASCII)).toList();
    }

    @Test
    @WithUserDetails("owner@example.com")
    void everyJobPrintsExactlyOnceThroughNetworkCutsPrinterOutagesAndABridgeCrash() throws Exception {
        PrinterSimulator sim = new PrinterSimulator();
        toClose.add(sim);
        sim.ackDelay(80);
        Printer printer = bridgePrinter(sim);
        CuttableProxy network = new CuttableProxy(port);
        toClose.add(network);
        String server = "http://127.0.0.1:" + network.port();
        BridgeToken.Created token = tokens.create(storeId(), "受付のPC " + UUID.randomUUID().toString().substring(0, 4));
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> expected = new ArrayList<>();
        List<Long> ids = new ArrayList<>();

        BridgeProcess first = bridge(server, token.secret(), "bridge-1");

        // 1. Jobs flow; the network is cut while they do, and comes back.
        ids.addAll(enqueue(printer, run, expected, 1, 4));
        sim.awaitJobs(2, Duration.ofSeconds(60));
        network.cut();
        ids.addAll(enqueue(printer, run, expected, 5, 7));
        Thread.sleep(2500);
        network.restore();
        sim.awaitJobs(7, Duration.ofSeconds(60));

        // 2. The printer is switched off with jobs waiting: failures are reported, nothing is lost.
        sim.stop();
        ids.addAll(enqueue(printer, run, expected, 8, 10));
        await(Duration.ofSeconds(30), "the bridge reported the printer off", () -> {
            String error = job(ids.get(7)).lastError();
            return error != null && error.contains("プリンターに接続できません");
        });
        assertThat(job(ids.get(7)).status()).isIn(PrintJob.Status.QUEUED, PrintJob.Status.SENDING);
        sim.start();
        sim.awaitJobs(10, Duration.ofSeconds(60));

        // 3. The network goes down the moment the printer takes job 12, before the bridge can report it;
        //    then the bridge crashes. Its journal still has job 12; the restarted bridge reports it
        //    instead of the server handing it out (after its lease ran out) to be printed again.
        AtomicInteger cutAt = new AtomicInteger(-1);
        sim.onReceived(n -> {
            if (n == 12 && cutAt.compareAndSet(-1, n)) {
                network.cut();
            }
        });
        ids.addAll(enqueue(printer, run, expected, 11, 14));
        sim.awaitJobs(12, Duration.ofSeconds(60));
        await(Duration.ofSeconds(15), "the bridge failed to report job 12",
                () -> {
                    try {
                        return first.log().contains("Result of job " + ids.get(11) + " not delivered");
                    } catch (java.io.IOException e) {
                        return false;
                    }
                });
        List<String> journal = Files.readAllLines(dir.resolve("bridge.journal"));
        assertThat(journal).as("printed, not reported: in the journal")
                .anyMatch(l -> l.startsWith(ids.get(11) + " "));
        first.kill();
        assertThat(job(ids.get(11)).status()).as("the server does not know yet").isEqualTo(PrintJob.Status.SENDING);
        Thread.sleep(6000); // the lease (5 s) runs out: the server would hand job 12 out again
        sim.onReceived(null);
        network.restore();
        BridgeProcess second = bridge(server, token.secret(), "bridge-2");
        await(Duration.ofSeconds(60), "job 12 reported from the journal",
                () -> job(ids.get(11)).status() == PrintJob.Status.PRINTED);

        // 4. Network and printer down together, then both back.
        sim.awaitJobs(14, Duration.ofSeconds(60));
        network.cut();
        sim.stop();
        ids.addAll(enqueue(printer, run, expected, 15, 18));
        Thread.sleep(2000);
        sim.start();
        network.restore();

        await(Duration.ofSeconds(90), "all jobs PRINTED on the server",
                () -> ids.stream().map(this::job).allMatch(j -> j.status() == PrintJob.Status.PRINTED));
        Thread.sleep(1500); // nothing more arrives late
        assertThat(received(sim)).as("every job exactly once, in order").containsExactlyElementsOf(expected);
        assertThat(Files.readAllLines(dir.resolve("bridge.journal"))).as("everything reported").isEmpty();
        String log2 = second.log();
        assertThat(log2).contains("Print bridge for").contains("1 job(s) printed but not yet reported")
                .doesNotContain("Tomcat").doesNotContain("HikariPool").doesNotContain("Vaadin");
        BridgeToken seen = tokens.list(storeId()).stream().filter(t -> t.id() == token.token().id()).findFirst()
                .orElseThrow();
        assertThat(seen.lastSeenAt()).as("last seen shown in the settings").isNotNull();
        log.info("Bridge run: {} jobs exactly once", ids.size());
    }

    @Test
    @WithUserDetails("owner@example.com")
    void aRevokedTokenGets401WithAClearMessageAndTheBridgeStopsWhileTheJobWaits() throws Exception {
        PrinterSimulator sim = new PrinterSimulator();
        toClose.add(sim);
        Printer printer = bridgePrinter(sim);
        BridgeToken.Created token = tokens.create(storeId(), "古いPC");
        String server = "http://127.0.0.1:" + port;

        HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(URI.create(server + "/api/bridge/jobs?wait=0"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(noToken.body()).contains("token_missing");
        HttpResponse<String> wrong = get(server, "skb_" + "x".repeat(43));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("token_unknown").contains("ブリッジトークンが正しくありません");
        assertThat(get(server, token.secret()).statusCode()).as("a valid token polls").isEqualTo(200);

        assertThat(tokens.revoke(storeId(), token.token().id())).isTrue();
        HttpResponse<String> revoked = get(server, token.secret());
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .contains("Bearer"));
        assertThat(revoked.body()).contains("token_revoked").contains("取り消されています");

        long id = queue.enqueue(printer, PrintJob.Kind.RECEIPT, "領収書", "JOB revoked\n".getBytes(StandardCharsets.US_ASCII));
        BridgeProcess bridge = bridge(server, token.secret(), "revoked");
        assertThat(bridge.awaitExit(30)).as("the bridge stops: " + bridge.log()).isEqualTo(2);
        assertThat(bridge.log()).contains("refused this bridge's token").contains("取り消されています");
        assertThat(job(id).status()).as("the job waits on the server").isEqualTo(PrintJob.Status.QUEUED);
        assertThat(job(id).attempts()).isZero();
        assertThat(sim.received()).isEmpty();

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("the Vaadin app next to the bridge API is untouched").isIn(200, 302);
    }

    private HttpResponse<String> get(String server, String secret) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server + "/api/bridge/jobs?wait=0"))
                .header("Authorization", "Bearer " + secret).build(), HttpResponse.BodyHandlers.ofString());
    }
}
