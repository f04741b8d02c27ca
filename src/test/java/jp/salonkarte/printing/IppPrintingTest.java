package jp.salonkarte.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import jp.salonkarte.IntegrationTest;

/**
 * Consent PDFs to a real IPP printer ({@code ippeveprinter}) through the same durable queue as
 * receipts: accepted and spooled byte for byte; refused by a printer that does not take PDF
 * (FAILED at once with a Japanese reason, no endless retry); kept queued while the printer is off
 * and printed when it is back; the IPP test page.
 */
@IntegrationTest
@WithUserDetails("staff@example.com")
class IppPrintingTest {

    @Autowired DocumentPrinting documents;
    @Autowired PrinterService printers;
    @Autowired PrintQueue queue;
    @Autowired JdbcClient jdbc;

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final List<Printer> created = new ArrayList<>();

    @BeforeEach
    void needsIppeveprinter() {
        IppEvePrinter.assumeInstalled();
    }

    @AfterEach
    void switchOff() throws Exception {
        for (Printer p : created) {
            printers.saveUnchecked(printers.find(p.id()).orElseThrow().withActive(false));
        }
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private IppEvePrinter ippPrinter(String formats) throws Exception {
        IppEvePrinter p = new IppEvePrinter(formats);
        toClose.add(p);
        return p;
    }

    private long newStore() {
        return jdbc.sql("""
                insert into store (name, opening_time, closing_time) values (?, '10:00', '19:00') returning id""")
                .param("IPPテスト店 " + UUID.randomUUID().toString().substring(0, 8)).query(Long.class).single();
    }

    private Printer documentPrinter(long storeId, String uri) {
        Printer p = printers.saveUnchecked(Printer.newDocumentPrinter(storeId, "事務所の複合機", uri, true));
        created.add(p);
        return p;
    }

    static byte[] pdf(String marker) {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj"
                + " 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% " + marker
                + "\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private PrintJob job(long id) {
        return queue.find(id).orElseThrow();
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

    @Test
    void aPdfForTheStoresDocumentPrinterIsAcceptedByTheIppPrinterByteForByte() throws Exception {
        IppEvePrinter ipp = ippPrinter("application/pdf");
        long storeId = newStore();
        assertThat(documents.hasDocumentPrinter(storeId)).isFalse();
        assertThat(documents.enqueuePdf(storeId, "同意書", pdf("none"))).as("no document printer yet").isEqualTo(-1);

        Printer printer = documentPrinter(storeId, ipp.uri());
        assertThat(printer.type()).isEqualTo(PrinterType.IPP);
        assertThat(documents.hasDocumentPrinter(storeId)).isTrue();
        byte[] consent = pdf("consent " + UUID.randomUUID());
        long id = documents.enqueuePdf(storeId, "同意書 カラー施術 山田 花子 様", consent);
        assertThat(job(id).kind()).isEqualTo(PrintJob.Kind.DOCUMENT);
        assertThat(job(id).printerName()).isEqualTo("事務所の複合機");

        await(Duration.ofSeconds(30), "document printed", () -> job(id).status() == PrintJob.Status.PRINTED);
        var spooled = ipp.awaitSpooled(1, Duration.ofSeconds(10));
        assertThat(spooled).hasSize(1);
        assertThat(spooled.get(0).getFileName().toString()).endsWith(".pdf");
        assertThat(Files.readAllBytes(spooled.get(0))).as("the PDF arrives unchanged").isEqualTo(consent);
        assertThat(ipp.log()).contains("Print-Job successful-ok");
        assertThat(job(id).attempts()).isEqualTo(1);
        assertThat(queue.recent(storeId, 10)).extracting(PrintJob::id).contains(id);
    }

    @Test
    void aPrinterThatDoesNotTakePdfFailsTheJobAtOnceWithAJapaneseReasonAndNoRetry() throws Exception {
        IppEvePrinter rasterOnly = ippPrinter("image/pwg-raster");
        long storeId = newStore();
        documentPrinter(storeId, rasterOnly.uri());
        long id = documents.enqueuePdf(storeId, "同意書", pdf("refused"));

        await(Duration.ofSeconds(30), "job failed", () -> job(id).status() == PrintJob.Status.FAILED);
        PrintJob failed = job(id);
        assertThat(failed.lastError()).contains("このプリンターはPDFを受け付けません")
                .contains("client-error-attributes-or-values-not-supported");
        Thread.sleep(2500); // several worker polls: a refused job is not tried again by itself
        assertThat(job(id).attempts()).isEqualTo(1);
        assertThat(job(id).status()).isEqualTo(PrintJob.Status.FAILED);
        assertThat(rasterOnly.spooled()).isEmpty();
        assertThat(rasterOnly.log()).contains("Unsupported document-format");
        assertThat(failed.canRetry()).as("staff can 再試行 after fixing the printer").isTrue();
    }

    @Test
    @WithUserDetails("owner@example.com")
    void anIppPrinterThatIsOffKeepsTheJobQueuedAndPrintsItOnceWhenItIsBack() throws Exception {
        int port = IppEvePrinter.freePort();
        long storeId = newStore();
        documentPrinter(storeId, "ipp://127.0.0.1:" + port + "/ipp/print");
        long id = documents.enqueuePdf(storeId, "同意書", pdf("later"));

        await(Duration.ofSeconds(20), "a failed attempt recorded", () -> {
            PrintJob j = job(id);
            return j.status() == PrintJob.Status.QUEUED && j.lastError() != null && j.lastError().contains("接続できません");
        });
        IppEvePrinter ipp = new IppEvePrinter("application/pdf", port); // switched on
        toClose.add(ipp);
        assertThat(queue.retry(id)).isTrue(); // or wait for the back-off
        await(Duration.ofSeconds(30), "printed", () -> job(id).status() == PrintJob.Status.PRINTED);
        Thread.sleep(1000);
        assertThat(ipp.spooled()).hasSize(1);
        assertThat(job(id).lastError()).isNull();
    }

    @Test
    @WithUserDetails("owner@example.com")
    void theTestPageOfAnIppPrinterIsAJapanesePdf() throws Exception {
        IppEvePrinter ipp = ippPrinter("application/pdf");
        long storeId = newStore();
        Printer printer = documentPrinter(storeId, ipp.uri());
        long id = printers.testPrint(printer.id());
        await(Duration.ofSeconds(30), "test page printed", () -> job(id).status() == PrintJob.Status.PRINTED);
        byte[] page = Files.readAllBytes(ipp.awaitSpooled(1, Duration.ofSeconds(10)).get(0));
        assertThat(new String(page, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(page, StandardCharsets.ISO_8859_1)).as("the Japanese font is embedded")
                .contains("FontFile2").contains("IPAexGothic");
    }

    @Test
    void somethingThatIsNotAPdfIsRefusedAndQueuesNothing() {
        long storeId = newStore();
        documentPrinter(storeId, "ipp://192.0.2.1/ipp/print");
        int before = queue.recent(storeId, 10).size();
        assertThatThrownBy(() -> documents.enqueuePdf(storeId, "同意書", "hello".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(queue.recent(storeId, 10)).hasSize(before);
    }
}
