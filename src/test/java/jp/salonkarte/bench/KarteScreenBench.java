package jp.salonkarte.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import jp.salonkarte.e2e.BrowserSession;
import jp.salonkarte.e2e.Browsers;
import jp.salonkarte.e2e.pages.KartePage;
import jp.salonkarte.e2e.pages.LoginPage;
import jp.salonkarte.karte.photo.PhotoIngestBench;
import jp.salonkarte.karte.photo.PhotoService;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

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
 * UIDL requests included); a response from the cache counts 0.
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
    private static final String THUMBNAIL_SIZE = "300x400";
    private static final Duration SCREEN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration UPLOAD_TIMEOUT = Duration.ofSeconds(120);

    /**
     * {@code probe(name, selector, want, origin)}: watches the page and records in
     * {@code window[name]} when the {@code want} thumbnails matching {@code selector} are all loaded
     * ({@code complete}, {@code naturalWidth > 0}), then decoded ({@code img.decode()}), then two
     * animation frames later, i.e. painted; or the first thumbnail that failed to load. Times are
     * {@code performance.now()}, i.e. ms since the document's navigation started; {@code origin}
     * is when the measurement started (0 for a navigation, the tap for an in-app one).
     */
    private static final String PROBE_FUNCTION = """
            function (name, selector, want, origin) {
              try { performance.setResourceTimingBufferSize(5000); } catch (e) { }
              const state = window[name] = {origin: origin, done: null, loaded: null, error: null, thumbs: null};
              let fired = false;
              const check = () => {
                if (fired) { return; }
                const imgs = Array.from(document.querySelectorAll(selector));
                if (imgs.length < want || !imgs.every(i => i.complete && i.naturalWidth > 0)) { return; }
                fired = true;
                state.loaded = performance.now();
                Promise.all(imgs.map(i => i.decode().catch(() => null))).then(() => {
                  requestAnimationFrame(() => requestAnimationFrame(() => {
                    state.done = performance.now();
                    state.thumbs = imgs.map(i => {
                      const r = i.getBoundingClientRect();
                      return {id: i.id, src: i.currentSrc, width: i.naturalWidth, height: i.naturalHeight,
                              shownWidth: r.width, shownHeight: r.height,
                              inViewport: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth};
                    });
                  }));
                });
              };
              document.addEventListener('load', check, true);
              document.addEventListener('error', e => {
                const t = e.target;
                if (!state.error && t && t.matches && t.matches(selector)) {
                  state.error = 'thumbnail ' + t.id + ' failed to load: ' + t.currentSrc;
                }
              }, true);
              new MutationObserver(check).observe(document,
                  {subtree: true, childList: true, attributes: true, attributeFilter: ['src']});
              check();
            }""";

    /** Installed on every new document before any page script; active only on the karte being measured. */
    private static final String NEW_DOCUMENT_PROBE = """
            if (location.pathname === %s) {
              (%s)('__karteBench', %s, %d, 0);
            }""";

    /** In-app: the probe from now on, then a tap on the customer screen's karte button (arguments[3]). */
    private static final String TAP_PROBE = "(" + PROBE_FUNCTION + ")(arguments[0], arguments[1], arguments[2],"
            + " performance.now());\narguments[3].click();";

    /** Everything the page knows once the probe {@code arguments[0]} is done: its result and the timing entries. */
    private static final String RESULT = """
            const s = window[arguments[0]];
            if (!s || (s.done === null && !s.error)) { return null; }
            const entry = (e, type) => ({name: e.name, type: type, start: e.startTime, end: e.responseEnd,
                transfer: e.transferSize, encoded: e.encodedBodySize, decoded: e.decodedBodySize});
            const nav = performance.getEntriesByType('navigation').map(e => entry(e, 'navigation'));
            const res = performance.getEntriesByType('resource').map(e => entry(e, e.initiatorType));
            return {origin: s.origin, done: s.done, loaded: s.loaded, error: s.error, thumbs: s.thumbs,
                    path: location.pathname, entries: nav.concat(res)};
            """;

    /** What the page shows while we wait in vain: for the failure message. */
    private static final String DIAGNOSE = """
            const imgs = Array.from(document.querySelectorAll(arguments[0]));
            return location.pathname + ': ' + imgs.length + ' thumbnails, loaded: '
                + imgs.filter(i => i.complete && i.naturalWidth > 0).length
                + (window.__karteBench ? '' : ', probe not installed on this page');
            """;

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
        String path = "/customers/karte/" + customerId;
        String url = baseUrl + path;
        progress("customer " + customerId + ", newest visit " + visitId + ": uploading " + photos.size()
                + " photos one at a time through the visit's photo upload");

        long uploadStart = System.nanoTime();
        for (int i = 0; i < photos.size(); i++) {
            karte.addPhotos(visitId, photos.get(i));
            awaitThumbnails(driver, visitId, i + 1);
        }
        List<String> sizes = awaitThumbnails(driver, visitId, photos.size());
        progress(String.format(Locale.ROOT, "uploaded in %.1f s; the visit shows %d thumbnails %s",
                (System.nanoTime() - uploadStart) / 1e9, sizes.size(), new java.util.TreeSet<>(sizes)));
        if (sizes.size() != PHOTOS || !sizes.stream().allMatch(THUMBNAIL_SIZE::equals)) {
            throw new IllegalStateException("expected " + PHOTOS + " thumbnails of " + THUMBNAIL_SIZE + ", got " + sizes);
        }

        Target target = new Target(baseUrl, customerId, visitId);
        chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", String.format(
                Locale.ROOT, NEW_DOCUMENT_PROBE, jsString(path), PROBE_FUNCTION, jsString(target.selector()), PHOTOS)));

        progress("measuring " + url + ": " + warmup + " warm-up + " + runs + " runs, each: cold (browser cache"
                + " cleared, then opened), warm (opened again, cache kept), in-app (cache cleared on the customer"
                + " screen, then its karte button tapped)");
        Map<Mode, List<Sample>> samples = new java.util.EnumMap<>(Mode.class);
        for (Mode mode : Mode.values()) {
            samples.put(mode, new ArrayList<>());
        }
        for (int i = 0; i < warmup + runs; i++) {
            boolean counted = i >= warmup;
            StringBuilder line = new StringBuilder(counted ? "run    " + (i - warmup + 1) : "warmup " + (i + 1));
            for (Mode mode : Mode.values()) {
                Sample sample = screen(chromium, target, mode);
                line.append(String.format(Locale.ROOT, " | %s %5.0f ms %6.1f kB (thumbnails %5.1f kB)",
                        mode.label, sample.ms, sample.bytes / 1e3, sample.thumbBytes / 1e3));
                if (counted) {
                    samples.get(mode).add(sample);
                }
            }
            progress(line.toString());
        }

        for (Mode mode : Mode.values()) {
            breakdown(mode.label, closestToMedian(samples.get(mode)));
        }
        for (Mode mode : Mode.values()) {
            List<Sample> list = samples.get(mode);
            progress(String.format(Locale.ROOT, "%-6s median %5.0f ms (min %.0f, max %.0f; thumbnails loaded at %.0f ms),"
                    + " %.1f kB of which thumbnails %.1f kB", mode.label, medianMs(list), min(list), max(list),
                    median(list.stream().mapToDouble(Sample::loadedMs).toArray()), medianKb(list),
                    median(list.stream().mapToDouble(x -> x.thumbBytes / 1e3).toArray())));
        }
        List<Sample> cold = samples.get(Mode.COLD);
        return String.format(Locale.ROOT,
                "BENCH karte-screen ms=%.0f kb=%.0f thumbs_kb=%.0f warm_ms=%.0f warm_kb=%.0f app_ms=%.0f app_kb=%.0f"
                        + " runs=%d photos=%d",
                medianMs(cold), medianKb(cold), median(cold.stream().mapToDouble(x -> x.thumbBytes / 1e3).toArray()),
                medianMs(samples.get(Mode.WARM)), medianKb(samples.get(Mode.WARM)),
                medianMs(samples.get(Mode.IN_APP)), medianKb(samples.get(Mode.IN_APP)), runs, PHOTOS);
    }

    /** How the karte is reached in one measurement. */
    private enum Mode {
        /** Opened by its URL with the browser cache cleared: signed in, nothing cached. */
        COLD("cold"),
        /** Opened by its URL again, the cache as the cold run left it. */
        WARM("warm"),
        /** From the customer's screen (already shown), cache cleared, a tap on its karte button. */
        IN_APP("in-app");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    /** The karte measured: a demo customer whose newest visit has the twelve photos. */
    private record Target(String baseUrl, long customerId, long visitId) {
        String path() {
            return "/customers/karte/" + customerId;
        }

        String url() {
            return baseUrl + path();
        }

        String selector() {
            return "img[id^=\"visit-thumb-" + visitId + "-\"]";
        }
    }

    /** The customer screen with its karte button, for the in-app way to the karte. */
    private static final class CustomerScreen extends jp.salonkarte.e2e.pages.VaadinPage {
        CustomerScreen(WebDriver driver) {
            super(driver);
        }

        org.openqa.selenium.WebElement karteButton() {
            org.openqa.selenium.WebElement button = byId("customer-karte");
            waitForVaadin();
            return button;
        }
    }

    /** One measurement of the karte, checked: twelve 300 × 400 thumbnails shown, each with its timing entry. */
    private static Sample screen(ChromiumDriver driver, Target target, Mode mode) {
        String probe = "__karteBench";
        if (mode == Mode.IN_APP) {
            driver.get(target.baseUrl() + "/customers/edit/" + target.customerId());
            org.openqa.selenium.WebElement button = new CustomerScreen(driver).karteButton();
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            probe = "__karteTap";
            driver.executeScript(TAP_PROBE, probe, target.selector(), PHOTOS, button);
        } else {
            driver.get("about:blank");
            if (mode == Mode.COLD) {
                driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            }
            driver.get(target.url());
        }
        String name = probe;
        Map<String, Object> result;
        try {
            result = new WebDriverWait(driver, SCREEN_TIMEOUT, Duration.ofMillis(20)).until(d -> result(d, name));
        } catch (TimeoutException e) {
            Object state = driver.executeScript(DIAGNOSE, target.selector());
            throw new IllegalStateException("the karte did not show " + PHOTOS + " loaded thumbnails within "
                    + SCREEN_TIMEOUT.toSeconds() + " s (" + mode.label + "; " + state + ")", e);
        }
        String path = target.path();
        boolean cold = mode != Mode.WARM;
        if (!path.equals(result.get("path"))) {
            throw new IllegalStateException("ended up at " + result.get("path") + " instead of " + path
                    + " (signed out?)");
        }
        if (result.get("error") != null) {
            throw new IllegalStateException(String.valueOf(result.get("error")));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> thumbs = (List<Map<String, Object>>) result.get("thumbs");
        Set<String> thumbSrcs = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int outside = 0;
        for (Map<String, Object> t : thumbs) {
            String size = num(t.get("width")).intValue() + "x" + num(t.get("height")).intValue();
            if (!THUMBNAIL_SIZE.equals(size)) {
                problems.add(t.get("id") + " is " + size);
            }
            if (num(t.get("shownWidth")).doubleValue() <= 0 || num(t.get("shownHeight")).doubleValue() <= 0) {
                problems.add(t.get("id") + " is not rendered (zero size)");
            }
            if (!Boolean.TRUE.equals(t.get("inViewport"))) {
                outside++;
            }
            thumbSrcs.add(String.valueOf(t.get("src")));
        }
        if (thumbs.size() != PHOTOS || thumbSrcs.size() != PHOTOS) {
            problems.add(thumbs.size() + " thumbnails with " + thumbSrcs.size() + " different URLs, expected " + PHOTOS);
        }
        if (outside > 0) {
            progress("note: " + outside + " of the thumbnails are outside the " + Browsers.IPAD_WIDTH + " x "
                    + Browsers.IPAD_HEIGHT + " viewport");
        }

        double origin = num(result.get("origin")).doubleValue();
        double done = num(result.get("done")).doubleValue();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> all = (List<Map<String, Object>>) result.get("entries");
        List<Entry> entries = new ArrayList<>();
        List<Entry> later = new ArrayList<>();
        for (Map<String, Object> m : all) {
            Entry e = new Entry(String.valueOf(m.get("name")), String.valueOf(m.get("type")),
                    num(m.get("start")).doubleValue(), num(m.get("end")).doubleValue(),
                    num(m.get("transfer")).longValue(), num(m.get("encoded")).longValue(),
                    num(m.get("decoded")).longValue());
            if (e.start >= origin) { // in-app: what the tap caused, not the customer screen's own loading
                (e.end <= done ? entries : later).add(new Entry(e.name, e.type, e.start - origin, e.end - origin,
                        e.transfer, e.encoded, e.decoded));
            }
        }
        long bytes = entries.stream().mapToLong(Entry::transfer).sum();
        List<Entry> thumbEntries = entries.stream().filter(e -> thumbSrcs.contains(e.name)).toList();
        long thumbBytes = thumbEntries.stream().mapToLong(Entry::transfer).sum();
        Set<String> timed = new HashSet<>(thumbEntries.stream().map(Entry::name).toList());
        if (!timed.containsAll(thumbSrcs)) {
            problems.add("only " + timed.size() + " of the " + PHOTOS + " thumbnails have a resource timing entry");
        }
        if (mode != Mode.IN_APP && entries.stream().noneMatch(e -> "navigation".equals(e.type))) {
            problems.add("no navigation timing entry");
        }
        if (entries.stream().noneMatch(e -> e.name.contains("v-r="))) {
            problems.add("no Vaadin server request (v-r=init/uidl) among the resource timing entries");
        }
        if (cold) {
            // Cleared cache: every thumbnail must have come over the network.
            List<String> cached = thumbEntries.stream().filter(e -> e.transfer == 0).map(Entry::name).toList();
            if (!cached.isEmpty()) {
                problems.add("cold run, but " + cached.size() + " thumbnails came from the cache: " + cached);
            }
            List<String> otherCached = entries.stream()
                    .filter(e -> e.transfer == 0 && e.decoded > 0 && e.name.startsWith("http")).map(Entry::name).toList();
            if (!otherCached.isEmpty()) {
                progress("note: cold run, but from the cache: " + otherCached);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(mode.label + " karte screen: " + String.join("; ", problems));
        }
        return new Sample(done - origin, num(result.get("loaded")).doubleValue() - origin, bytes, thumbBytes, entries,
                later, thumbSrcs);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(WebDriver driver, String probe) {
        Object r = ((JavascriptExecutor) driver).executeScript(RESULT, probe);
        return r instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    /** Waits until the visit shows this many loaded thumbnails (one upload: decode, resize, store, re-render). */
    private static List<String> awaitThumbnails(WebDriver driver, long visitId, int count) {
        String selector = "img[id^=\"visit-thumb-" + visitId + "-\"]";
        WebDriverWait wait = new WebDriverWait(driver, UPLOAD_TIMEOUT, Duration.ofMillis(100));
        wait.withMessage(() -> count + " loaded thumbnails on visit " + visitId + " ("
                + ((JavascriptExecutor) driver).executeScript(DIAGNOSE, selector) + ")");
        return wait.until(d -> {
            @SuppressWarnings("unchecked")
            List<String> sizes = (List<String>) ((JavascriptExecutor) d).executeScript("""
                    return Array.from(document.querySelectorAll(arguments[0]))
                        .filter(i => i.complete && i.naturalWidth > 0)
                        .map(i => i.naturalWidth + 'x' + i.naturalHeight);""", selector);
            return sizes.size() == count ? sizes : null;
        });
    }

    /** Where the bytes and the time of one run go, by kind of request, on stderr. */
    private static void breakdown(String label, Sample s) {
        Map<String, double[]> kinds = new LinkedHashMap<>();
        for (String kind : List.of("document", "javascript", "css", "vaadin-json", "thumbnails", "fonts", "images",
                "other")) {
            kinds.put(kind, new double[] {0, 0, 0, Double.MAX_VALUE, 0});
        }
        for (Entry e : s.entries) {
            double[] k = kinds.get(kind(e, s.thumbSrcs));
            k[0]++;
            k[1] += e.transfer;
            k[2] += e.decoded;
            k[3] = Math.min(k[3], e.start);
            k[4] = Math.max(k[4], e.end);
        }
        progress(String.format(Locale.ROOT, "%s: the run closest to the median (%.0f ms, %.1f kB; thumbnails all loaded"
                + " at %.0f ms), by kind of request:", label, s.ms, s.bytes / 1e3, s.loadedMs));
        progress("  kind         requests  transferred      decoded   first start  last end");
        for (var k : kinds.entrySet()) {
            double[] v = k.getValue();
            if (v[0] > 0) {
                progress(String.format(Locale.ROOT, "  %-12s %8.0f %9.1f kB %9.1f kB %8.0f ms %6.0f ms", k.getKey(),
                        v[0], v[1] / 1e3, v[2] / 1e3, v[3], v[4]));
            }
        }
        List<Entry> vaadin = s.entries.stream().filter(e -> e.name.contains("v-r=")).toList();
        progress("  Vaadin server requests (start-end ms, transferred): " + vaadin.stream()
                .map(e -> String.format(Locale.ROOT, "%s %.0f-%.0f %.1f kB",
                        e.name.replaceFirst(".*v-r=([a-z]+).*", "$1"), e.start, e.end, e.transfer / 1e3)).toList());
        List<Entry> biggest = new ArrayList<>(s.entries);
        biggest.sort((a, b) -> Long.compare(b.transfer, a.transfer));
        progress("  largest transfers:");
        for (Entry e : biggest.subList(0, Math.min(5, biggest.size()))) {
            String name = shortName(e.name);
            progress(String.format(Locale.ROOT, "    %8.1f kB (%8.1f kB decoded) %5.0f-%5.0f ms  %s", e.transfer / 1e3,
                    e.decoded / 1e3, e.start, e.end, name.length() > 90 ? name.substring(0, 90) + "…" : name));
        }
        if (!s.later.isEmpty()) {
            progress("  not counted, ended after the thumbnails were painted: " + s.later.stream()
                    .map(e -> shortName(e.name).replaceFirst("\\?.{40,}", "?…") + " (" + e.transfer + " B)").toList());
        }
    }

    private static String kind(Entry e, Set<String> thumbSrcs) {
        String path = URI.create(e.name.replace(" ", "%20")).getPath();
        path = path == null ? "" : path;
        if ("navigation".equals(e.type)) {
            return "document";
        } else if (thumbSrcs.contains(e.name)) {
            return "thumbnails";
        } else if (e.name.contains("v-r=")) {
            return "vaadin-json";
        } else if (path.endsWith(".js") || path.endsWith(".mjs")) {
            return "javascript";
        } else if (path.endsWith(".css")) {
            return "css";
        } else if (path.matches(".*\\.(woff2?|ttf|otf)$")) {
            return "fonts";
        } else if ("img".equals(e.type) || path.matches(".*\\.(png|jpe?g|svg|gif|webp|ico)$")) {
            return "images";
        }
        return "other";
    }

    private static String shortName(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    /** Twelve different camera-like 12 MP JPEGs (~4 MB each), made in parallel from the seed. */
    private static List<Path> photos(Path dir, long seed) throws IOException {
        Files.createDirectories(dir);
        long start = System.nanoTime();
        List<Path> files = IntStream.range(0, PHOTOS).parallel().mapToObj(i -> {
            try {
                Path file = dir.resolve(String.format(Locale.ROOT, "photo-%02d.jpg", i + 1));
                Files.write(file, PhotoIngestBench.photo(PHOTO_WIDTH, PHOTO_HEIGHT, seed + i));
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

    private record Entry(String name, String type, double start, double end, long transfer, long encoded,
            long decoded) {
    }

    /** One navigation: ms until painted, when the thumbnails had loaded, bytes counted and which were thumbnails. */
    private record Sample(double ms, double loadedMs, long bytes, long thumbBytes, List<Entry> entries,
            List<Entry> later, Set<String> thumbSrcs) {
    }

    private static Sample closestToMedian(List<Sample> samples) {
        double m = median(samples.stream().mapToDouble(Sample::ms).toArray());
        return samples.stream().min((a, b) -> Double.compare(Math.abs(a.ms - m), Math.abs(b.ms - m))).orElseThrow();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double medianMs(List<Sample> samples) {
        return median(samples.stream().mapToDouble(Sample::ms).toArray());
    }

    private static double medianKb(List<Sample> samples) {
        return median(samples.stream().mapToDouble(x -> x.bytes / 1e3).toArray());
    }

    /** A single-quoted JavaScript string literal. */
    private static String jsString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static double min(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::ms).min().orElse(0);
    }

    private static double max(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::ms).max().orElse(0);
    }

    private static Number num(Object o) {
        if (o instanceof Number n) {
            return n;
        }
        throw new IllegalStateException("expected a number from the page, got " + o);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(property + " is required");
        }
        return value;
    }

    private static void progress(String message) {
        System.err.println("karte-screen: " + message);
    }
}
