package jp.salonkarte.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

import org.openpdf.text.pdf.PdfReader;

import jp.salonkarte.consent.pdf.ConsentDocument;
import jp.salonkarte.consent.pdf.ConsentPdfRenderer;
import jp.salonkarte.consent.pdf.ConsentPdfSamples;
import jp.salonkarte.consent.pdf.ConsentSealer;

/**
 * {@code bench/run consent-pdf}: one signed consent form end to end without app or database:
 * {@link ConsentPdfRenderer#render} of a realistic two-page eyelash-extension form (headings,
 * bullets, three check items, three answers, a 600x250 finger-signature PNG) and
 * {@link ConsentSealer#seal} with the store's key (created in the work directory during the
 * warm-up), one after the other on one thread, as the consent service does when the customer taps
 * 署名. Not a test: the name matches no surefire or failsafe pattern; see bench/README.md.
 *
 * <p>Prints exactly one line on stdout, {@code BENCH consent-pdf p95_ms=... size_kb=... p50_ms=...
 * render_p95_ms=... seal_p95_ms=... verify_p95_ms=... key_create_ms=... pages=... runs=...};
 * progress goes to stderr. Settings are system properties: {@code bench.work-dir} (required),
 * {@code bench.runs} (200), {@code bench.warmup} (50).
 */
public final class ConsentPdfBench {

    private ConsentPdfBench() {
    }

    public static void main(String[] args) {
        BenchMain.run(ConsentPdfBench::run);
    }

    private static String run() throws Exception {
        String workDir = System.getProperty("bench.work-dir");
        if (workDir == null || workDir.isBlank()) {
            throw new IllegalArgumentException("bench.work-dir is required");
        }
        int runs = Integer.getInteger("bench.runs", 200);
        int warmup = Integer.getInteger("bench.warmup", 50);
        Path keys = Path.of(workDir, "keys");
        ConsentSealer sealer = new ConsentSealer(keys, "bench-password", Clock.system(ZoneId.of("Asia/Tokyo")));
        byte[] signature = ConsentPdfSamples.signaturePng(600, 250, 20261124L);
        String store = ConsentPdfSamples.eyelashForm().storeName();

        // The first seal of a store creates its key (RSA 2048, PKCS#12): timed alone, not in the figures.
        long k0 = System.nanoTime();
        sealer.seal(1, store, ConsentPdfRenderer.render(ConsentPdfSamples.eyelashForm("CF-BENCH-KEY", signature)));
        double keyCreateMs = (System.nanoTime() - k0) / 1e6;
        if (!Files.isRegularFile(keys.resolve("store-1.p12"))) {
            throw new IllegalStateException("no key file in " + keys);
        }

        double[] total = new double[runs];
        double[] render = new double[runs];
        double[] seal = new double[runs];
        double[] verify = new double[runs];
        int size = 0;
        int pages = 0;
        for (int i = -warmup; i < runs; i++) {
            ConsentDocument doc = ConsentPdfSamples.eyelashForm(String.format(Locale.ROOT, "CF-20261124-%06d", i + warmup),
                    signature);
            long t0 = System.nanoTime();
            byte[] pdf = ConsentPdfRenderer.render(doc);
            long t1 = System.nanoTime();
            ConsentSealer.Sealed sealed = sealer.seal(1, store, pdf);
            long t2 = System.nanoTime();
            ConsentSealer.Verification v = sealer.verify(1, sealed.pdf());
            long t3 = System.nanoTime();
            if (!v.ok() || !v.signedByStoreKey()) {
                throw new IllegalStateException("sealed form does not verify: " + v.message());
            }
            if (i >= 0) {
                render[i] = (t1 - t0) / 1e6;
                seal[i] = (t2 - t1) / 1e6;
                total[i] = (t2 - t0) / 1e6;
                verify[i] = (t3 - t2) / 1e6;
                size = Math.max(size, sealed.pdf().length);
                if (i == 0) {
                    pages = new PdfReader(sealed.pdf()).getNumberOfPages();
                    Files.write(Path.of(workDir, "consent-sample.pdf"), sealed.pdf());
                }
            }
            if ((i + warmup + 1) % 50 == 0) {
                System.err.printf(Locale.ROOT, "consent-pdf: %d/%d (%s) last %.1f ms%n", i + warmup + 1, warmup + runs,
                        i < 0 ? "warm-up" : "measured", (t2 - t0) / 1e6);
            }
        }
        Arrays.sort(total);
        Arrays.sort(render);
        Arrays.sort(seal);
        Arrays.sort(verify);
        System.err.printf(Locale.ROOT, "consent-pdf: total min %.1f / p50 %.1f / p95 %.1f / max %.1f ms; "
                + "render p50 %.1f, seal p50 %.1f, verify p50 %.1f ms; largest file %d bytes, %d pages%n",
                total[0], BenchStats.percentile(total, 50), BenchStats.percentile(total, 95), total[runs - 1],
                BenchStats.percentile(render, 50), BenchStats.percentile(seal, 50),
                BenchStats.percentile(verify, 50), size, pages);
        return String.format(Locale.ROOT,
                "BENCH consent-pdf p95_ms=%.1f size_kb=%.0f p50_ms=%.1f render_p95_ms=%.1f seal_p95_ms=%.1f"
                        + " verify_p95_ms=%.1f key_create_ms=%.0f pages=%d runs=%d",
                BenchStats.percentile(total, 95), Math.ceil(size / 1024.0), BenchStats.percentile(total, 50),
                BenchStats.percentile(render, 95), BenchStats.percentile(seal, 95),
                BenchStats.percentile(verify, 95), keyCreateMs, pages, runs);
    }
}
