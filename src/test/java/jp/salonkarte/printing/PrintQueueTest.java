package jp.salonkarte.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.store.StoreService;

/**
 * The durable print queue against MariaDB and a simulated network printer: nothing is lost or
 * printed twice when the printer goes off mid-queue, runs out of paper, or jobs are cancelled.
 * The application's own scheduled {@link PrintWorker} does the sending, as in production.
 */
@IntegrationTest
@WithUserDetails("staff@example.com")
class PrintQueueTest {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PrintQueueTest.class);

    @Autowired java.time.Clock clock;
    @Autowired PrintQueue queue;
    @Autowired PrinterService printers;
    @Autowired EscPosReceiptPrinting receipts;
    @Autowired StoreService stores;
    @Autowired JdbcClient jdbc;
    @Autowired PrintJobCleanup cleanup;

    private final List<PrinterSimulator> simulators = new ArrayList<>();
    private final List<Printer> created = new ArrayList<>();

    @AfterEach
    void switchOff() throws Exception {
        for (Printer p : created) { // nothing of this test keeps the worker busy afterwards
            Printer current = printers.find(p.id()).orElseThrow();
            printers.saveUnchecked(new Printer(current.id(), current.storeId(), current.name(), current.host(),
                    current.port(), current.widthMm(), current.mode(), current.receiptPrinter(), false, current.version()));
        }
        for (PrinterSimulator s : simulators) {
            s.close();
        }
    }

    private PrinterSimulator simulator() throws Exception {
        PrinterSimulator s = new PrinterSimulator();
        simulators.add(s);
        return s;
    }

    private Printer printer(long storeId, PrinterSimulator sim, boolean receiptPrinter) {
        Printer p = printers.saveUnchecked(new Printer(null, storeId, "テスト " + UUID.randomUUID().toString().substring(0, 8),
                "127.0.0.1", sim.port(), 80, PrinterMode.KANJI, receiptPrinter, true, 0));
        created.add(p);
        return p;
    }

    private long demoStore() {
        return stores.currentStore().orElseThrow().id();
    }

    private static byte[] job(String text) {
        return ("JOB " + text + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }

    private PrintJob job(long id) {
        return queue.find(id).orElseThrow();
    }

    @Test
    void everyJobPrintsExactlyOnceAndInOrderWhenThePrinterGoesOffMidQueueAndComesBack() throws Exception {
        PrinterSimulator sim = simulator();
        sim.ackDelay(150); // a printer that takes a moment per job, so it can be switched off mid-queue
        Printer printer = printer(demoStore(), sim, false);
        List<Long> ids = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 10; i++) {
            expected.add("JOB " + run + "-" + i + "\n");
            ids.add(queue.enqueue(printer, PrintJob.Kind.TEST, "job " + i, job(run + "-" + i)));
        }

        await(Duration.ofSeconds(30), "3 jobs printed", () -> sim.received().size() >= 3);
        sim.stop(); // switched off while the next job is on its way
        int printedBeforeOff = sim.received().size();
        await(Duration.ofSeconds(15), "a failed attempt recorded",
                () -> ids.stream().map(this::job).anyMatch(j -> j.status() == PrintJob.Status.QUEUED
                        && j.lastError() != null && j.lastError().contains("接続できません")));
        Thread.sleep(1500); // off for a while: more failed attempts, never a job lost or skipped
        List<PrintJob> whileOff = ids.stream().map(this::job).toList();
        assertThat(whileOff).filteredOn(j -> j.status() == PrintJob.Status.PRINTED).hasSize(printedBeforeOff);
        assertThat(whileOff).filteredOn(j -> j.status() != PrintJob.Status.PRINTED)
                .allMatch(j -> j.status() == PrintJob.Status.QUEUED || j.status() == PrintJob.Status.SENDING);
        assertThat(sim.received()).hasSize(printedBeforeOff);

        Instant back = Instant.now();
        sim.start();
        await(Duration.ofSeconds(60), "all 10 printed", () -> ids.stream().map(this::job)
                .allMatch(j -> j.status() == PrintJob.Status.PRINTED));
        Duration recovery = Duration.between(back, Instant.now());
        log.info("BENCH print-queue-recovery: 10 jobs, printer off after {}, all printed {} ms after it came back",
                printedBeforeOff, recovery.toMillis());
        Thread.sleep(500); // nothing more arrives late
        List<String> got = sim.received().stream().map(b -> new String(b, StandardCharsets.US_ASCII)).toList();
        assertThat(got).as("each job once, in order (recovered in %d ms)", recovery.toMillis())
                .containsExactlyElementsOf(expected);
        assertThat(ids.stream().map(this::job)).allMatch(j -> j.lastError() == null && j.printedAt() != null);
    }

    @Test
    @WithUserDetails("staff@example.com")
    void anEmptyPaperRollKeepsTheJobQueuedUntilPaperIsBack() throws Exception {
        PrinterSimulator sim = simulator();
        sim.paperOut(true);
        Printer printer = printer(demoStore(), sim, false);
        long id = queue.enqueue(printer, PrintJob.Kind.TEST, "paper", job("paper"));

        await(Duration.ofSeconds(20), "paper end reported", () -> {
            String error = job(id).lastError();
            return error != null && error.contains("用紙切れ");
        });
        assertThat(job(id).status()).isIn(PrintJob.Status.QUEUED, PrintJob.Status.SENDING);
        assertThat(sim.received()).isEmpty();

        sim.paperOut(false);
        assertThat(queue.retry(id)).isTrue(); // staff press 再試行 after loading paper
        await(Duration.ofSeconds(20), "printed", () -> job(id).status() == PrintJob.Status.PRINTED);
        assertThat(sim.received()).hasSize(1);
    }

    @Test
    @WithUserDetails("staff@example.com")
    void aCancelledJobIsNeverSentAndRetryQueuesItAgain() throws Exception {
        PrinterSimulator sim = simulator();
        sim.stop(); // printer off
        Printer printer = printer(demoStore(), sim, false);
        long first = queue.enqueue(printer, PrintJob.Kind.TEST, "first", job("first"));
        long second = queue.enqueue(printer, PrintJob.Kind.TEST, "second", job("second"));
        long third = queue.enqueue(printer, PrintJob.Kind.TEST, "third", job("third"));

        assertThat(queue.cancel(second)).isTrue();
        assertThat(job(second).status()).isEqualTo(PrintJob.Status.CANCELLED);
        assertThat(queue.cancel(second)).isFalse();
        sim.start();
        await(Duration.ofSeconds(30), "the others printed", () -> job(first).status() == PrintJob.Status.PRINTED
                && job(third).status() == PrintJob.Status.PRINTED);
        assertThat(job(second).status()).isEqualTo(PrintJob.Status.CANCELLED);
        assertThat(queue.cancel(first)).as("a printed job cannot be cancelled").isFalse();
        assertThat(queue.retry(first)).as("a printed job is reprinted, not retried").isFalse();

        assertThat(queue.retry(second)).isTrue();
        await(Duration.ofSeconds(20), "retried job printed", () -> job(second).status() == PrintJob.Status.PRINTED);
        assertThat(sim.received().stream().map(b -> new String(b, StandardCharsets.US_ASCII)))
                .containsExactly("JOB first\n", "JOB third\n", "JOB second\n");
    }

    @Test
    @WithUserDetails("owner@example.com")
    void aReceiptGoesToTheStoresReceiptPrinterInItsWidthAndModeWithTheLogoAndAReprintIsMarked() throws Exception {
        long storeId = jdbc.sql("""
                insert into store (name, opening_time, closing_time) values (?, '10:00', '19:00') returning id""")
                .param("印刷テスト店 " + UUID.randomUUID().toString().substring(0, 8)).query(Long.class).single();
        assertThat(receipts.enqueue(storeId, ReceiptRendererTest.sample(false), true))
                .as("no printer yet").isEqualTo(-1);

        PrinterSimulator sim = simulator();
        Printer p = printer(storeId, sim, true);
        printers.saveUnchecked(new Printer(p.id(), storeId, p.name(), p.host(), p.port(), 58, PrinterMode.KANJI, true,
                true, p.version()));
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(200, 100, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        printers.saveLogo(storeId, png.toByteArray());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> printers.saveLogo(storeId, "not an image".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
        long id = receipts.enqueue(storeId, ReceiptRendererTest.sample(false), true);
        long reprint = receipts.reprint(storeId, ReceiptRendererTest.sample(false));
        assertThat(job(id).kind()).isEqualTo(PrintJob.Kind.RECEIPT);
        assertThat(job(reprint).title()).contains("再発行");

        await(Duration.ofSeconds(20), "both printed", () -> job(id).status() == PrintJob.Status.PRINTED
                && job(reprint).status() == PrintJob.Status.PRINTED);
        List<byte[]> got = sim.received();
        assertThat(got).hasSize(2);
        EscPosDecoder original = new EscPosDecoder(got.get(0));
        EscPosDecoder copy = new EscPosDecoder(got.get(1));
        assertThat(original.drawerKicks).isEqualTo(1);
        assertThat(original.rasters).as("the logo").isNotEmpty().allMatch(b -> b.widthBytes() == 48);
        assertThat(original.text()).contains("登録番号 T1234567890123").doesNotContain("再発行");
        assertThat(original.lines).allMatch(l -> ReceiptRenderer.width(l) <= 32); // 58 mm
        assertThat(copy.drawerKicks).as("a reprint never opens the drawer").isZero();
        assertThat(copy.text()).contains("【再発行】");
    }

    @Test
    void aSlowPrinterHoldsUpOnlyItsOwnJobsNeverAnotherPrintersJobs() throws Exception {
        PrinterSimulator slow = simulator();
        slow.ackDelay(6000); // confirms each job only after 6 s (a printer busy warming up)
        PrinterSimulator fast = simulator();
        Printer slowPrinter = printer(demoStore(), slow, false);
        Printer fastPrinter = printer(demoStore(), fast, false);
        long slowJob = queue.enqueue(slowPrinter, PrintJob.Kind.TEST, "slow", job("slow"));
        long slowSecond = queue.enqueue(slowPrinter, PrintJob.Kind.TEST, "slow 2", job("slow-2"));
        await(Duration.ofSeconds(10), "the slow printer's job is being sent",
                () -> job(slowJob).status() == PrintJob.Status.SENDING);

        Instant queued = Instant.now();
        long fastJob = queue.enqueue(fastPrinter, PrintJob.Kind.TEST, "fast", job("fast"));
        await(Duration.ofSeconds(3), "the other printer's job printed while the slow one is still busy",
                () -> job(fastJob).status() == PrintJob.Status.PRINTED);
        long waited = Duration.between(queued, Instant.now()).toMillis();
        assertThat(job(slowJob).status()).as("still on its way to the slow printer").isEqualTo(PrintJob.Status.SENDING);
        assertThat(fast.received()).hasSize(1);
        log.info("BENCH print-lanes: a job on a free printer printed {} ms after queueing while another printer took 6 s",
                waited);

        await(Duration.ofSeconds(30), "the slow printer's jobs printed, in order",
                () -> job(slowSecond).status() == PrintJob.Status.PRINTED);
        assertThat(slow.received().stream().map(b -> new String(b, StandardCharsets.US_ASCII)))
                .containsExactly("JOB slow\n", "JOB slow-2\n");
    }

    @Test
    void theNightlyCleanUpDeletesPrintedAndCancelledJobsOlderThan30DaysAndKeepsTheRest() throws Exception {
        PrinterSimulator sim = simulator();
        sim.stop();
        Printer printer = printer(demoStore(), sim, false);
        printers.saveUnchecked(printers.find(printer.id()).orElseThrow().withActive(false)); // the worker stays away
        long oldPrinted = queue.enqueue(printer, PrintJob.Kind.TEST, "old printed", job("a"));
        long oldCancelled = queue.enqueue(printer, PrintJob.Kind.TEST, "old cancelled", job("b"));
        long oldFailed = queue.enqueue(printer, PrintJob.Kind.TEST, "old failed", job("c"));
        long oldQueued = queue.enqueue(printer, PrintJob.Kind.TEST, "old queued", job("d"));
        long newPrinted = queue.enqueue(printer, PrintJob.Kind.TEST, "new printed", job("e"));
        java.sql.Timestamp longAgo = java.sql.Timestamp.from(Instant.now(clock).minus(Duration.ofDays(31)));
        java.sql.Timestamp lastWeek = java.sql.Timestamp.from(Instant.now(clock).minus(Duration.ofDays(7)));
        setJob(oldPrinted, "PRINTED", longAgo);
        setJob(oldCancelled, "CANCELLED", longAgo);
        setJob(oldFailed, "FAILED", longAgo);
        setJob(oldQueued, "QUEUED", longAgo);
        setJob(newPrinted, "PRINTED", lastWeek);

        assertThat(cleanup.run()).isGreaterThanOrEqualTo(2);
        assertThat(queue.find(oldPrinted)).isEmpty();
        assertThat(queue.find(oldCancelled)).isEmpty();
        assertThat(queue.find(oldFailed)).as("failed jobs wait for staff").isPresent();
        assertThat(queue.find(oldQueued)).as("a waiting job is never deleted").isPresent();
        assertThat(queue.find(newPrinted)).isPresent();
        assertThat(cleanup.run()).as("nothing left to delete").isZero();
    }

    private void setJob(long id, String status, java.sql.Timestamp createdAt) {
        jdbc.sql("update print_job set status = ?, created_at = ? where id = ?").params(status, createdAt, id).update();
    }
}
