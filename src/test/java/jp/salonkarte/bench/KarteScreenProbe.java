package jp.salonkarte.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.salonkarte.e2e.Browsers;
import jp.salonkarte.e2e.pages.VaadinPage;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static jp.salonkarte.bench.KarteScreenBench.PHOTOS;
import static jp.salonkarte.bench.KarteScreenBench.THUMBNAIL_SIZE;
import static jp.salonkarte.bench.KarteScreenBench.progress;

/**
 * One measurement of the karte screen for {@link KarteScreenBench}, in the page: the probe script
 * that notes when the twelve thumbnails are painted, the three ways to the karte ({@link Mode}),
 * and the checks of what the page reports (sizes, resource timing entries, cache use) before
 * it becomes a {@link Sample}.
 */
final class KarteScreenProbe {

    private static final Duration SCREEN_TIMEOUT = Duration.ofSeconds(60);

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
    static final String DIAGNOSE = """
            const imgs = Array.from(document.querySelectorAll(arguments[0]));
            return location.pathname + ': ' + imgs.length + ' thumbnails, loaded: '
                + imgs.filter(i => i.complete && i.naturalWidth > 0).length
                + (window.__karteBench ? '' : ', probe not installed on this page');
            """;

    private KarteScreenProbe() {
    }

    /** Installs the probe on every new document of the target's karte, before any page script runs. */
    static void install(ChromiumDriver chromium, Target target) {
        chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", String.format(
                Locale.ROOT, NEW_DOCUMENT_PROBE, jsString(target.path()), PROBE_FUNCTION, jsString(target.selector()),
                PHOTOS)));
    }

    /** How the karte is reached in one measurement. */
    enum Mode {
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
    record Target(String baseUrl, long customerId, long visitId) {
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
    private static final class CustomerScreen extends VaadinPage {
        CustomerScreen(WebDriver driver) {
            super(driver);
        }

        WebElement karteButton() {
            WebElement button = byId("customer-karte");
            waitForVaadin();
            return button;
        }
    }

    /** One measurement of the karte, checked: twelve 300 × 400 thumbnails shown, each with its timing entry. */
    static Sample screen(ChromiumDriver driver, Target target, Mode mode) {
        String probe = "__karteBench";
        if (mode == Mode.IN_APP) {
            driver.get(target.baseUrl() + "/customers/edit/" + target.customerId());
            WebElement button = new CustomerScreen(driver).karteButton();
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

    record Entry(String name, String type, double start, double end, long transfer, long encoded,
            long decoded) {
    }

    /** One navigation: ms until painted, when the thumbnails had loaded, bytes counted and which were thumbnails. */
    record Sample(double ms, double loadedMs, long bytes, long thumbBytes, List<Entry> entries,
            List<Entry> later, Set<String> thumbSrcs) {
    }

    /** A single-quoted JavaScript string literal. */
    private static String jsString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static Number num(Object o) {
        if (o instanceof Number n) {
            return n;
        }
        throw new IllegalStateException("expected a number from the page, got " + o);
    }
}
