package jp.salonkarte.consent.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;

class ConsentSealerTest {

    private static final String STORE = "ヘアサロン 桜 表参道店";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T05:05:00Z"), ZoneId.of("Asia/Tokyo"));
    private static final byte[] PDF = ConsentPdfRenderer.render(ConsentPdfSamples.eyelashForm());

    @TempDir
    Path keys;

    private ConsentSealer sealer() {
        return new ConsentSealer(keys, "test-password", CLOCK);
    }

    @Test
    void aSealedFormVerifiesAsSignedByTheStoreAndUnchanged() throws Exception {
        ConsentSealer sealer = sealer();
        ConsentSealer.Sealed sealed = sealer.seal(7, STORE, PDF);

        assertThat(sealed.sha256Hex()).isEqualTo(ConsentSealer.sha256Hex(sealed.pdf())).hasSize(64);
        assertThat(new String(sealed.pdf(), 0, PDF.length, StandardCharsets.ISO_8859_1))
                .as("the rendered bytes stay as they are, the signature is an incremental update")
                .isEqualTo(new String(PDF, StandardCharsets.ISO_8859_1));
        ConsentSealer.Verification v = sealer.verify(7, sealed.pdf());
        assertThat(v.signatureValid()).isTrue();
        assertThat(v.unmodified()).isTrue();
        assertThat(v.signedByStoreKey()).isTrue();
        assertThat(v.signerName()).isEqualTo(STORE);
        assertThat(v.message()).contains("有効", "2026/11/24 14:05");
        assertThat(openPdfVerifies(sealed.pdf())).as("OpenPDF's own PdfPKCS7 check agrees").isTrue();
    }

    @Test
    void pdfsigReportsTheSignatureAsValid(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sealed.pdf");
        Files.write(file, sealer().seal(7, STORE, PDF).pdf());
        String out = PopplerTools.run("pdfsig", file.toString());
        assertThat(out).contains("Signature Validation: Signature is Valid.", "Total document signed",
                "Signature Type: ETSI.CAdES.detached", "Signing Hash Algorithm: SHA-256", STORE);
    }

    @Test
    void oneChangedByteInTheSignedRangeIsReportedAsModified(@TempDir Path dir) throws Exception {
        ConsentSealer sealer = sealer();
        byte[] tampered = sealer.seal(7, STORE, PDF).pdf().clone();
        int at = middleOfLongestStream(tampered, PDF.length);
        tampered[at] ^= 0x01;

        ConsentSealer.Verification v = sealer.verify(7, tampered);
        assertThat(v.unmodified()).isFalse();
        assertThat(v.ok()).isFalse();
        assertThat(v.message()).contains("変更されています");
        assertThat(openPdfVerifies(tampered)).as("OpenPDF's own PdfPKCS7 check agrees").isFalse();

        Path file = dir.resolve("tampered.pdf");
        Files.write(file, tampered);
        String out = PopplerTools.run("pdfsig", file.toString());
        assertThat(out).contains("Signature Validation: Digest Mismatch.").doesNotContain("Signature is Valid");
    }

    @Test
    void aChangeAppendedAfterTheSignatureIsReported() throws Exception {
        ConsentSealer sealer = sealer();
        byte[] sealed = sealer.seal(7, STORE, PDF).pdf();
        PdfReader reader = new PdfReader(sealed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfStamper stamper = new PdfStamper(reader, out, null, true);
        Map<String, String> info = new HashMap<>();
        info.put("Title", "書き換えた同意書");
        stamper.setInfoDictionary(info);
        stamper.close();

        ConsentSealer.Verification v = sealer.verify(7, out.toByteArray());
        assertThat(v.signatureValid()).as("the signature itself is intact").isTrue();
        assertThat(v.unmodified()).isFalse();
        assertThat(v.message()).contains("変更が追加されています");
    }

    @Test
    void theKeyIsCreatedOnceKeptInItsOwnFileAndReusedAfterARestart() throws Exception {
        ConsentSealer first = sealer();
        X509Certificate cert = signer(first.seal(3, STORE, PDF).pdf());
        Path file = keys.resolve("store-3.p12");
        assertThat(file).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(cert.getSubjectX500Principal().getName()).contains("CN=" + STORE, "O=Salon Karte");
        assertThat(cert.getNotAfter().toInstant()).isAfter(CLOCK.instant().plusSeconds(3650L * 24 * 3600 - 2 * 86400));
        long modified = Files.getLastModifiedTime(file).toMillis();

        assertThat(signer(first.seal(3, STORE, PDF).pdf())).isEqualTo(cert);
        ConsentSealer restarted = sealer();
        assertThat(signer(restarted.seal(3, STORE, PDF).pdf())).isEqualTo(cert);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
        assertThat(signer(restarted.seal(4, "別の店", PDF).pdf())).as("another store, another key").isNotEqualTo(cert);
    }

    @Test
    void twoFirstSealsAtOnceCreateOneKey() throws Exception {
        // Two app nodes (two sealers on one directory), two threads each, all sealing for a new store.
        List<ConsentSealer> nodes = List.of(sealer(), sealer());
        int threads = 4;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                ConsentSealer node = nodes.get(i % 2);
                Callable<byte[]> seal = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return node.seal(9, STORE, PDF).pdf();
                };
                results.add(pool.submit(seal));
            }
            List<X509Certificate> certs = new ArrayList<>();
            for (Future<byte[]> r : results) {
                certs.add(signer(r.get(60, TimeUnit.SECONDS)));
            }
            assertThat(certs).allMatch(c -> c.equals(certs.get(0)));
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.list(keys)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".p12")))
                    .containsExactly("store-9.p12");
        }
    }

    @Test
    void afterTheKeyFileIsLostOldFormsStillVerifyAndANewKeyIsMade() throws Exception {
        ConsentSealer.Sealed old = sealer().seal(5, STORE, PDF);
        X509Certificate oldCert = signer(old.pdf());
        Files.delete(keys.resolve("store-5.p12"));

        ConsentSealer restarted = sealer();
        ConsentSealer.Verification before = restarted.verify(5, old.pdf());
        assertThat(before.ok()).isTrue();
        assertThat(before.signedByStoreKey()).as("no key yet").isFalse();

        X509Certificate newCert = signer(restarted.seal(5, STORE, PDF).pdf());
        assertThat(newCert).isNotEqualTo(oldCert);
        ConsentSealer.Verification after = restarted.verify(5, old.pdf());
        assertThat(after.signatureValid()).isTrue();
        assertThat(after.unmodified()).isTrue();
        assertThat(after.signedByStoreKey()).isFalse();
        assertThat(after.message()).contains("SHA-256");
        assertThat(ConsentSealer.sha256Hex(old.pdf())).isEqualTo(old.sha256Hex());
    }

    @Test
    void badInputGetsAClearMessageInsteadOfAnException() {
        ConsentSealer sealer = sealer();
        assertThat(sealer.verify(7, new byte[0]).message()).contains("空");
        assertThat(sealer.verify(7, "%PDF-1.4 nonsense".getBytes(StandardCharsets.US_ASCII)))
                .satisfies(v -> assertThat(v.ok()).isFalse())
                .satisfies(v -> assertThat(v.message()).contains("読み込めません"));
        ConsentSealer.Verification unsigned = sealer.verify(7, PDF);
        assertThat(unsigned.signatureValid()).isFalse();
        assertThat(unsigned.message()).contains("電子署名がありません");
        byte[] truncated = java.util.Arrays.copyOf(sealer.seal(7, STORE, PDF).pdf(), PDF.length + 100);
        assertThat(sealer.verify(7, truncated).ok()).isFalse();
    }

    @Test
    void theDefaultPasswordIsUsedWhenNoneIsConfigured() {
        ConsentSealer withDefault = new ConsentSealer(keys, "", CLOCK);
        byte[] sealed = withDefault.seal(1, STORE, PDF).pdf();
        assertThat(new ConsentSealer(keys, ConsentSealer.DEFAULT_PASSWORD, CLOCK).verify(1, sealed).signedByStoreKey())
                .isTrue();
    }

    private static boolean openPdfVerifies(byte[] sealed) throws Exception {
        var fields = new PdfReader(sealed).getAcroFields();
        return fields.verifySignature(fields.getSignedFieldNames().get(0)).verify();
    }

    private static X509Certificate signer(byte[] sealed) throws Exception {
        PdfReader reader = new PdfReader(sealed);
        var fields = reader.getAcroFields();
        return fields.verifySignature(fields.getSignedFieldNames().get(0)).getSigningCertificate();
    }

    /** An offset in the middle of the largest stream (the font) before {@code limit}: changing it keeps the file parseable. */
    static int middleOfLongestStream(byte[] pdf, int limit) {
        String s = new String(pdf, 0, limit, StandardCharsets.ISO_8859_1);
        int best = -1;
        int bestLength = 0;
        int from = 0;
        while (true) {
            int start = s.indexOf("stream\n", from);
            if (start < 0) {
                break;
            }
            int end = s.indexOf("endstream", start);
            if (end < 0) {
                break;
            }
            if (end - start > bestLength && !s.startsWith("end", start - 3)) {
                best = start + 7;
                bestLength = end - best;
            }
            from = end + 9;
        }
        assertThat(best).isPositive();
        return best + bestLength / 2;
    }
}
