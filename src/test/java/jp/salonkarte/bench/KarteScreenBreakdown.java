package jp.salonkarte.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.salonkarte.bench.KarteScreenProbe.Entry;
import jp.salonkarte.bench.KarteScreenProbe.Sample;

import static jp.salonkarte.bench.BenchStats.median;
import static jp.salonkarte.bench.KarteScreenBench.progress;

/**
 * Where the bytes and the time of a karte-screen run go, on stderr: for the run closest to the
 * median, the requests by kind (document, JavaScript, Vaadin JSON, thumbnails, ...), the Vaadin
 * server requests, the largest transfers and what ended only after the thumbnails were painted.
 */
final class KarteScreenBreakdown {

    private KarteScreenBreakdown() {
    }

    /** Where the bytes and the time of one run go, by kind of request, on stderr. */
    static void print(String label, Sample s) {
        Map<String, double[]> kinds = new LinkedHashMap<>();
        for (String kind : List.of("document", "javascript", "css", "vaadin-json", "thumbnails", "fonts", "images",
                "other")) {
            kinds.put(kind, new double[] {0, 0, 0, Double.MAX_VALUE, 0});
        }
        for (Entry e : s.entries()) {
            double[] k = kinds.get(kind(e, s.thumbSrcs()));
            k[0]++;
            k[1] += e.transfer();
            k[2] += e.decoded();
            k[3] = Math.min(k[3], e.start());
            k[4] = Math.max(k[4], e.end());
        }
        progress(String.format(Locale.ROOT, "%s: the run closest to the median (%.0f ms, %.1f kB; thumbnails all loaded"
                + " at %.0f ms), by kind of request:", label, s.ms(), s.bytes() / 1e3, s.loadedMs()));
        progress("  kind         requests  transferred      decoded   first start  last end");
        for (var k : kinds.entrySet()) {
            double[] v = k.getValue();
            if (v[0] > 0) {
                progress(String.format(Locale.ROOT, "  %-12s %8.0f %9.1f kB %9.1f kB %8.0f ms %6.0f ms", k.getKey(),
                        v[0], v[1] / 1e3, v[2] / 1e3, v[3], v[4]));
            }
        }
        List<Entry> vaadin = s.entries().stream().filter(e -> e.name().contains("v-r=")).toList();
        progress("  Vaadin server requests (start-end ms, transferred): " + vaadin.stream()
                .map(e -> String.format(Locale.ROOT, "%s %.0f-%.0f %.1f kB",
                        e.name().replaceFirst(".*v-r=([a-z]+).*", "$1"), e.start(), e.end(), e.transfer() / 1e3)).toList());
        List<Entry> biggest = new ArrayList<>(s.entries());
        biggest.sort((a, b) -> Long.compare(b.transfer(), a.transfer()));
        progress("  largest transfers:");
        for (Entry e : biggest.subList(0, Math.min(5, biggest.size()))) {
            String name = shortName(e.name());
            progress(String.format(Locale.ROOT, "    %8.1f kB (%8.1f kB decoded) %5.0f-%5.0f ms  %s", e.transfer() / 1e3,
                    e.decoded() / 1e3, e.start(), e.end(), name.length() > 90 ? name.substring(0, 90) + "…" : name));
        }
        if (!s.later().isEmpty()) {
            progress("  not counted, ended after the thumbnails were painted: " + s.later().stream()
                    .map(e -> shortName(e.name()).replaceFirst("\\?.{40,}", "?…") + " (" + e.transfer() + " B)").toList());
        }
    }

    private static String kind(Entry e, Set<String> thumbSrcs) {
        String path = URI.create(e.name().replace(" ", "%20")).getPath();
        path = path == null ? "" : path;
        if ("navigation".equals(e.type())) {
            return "document";
        } else if (thumbSrcs.contains(e.name())) {
            return "thumbnails";
        } else if (e.name().contains("v-r=")) {
            return "vaadin-json";
        } else if (path.endsWith(".js") || path.endsWith(".mjs")) {
            return "javascript";
        } else if (path.endsWith(".css")) {
            return "css";
        } else if (path.matches(".*\\.(woff2?|ttf|otf)$")) {
            return "fonts";
        } else if ("img".equals(e.type()) || path.matches(".*\\.(png|jpe?g|svg|gif|webp|ico)$")) {
            return "images";
        }
        return "other";
    }

    private static String shortName(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    static Sample closestToMedian(List<Sample> samples) {
        double m = median(samples.stream().mapToDouble(Sample::ms).toArray());
        return samples.stream().min((a, b) -> Double.compare(Math.abs(a.ms() - m), Math.abs(b.ms() - m))).orElseThrow();
    }
}
