package jp.salonkarte.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

import jp.salonkarte.bench.KarteScreenProbe.Mode;
import jp.salonkarte.bench.KarteScreenProbe.Sample;
import jp.salonkarte.bench.KarteScreenProbe.Target;
import jp.salonkarte.e2e.BrowserSession;
import jp.salonkarte.e2e.Browsers;
import jp.salonkarte.e2e.pages.KartePage;
import jp.salonkarte.e2e.pages.LoginPage;
import jp.salonkarte.karte.photo.CameraPhotos;
import jp.salonkarte.karte.photo.PhotoService;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static jp.salonkarte.bench.BenchStats.median;

/**
 * {@code bench/run karte-screen}: how long an iPad-size headless Chromium (touch emulation,
 * 820 × 1180, the e2e tests' {@link Browsers} set-up) takes to show a karte whose newest visit has
 * the full 12 photos, and how many bytes that costs. Not a test: the name matches no surefire or
 * failsafe pattern, so {@code ./mvnw verify} never runs it; see bench/README.md.
 *
 * <p>Runs against an app that {@code bench/run} started (the packaged jar on a fresh data dir with
 * the embedded MariaDB and the demo salon): signs in as the demo owner, takes the first demo
 * customer with a visit, uploads twelve generated 12 MP camera-like JPEGs to the newest visit
 * through the karte's photo upload, one at a time, as staff do, and checks that the visit shows
 * twelve 300 × 400 thumbnails. Then, per run, it navigates from {@code about:blank} to
 * {@code /customers/karte/ID}: once with the browser cache cleared first ({@code cold}: signed in,
 * nothing cached) and once right after with the cache as that left it ({@code warm}). A script
 * installed before any page script runs ({@code Page.addScriptToEvaluateOnNewDocument}) notes
 * {@code performance.now()} (milliseconds since the navigation started) once all twelve
 * thumbnails are loaded ({@code complete}, {@code naturalWidth > 0}), decoded ({@code img.decode()})
 * and two animation frames later, i.e. painted. The bytes are the {@code transferSize} of the
 * navigation and every resource timing entry that ended by then (the Vaadin bootstrap JSON and
 * UIDL requests included); a response from the cache counts 0. The page side of one measurement
 * is {@link KarteScreenProbe}; the stderr report by kind of request, {@link KarteScreenBreakdown}.
 *
 * <p>Prints exactly one line on stdout,
 * {@code BENCH karte-screen ms=... kb=... thumbs_kb=... warm_ms=... warm_kb=... runs=... photos=12};
 * progress, checks and the byte breakdown by kind go to stderr. Settings are system properties:
 * {@code bench.base-url} and {@code bench.work-dir} (both required), {@code bench.runs},
 * {@code bench.warmup}, {@code bench.seed}.
 */
public final class KarteScreenBench {

    static final int PHOTOS = PhotoService.MAX_PER_VISIT;
    /** The generated photos, as stored: landscape with EXIF orientation 6, so upright 3000 × 4000. */
    private static final int PHOTO_WIDTH = 4000;
    private static final int PHOTO_HEIGHT = 3000;
    /** The thumbnail PhotoProcessor makes of an upright 3000 × 4000 photo. */
    static final String THUMBNAIL_SIZE = "300x400";
    private static final Duration UPLOAD_TIMEOUT = Duration.ofSeconds(120);

    private KarteScreenBench() {
    }

    public static void main(String[] args) {
        BenchMain.run(KarteScreenBench::run);
    }

    private static String run() throws Exception {
        String baseUrl = required("bench.base-url").replaceAll("/+$", "");
        Path work = Path.of(required("bench.work-dir"));
        int runs = Integer.getInteger("bench.runs", 10);
        int warmup = Integer.getInteger("bench.warmup", 3);
        long seed = Long.getLong("bench.seed", 20261123L);
        if (runs < 1 || warmup < 0) {
            throw new IllegalArgumentException("bench.runs must be at least 1 and bench.warmup at least 0");
        }

        List<Path> photos = photos(work.resolve("photos"), seed);
        try (BrowserSession session = Browsers.open(Browsers.CHROMIUM)) {
            try {
                return measure(session, baseUrl, photos, runs, warmup);
            } catch (RuntimeException | Error e) {
                session.screenshotQuietly("failure-karte-screen");
                throw e;
            }
        }
    }

    private static String measure(BrowserSession session, String baseUrl, List<Path> photos, int runs, int warmup) {
        WebDriver driver = session.driver();
        if (!(driver instanceof ChromiumDriver chromium)) {
            throw new IllegalStateException("needs Chromium (the DevTools protocol), got " + driver.getClass());
        }
        progress("browser: " + chromium.getCapabilities().getBrowserName() + " "
                + chromium.getCapabilities().getBrowserVersion() + ", iPad viewport " + Browsers.IPAD_WIDTH + " x "
                + Browsers.IPAD_HEIGHT + " with touch emulation");
        LoginPage.open(driver, baseUrl).loginAsDemoOwner();

        // The demo seeds 0-8 visits per customer and no photos: the first customer with a visit.
        long customerId = -1;
        long visitId = -1;
        KartePage karte = null;
        for (long id = 1; id <= 60 && visitId < 0; id++) {
            try {
                karte = KartePage.open(driver, baseUrl, id);
            } catch (TimeoutException e) {
                continue; // no such customer: the view forwards to the list
            }
            if (karte.visitCount() > 0) {
                customerId = id;
                visitId = karte.newestVisitId();
            }
        }
        if (visitId < 0) {
            throw new IllegalStateException("no demo customer with a visit among customers 1-60: is the demo salon"
                    + " there (log line 'Demo salon created')?");
        }
        progress("customer " + customerId + ", newest visit " + visitId + ": uploading " + photos.size()
                + " photos one at a time through the visit's photo upload");

        long uploadStart = System.nanoTime();
        for (int i = 0; i < photos.size(); i++) {
            karte.addPhotos(visitId, photos.get(i));
            awaitThumbnails(driver, visitId, i + 1);
        }
        List<String> sizes = awaitThumbnails(driver, visitId, photos.size());
        progress(String.format(Locale.ROOT, "uploaded in %.1f s; the visit shows %d thumbnails %s",
                (System.nanoTime() - uploadStart) / 1e9, sizes.size(), new TreeSet<>(sizes)));
        if (sizes.size() != PHOTOS || !sizes.stream().allMatch(THUMBNAIL_SIZE::equals)) {
            throw new IllegalStateException("expected " + PHOTOS + " thumbnails of " + THUMBNAIL_SIZE + ", got " + sizes);
        }

        Target target = new Target(baseUrl, customerId, visitId);
        KarteScreenProbe.install(chromium, target);

        progress("measuring " + target.url() + ": " + warmup + " warm-up + " + runs + " runs, each: cold (browser cache"
                + " cleared, then opened), warm (opened again, cache kept), in-app (cache cleared on the customer"
                + " screen, then its karte button tapped)");
        Map<Mode, List<Sample>> samples = new EnumMap<>(Mode.class);
        for (Mode mode : Mode.values()) {
            samples.put(mode, new ArrayList<>());
        }
        for (int i = 0; i < warmup + runs; i++) {
            boolean counted = i >= warmup;
            StringBuilder line = new StringBuilder(counted ? "run    " + (i - warmup + 1) : "warmup " + (i + 1));
            for (Mode mode : Mode.values()) {
                Sample sample = KarteScreenProbe.screen(chromium, target, mode);
                line.append(String.format(Locale.ROOT, " | %s %5.0f ms %6.1f kB (thumbnails %5.1f kB)",
                        mode.label, sample.ms(), sample.bytes() / 1e3, sample.thumbBytes() / 1e3));
                if (counted) {
                    samples.get(mode).add(sample);
                }
            }
            progress(line.toString());
        }

        for (Mode mode : Mode.values()) {
            KarteScreenBreakdown.print(mode.label, KarteScreenBreakdown.closestToMedian(samples.get(mode)));
        }
        for (Mode mode : Mode.values()) {
            List<Sample> list = samples.get(mode);
            progress(String.format(Locale.ROOT, "%-6s median %5.0f ms (min %.0f, max %.0f; thumbnails loaded at %.0f ms),"
                    + " %.1f kB of which thumbnails %.1f kB", mode.label, medianMs(list), min(list), max(list),
                    median(list.stream().mapToDouble(Sample::loadedMs).toArray()), medianKb(list),
                    median(list.stream().mapToDouble(x -> x.thumbBytes() / 1e3).toArray())));
        }
        List<Sample> cold = samples.get(Mode.COLD);
        return String.format(Locale.ROOT,
                "BENCH karte-screen ms=%.0f kb=%.0f thumbs_kb=%.0f warm_ms=%.0f warm_kb=%.0f app_ms=%.0f app_kb=%.0f"
                        + " runs=%d photos=%d",
                medianMs(cold), medianKb(cold), median(cold.stream().mapToDouble(x -> x.thumbBytes() / 1e3).toArray()),
                medianMs(samples.get(Mode.WARM)), medianKb(samples.get(Mode.WARM)),
                medianMs(samples.get(Mode.IN_APP)), medianKb(samples.get(Mode.IN_APP)), runs, PHOTOS);
    }

    /** Waits until the visit shows this many loaded thumbnails (one upload: decode, resize, store, re-render). */
    private static List<String> awaitThumbnails(WebDriver driver, long visitId, int count) {
        String selector = "img[id^=\"visit-thumb-" + visitId + "-\"]";
        WebDriverWait wait = new WebDriverWait(driver, UPLOAD_TIMEOUT, Duration.ofMillis(100));
        wait.withMessage(() -> count + " loaded thumbnails on visit " + visitId + " ("
                + ((JavascriptExecutor) driver).executeScript(KarteScreenProbe.DIAGNOSE, selector) + ")");
        return wait.until(d -> {
            @SuppressWarnings("unchecked")
            List<String> sizes = (List<String>) ((JavascriptExecutor) d).executeScript("""
                    return Array.from(document.querySelectorAll(arguments[0]))
                        .filter(i => i.complete && i.naturalWidth > 0)
                        .map(i => i.naturalWidth + 'x' + i.naturalHeight);""", selector);
            return sizes.size() == count ? sizes : null;
        });
    }

    /** Twelve different camera-like 12 MP JPEGs (~4 MB each), made in parallel from the seed. */
    private static List<Path> photos(Path dir, long seed) throws IOException {
        Files.createDirectories(dir);
        long start = System.nanoTime();
        List<Path> files = IntStream.range(0, PHOTOS).parallel().mapToObj(i -> {
            try {
                Path file = dir.resolve(String.format(Locale.ROOT, "photo-%02d.jpg", i + 1));
                Files.write(file, CameraPhotos.photo(PHOTO_WIDTH, PHOTO_HEIGHT, seed + i));
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        progress(String.format(Locale.ROOT, "made %d photos of %d x %d (EXIF orientation 6), %.1f MB in all,"
                + " in %.1f s", files.size(), PHOTO_WIDTH, PHOTO_HEIGHT, total / 1e6, (System.nanoTime() - start) / 1e9));
        return files;
    }

    private static double medianMs(List<Sample> samples) {
        return median(samples.stream().mapToDouble(Sample::ms).toArray());
    }

    private static double medianKb(List<Sample> samples) {
        return median(samples.stream().mapToDouble(x -> x.bytes() / 1e3).toArray());
    }

    private static double min(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::ms).min().orElse(0);
    }

    private static double max(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::ms).max().orElse(0);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(property + " is required");
        }
        return value;
    }

    static void progress(String message) {
        System.err.println("karte-screen: " + message);
    }
}
