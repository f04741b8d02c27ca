package jp.salonkarte.bench;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.management.ObjectName;

/**
 * A class histogram of the live heap ({@code jcmd GC.class_histogram}, which runs a full GC first),
 * taken in-process through HotSpot's DiagnosticCommand MBean: bytes and instances per class.
 */
final class Histogram {

    record Entry(long instances, long bytes) {
    }

    private final Map<String, Entry> classes;

    private Histogram(Map<String, Entry> classes) {
        this.classes = classes;
    }

    static Histogram take() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, Entry> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            // " 1:  12345  678900  java.lang.String (java.base@25)"
            String[] f = line.trim().split("\\s+");
            if (f.length < 4 || !f[0].endsWith(":")) {
                continue;
            }
            classes.merge(f[3], new Entry(Long.parseLong(f[1]), Long.parseLong(f[2])),
                    (a, b) -> new Entry(a.instances + b.instances, a.bytes + b.bytes));
        }
        return new Histogram(classes);
    }

    /** The {@code top} classes that grew most from {@code before}, per one of {@code per}, as text lines. */
    String minus(Histogram before, int per, int top) {
        StringBuilder out = new StringBuilder();
        classes.entrySet().stream().map(e -> {
            Entry b = before.classes.getOrDefault(e.getKey(), new Entry(0, 0));
            return Map.entry(e.getKey(), new Entry(e.getValue().instances - b.instances, e.getValue().bytes - b.bytes));
        }).sorted(Comparator.comparingLong((Map.Entry<String, Entry> e) -> e.getValue().bytes).reversed())
                .limit(top).forEach(e -> out.append(String.format(Locale.ROOT, "  %8.1f KB %8.1f objects  %s%n",
                        e.getValue().bytes / 1024.0 / per, e.getValue().instances / (double) per, e.getKey())));
        return out.toString();
    }
}
