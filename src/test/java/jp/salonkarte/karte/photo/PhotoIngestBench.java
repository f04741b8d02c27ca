package jp.salonkarte.karte.photo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import static jp.salonkarte.bench.BenchStats.max;
import static jp.salonkarte.bench.BenchStats.median;
import static jp.salonkarte.bench.BenchStats.min;

/**
 * {@code bench/run photo-ingest}: times {@link PhotoProcessor#process} (sniff, header check,
 * ImageIO decode, EXIF orientation, imgscalr rotation, 2048 px display JPEG and 400 px thumbnail
 * JPEG; no database, no storage) on a generated 12 MP camera-like JPEG with EXIF orientation 6,
 * and in the same run Debian's {@code vipsthumbnail} doing the same work on the same file (one
 * process for the display size, one for the thumbnail, as separate processes: start-up
 * included), and a vipsthumbnail process that only starts libvips, to tell its start-up
 * apart. Warm-up runs first, then the measured runs, all three interleaved so that load from
 * elsewhere hits them alike. Not a test: the name matches no surefire or failsafe
 * pattern, so {@code ./mvnw verify} never runs it; see bench/README.md.
 *
 * <p>Prints exactly one line on stdout, {@code BENCH photo-ingest ms=... vips_ms=... ratio_vs_vips=...};
 * progress, the checks of both outputs and the per-step breakdown of ours go to stderr.
 * Settings are system properties: {@code bench.work-dir} (required), {@code bench.runs},
 * {@code bench.warmup}, {@code bench.seed}, {@code bench.vipsthumbnail}.
 */
public final class PhotoIngestBench {

    static final int WIDTH = 4000;
    static final int HEIGHT = 3000;
    static final int ORIENTATION = 6;

    private PhotoIngestBench() {
    }

    public static void main(String[] args) {
        jp.salonkarte.bench.BenchMain.run(PhotoIngestBench::run);
    }

    private static String run() throws Exception {
        String workDir = System.getProperty("bench.work-dir");
        if (workDir == null || workDir.isBlank()) {
            throw new IllegalArgumentException("bench.work-dir is required");
        }
        Path work = Path.of(workDir);
        int runs = Integer.getInteger("bench.runs", 10);
        int warmup = Integer.getInteger("bench.warmup", 3);
        long seed = Long.getLong("bench.seed", 20261123L);
        String vips = System.getProperty("bench.vipsthumbnail", "vipsthumbnail");
        if (runs < 1 || warmup < 0) {
            throw new IllegalArgumentException("bench.runs must be at least 1 and bench.warmup at least 0");
        }

        String vipsVersion = vipsVersion(vips);
        progress("vipsthumbnail: " + vips + " (libvips " + vipsVersion + "), "
                + Runtime.getRuntime().availableProcessors() + " CPUs, java " + Runtime.version());

        long t0 = System.nanoTime();
        byte[] bytes = CameraPhotos.photo(WIDTH, HEIGHT, seed);
        Path input = work.resolve("in.jpg");
        Files.write(input, bytes);
        progress(String.format(Locale.ROOT,
                "input %s: %d x %d (%.1f MP), EXIF orientation %d, %.2f MB, made in %.1f s", input, WIDTH, HEIGHT,
                WIDTH * (double) HEIGHT / 1e6, PhotoProcessor.orientation(bytes), bytes.length / 1e6,
                (System.nanoTime() - t0) / 1e9));

        // Both produce upright images of the right size before anything is timed.
        PhotoProcessor.Processed ours = PhotoProcessor.process(bytes);
        Files.write(work.resolve("ours-display.jpg"), ours.display());
        Files.write(work.resolve("ours-thumb.jpg"), ours.thumbnail());
        if (ours.width() != HEIGHT || ours.height() != WIDTH) {
            throw new IllegalStateException("ours: upright size " + ours.width() + " x " + ours.height());
        }
        check("ours", ours.display(), ours.thumbnail());
        VipsPair vipsPair = new VipsPair(vips, input, work);
        vipsPair.run();
        check("vips", Files.readAllBytes(vipsPair.display), Files.readAllBytes(vipsPair.thumbnail));

        progress("warming up: " + warmup + " runs each");
        for (int i = 0; i < warmup; i++) {
            PhotoProcessor.process(bytes);
            vipsPair.run();
        }
        progress("measuring: " + runs + " runs each, interleaved (ours, vips pair, vips start-up alone)");
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] oursMs = new double[runs];
        double[] vipsMs = new double[runs];
        double[] vipsDisplayMs = new double[runs];
        double[] vipsThumbMs = new double[runs];
        double[] allocMb = new double[runs];
        double[] startupMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            PhotoProcessor.process(bytes);
            oursMs[i] = (System.nanoTime() - start) / 1e6;
            allocMb[i] = (threads.getCurrentThreadAllocatedBytes() - allocated) / 1e6;
            double[] pair = vipsPair.run();
            vipsDisplayMs[i] = pair[0];
            vipsThumbMs[i] = pair[1];
            vipsMs[i] = pair[0] + pair[1];
            long startupStart = System.nanoTime();
            exec(List.of(vips, "--vips-version"), work); // a process that only starts libvips
            startupMs[i] = (System.nanoTime() - startupStart) / 1e6;
        }
        progress(String.format(Locale.ROOT, "ours: median %.0f ms, min %.0f, max %.0f; allocates %.0f MB per photo",
                median(oursMs), min(oursMs), max(oursMs), median(allocMb)));
        progress(String.format(Locale.ROOT, "vips: median %.0f ms per pair (display %.0f + thumbnail %.0f), min %.0f,"
                + " max %.0f; a process that only starts libvips (vipsthumbnail --vips-version): %.0f ms",
                median(vipsMs), median(vipsDisplayMs), median(vipsThumbMs), min(vipsMs), max(vipsMs),
                median(startupMs)));

        breakdown(bytes, runs, median(oursMs));

        double ms = median(oursMs);
        double vipsMedian = median(vipsMs);
        double startup = median(startupMs);
        double vipsWork = vipsMedian - 2 * startup;
        return String.format(Locale.ROOT,
                "BENCH photo-ingest ms=%.0f vips_ms=%.0f ratio_vs_vips=%.2f mp=%d display_px=%d thumb_px=%d runs=%d"
                        + " vips_startup_ms=%.0f ratio_vs_vips_work=%s alloc_mb=%.0f input_mb=%.2f vips=%s",
                ms, vipsMedian, ms / vipsMedian, Math.round(WIDTH * (double) HEIGHT / 1e6), PhotoProcessor.DISPLAY_EDGE,
                PhotoProcessor.THUMBNAIL_EDGE, runs, startup,
                vipsWork > 0 ? String.format(Locale.ROOT, "%.2f", ms / vipsWork) : "n/a", median(allocMb),
                bytes.length / 1e6, vipsVersion);
    }

    /**
     * The steps of {@link PhotoProcessor#process} timed one by one (the same package-private
     * methods, in the same order), medians on stderr. Their sum should be close to the measured
     * whole; when it is not, process() has changed and this list should follow it.
     */
    private static void breakdown(byte[] bytes, int runs, double wholeMs) throws PhotoRejectedException {
        Map<String, double[]> steps = new LinkedHashMap<>();
        for (String step : List.of("decode (sniff, header, ImageIO read)", "EXIF orientation", "rotate (upright)",
                "resize to display", "encode display JPEG", "resize to thumbnail", "encode thumbnail JPEG")) {
            steps.put(step, new double[runs]);
        }
        List<double[]> columns = new ArrayList<>(steps.values());
        for (int i = 0; i < runs; i++) {
            long[] t = new long[8];
            t[0] = System.nanoTime();
            BufferedImage image = PhotoProcessor.decode(bytes, PhotoProcessor.sniff(bytes));
            t[1] = System.nanoTime();
            int orientation = PhotoProcessor.orientation(bytes);
            t[2] = System.nanoTime();
            image = PhotoProcessor.upright(image, orientation);
            t[3] = System.nanoTime();
            BufferedImage display = PhotoProcessor.fit(image, PhotoProcessor.DISPLAY_EDGE);
            t[4] = System.nanoTime();
            PhotoProcessor.jpeg(display);
            t[5] = System.nanoTime();
            BufferedImage thumbnail = PhotoProcessor.fit(image, PhotoProcessor.THUMBNAIL_EDGE);
            t[6] = System.nanoTime();
            PhotoProcessor.jpeg(thumbnail);
            t[7] = System.nanoTime();
            for (int s = 0; s < columns.size(); s++) {
                columns.get(s)[i] = (t[s + 1] - t[s]) / 1e6;
            }
        }
        progress("where our time goes (median of " + runs + " runs per step):");
        double sum = 0;
        for (var e : steps.entrySet()) {
            double m = median(e.getValue());
            sum += m;
            progress(String.format(Locale.ROOT, "  %-38s %6.0f ms  %3.0f %%", e.getKey(), m, 100 * m / wholeMs));
        }
        progress(String.format(Locale.ROOT, "  %-38s %6.0f ms (process() as a whole: %.0f ms)", "sum", sum, wholeMs));
    }

    /** vipsthumbnail twice on the input, as separate processes: the display size, then the thumbnail. */
    private static final class VipsPair {
        private final String vips;
        private final Path input;
        private final Path work;
        final Path display;
        final Path thumbnail;

        VipsPair(String vips, Path input, Path work) {
            this.vips = vips;
            this.input = input;
            this.work = work;
            this.display = work.resolve("vips-display.jpg");
            this.thumbnail = work.resolve("vips-thumb.jpg");
        }

        /** Milliseconds of each process, from start to exit. */
        double[] run() throws IOException, InterruptedException {
            long start = System.nanoTime();
            exec(List.of(vips, input.toString(), "--size", String.valueOf(PhotoProcessor.DISPLAY_EDGE), "-o",
                    display + "[Q=85]"), work);
            long middle = System.nanoTime();
            exec(List.of(vips, input.toString(), "--size", String.valueOf(PhotoProcessor.THUMBNAIL_EDGE), "-o",
                    thumbnail + "[Q=85]"), work);
            long end = System.nanoTime();
            return new double[] {(middle - start) / 1e6, (end - middle) / 1e6};
        }
    }

    /** Runs a command to its end, its output appended to vips.log in the work directory; fails on a non-zero exit. */
    private static void exec(List<String> command, Path work) throws IOException, InterruptedException {
        Path log = work.resolve("vips.log");
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        int status = process.waitFor();
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + status + ":\n"
                    + Files.readString(log));
        }
    }

    /** "8.14.1" from "libvips 8.14.1". */
    private static String vipsVersion(String vips) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(vips, "--vips-version").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(vips + " --vips-version failed: " + out);
        }
        return out.replaceFirst("^libvips\\s+", "").replaceAll("\\s+", "_");
    }

    /**
     * Upright (3000 x 4000 for the 4000 x 3000 input), display 2048 px and thumbnail 400 px on
     * the long edge, and the red marker near the top-right corner: turned clockwise, as EXIF
     * orientation 6 asks.
     */
    private static void check(String who, byte[] displayJpeg, byte[] thumbnailJpeg) throws IOException {
        BufferedImage display = ImageIO.read(new ByteArrayInputStream(displayJpeg));
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(thumbnailJpeg));
        List<String> problems = new ArrayList<>();
        checkOne(display, PhotoProcessor.DISPLAY_EDGE, "display", problems);
        checkOne(thumbnail, PhotoProcessor.THUMBNAIL_EDGE, "thumbnail", problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(who + ": " + String.join("; ", problems));
        }
        progress(String.format(Locale.ROOT, "%s: display %d x %d (%,d bytes), thumbnail %d x %d (%,d bytes), upright",
                who, display.getWidth(), display.getHeight(), displayJpeg.length, thumbnail.getWidth(),
                thumbnail.getHeight(), thumbnailJpeg.length));
    }

    private static void checkOne(BufferedImage image, int edge, String name, List<String> problems) {
        if (image == null) {
            problems.add(name + " unreadable");
            return;
        }
        int expectedWidth = (int) Math.round((double) edge * HEIGHT / WIDTH);
        if (image.getHeight() != edge || Math.abs(image.getWidth() - expectedWidth) > 1) {
            problems.add(String.format(Locale.ROOT, "%s is %d x %d, expected %d x %d", name, image.getWidth(),
                    image.getHeight(), expectedWidth, edge));
            return;
        }
        double m = 100 * Math.max(WIDTH, HEIGHT) / 4000.0; // the marker's square: m .. 4m in the stored image
        int x = (int) ((1 - 2.5 * m / HEIGHT) * image.getWidth());
        int y = (int) (2.5 * m / WIDTH * image.getHeight());
        Color c = new Color(image.getRGB(x, y));
        if (c.getRed() < 160 || c.getGreen() > 90 || c.getBlue() > 90) {
            problems.add(String.format(Locale.ROOT, "%s not upright: no red marker at (%d, %d) but %s", name, x, y, c));
        }
    }

    private static void progress(String message) {
        System.err.println("photo-ingest: " + message);
    }
}
