package jp.salonkarte.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.salonkarte.e2e.BrowserSession;
import jp.salonkarte.e2e.Browsers;
import jp.salonkarte.e2e.pages.CheckoutPage;
import jp.salonkarte.e2e.pages.LoginPage;
import jp.salonkarte.e2e.pages.PrintersPage;
import jp.salonkarte.printing.EscPosDecoder;
import jp.salonkarte.printing.PrinterSimulator;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * {@code bench/run checkout-to-print}: from the tap on 会計確定 to the last byte of the receipt
 * at the printer, in both Japanese modes (KANJI: text in Shift_JIS; RASTER: the receipt drawn as
 * an image). Not a test: the name matches no surefire or failsafe pattern; see bench/README.md.
 *
 * <p>Runs against an app that {@code bench/run} started (the packaged jar, embedded MariaDB,
 * demo salon) with headless Chromium at iPad size (the e2e tests' {@link Browsers}): starts a
 * {@link PrinterSimulator} on a loopback port, signs in as the demo owner, adds the store's
 * receipt printer (80 mm) pointing at it in プリンター設定, then per mode switches the printer to
 * that mode in the same screen and rings up walk-in tickets one after the other on the register:
 * one menu item, cash, the amount keyed in on the keypad. The clock starts right before the
 * commit button's click is dispatched (a JS click, so no finger press time is counted) and stops
 * when the simulator has the whole job (the worker asks for status after the last byte). Each
 * receipt is decoded and checked (領収書, 合計, お釣り; Kanji mode on, or raster bands).
 *
 * <p>Prints {@code BENCH checkout-to-print p95_ms=... kanji_p95_ms=... raster_p95_ms=...
 * kanji_median_ms=... raster_median_ms=... runs=...}; {@code p95_ms} is the larger of the two.
 * Settings: {@code bench.base-url} (required), {@code bench.runs} (per mode, default 20),
 * {@code bench.warmup} (per mode, default 2).
 */
public final class CheckoutToPrintBench {

    private static final Duration PRINT_TIMEOUT = Duration.ofSeconds(30);

    private CheckoutToPrintBench() {
    }

    public static void main(String[] args) {
        BenchMain.run(CheckoutToPrintBench::run);
    }

    private static String run() throws Exception {
        String baseUrl = System.getProperty("bench.base-url", "").replaceAll("/+$", "");
        if (baseUrl.isBlank()) {
            throw new IllegalArgumentException("bench.base-url is required");
        }
        int runs = Integer.getInteger("bench.runs", 20);
        int warmup = Integer.getInteger("bench.warmup", 2);
        if (runs < 1 || warmup < 0) {
            throw new IllegalArgumentException("bench.runs must be at least 1 and bench.warmup at least 0");
        }
        try (PrinterSimulator printer = new PrinterSimulator();
                BrowserSession session = Browsers.open(Browsers.CHROMIUM)) {
            try {
                return measure(session.driver(), baseUrl, printer, runs, warmup);
            } catch (RuntimeException | Error e) {
                session.screenshotQuietly("failure-checkout-to-print");
                throw e;
            }
        }
    }

    private static String measure(WebDriver driver, String baseUrl, PrinterSimulator printer, int runs, int warmup)
            throws InterruptedException {
        LoginPage.open(driver, baseUrl).loginAsDemoOwner();
        String name = "ベンチ";
        String host = "127.0.0.1";
        PrintersPage.open(driver, baseUrl).addReceiptPrinter(name, host, printer.port(), 80, PrintersPage.MODE_KANJI);
        progress("receipt printer at " + host + ":" + printer.port() + " (simulator); " + warmup + " warm-up + " + runs
                + " checkouts per mode");

        double[] kanji = null;
        double[] raster = null;
        for (String mode : List.of(PrintersPage.MODE_KANJI, PrintersPage.MODE_RASTER)) {
            PrintersPage.open(driver, baseUrl).editFirstPrinter(name, host, printer.port(), 80, mode);
            boolean isKanji = mode.equals(PrintersPage.MODE_KANJI);
            List<Double> ms = new ArrayList<>();
            CheckoutPage register = CheckoutPage.openWalkIn(driver, baseUrl);
            for (int i = 0; i < warmup + runs; i++) {
                if (i > 0) {
                    register.newTicket();
                }
                register.addFirstItemShown();
                long total = register.total();
                long tendered = (total / 10_000 + 1) * 10_000;
                register.payCash(tendered);
                int before = printer.received().size();
                WebElement commit = register.commitButton();
                long t0 = System.nanoTime();
                ((JavascriptExecutor) driver).executeScript("arguments[0].click();", commit);
                List<byte[]> jobs = printer.awaitJobs(before + 1, PRINT_TIMEOUT);
                long t1 = printer.receivedAtNanos().get(before);
                double elapsed = (t1 - t0) / 1e6;
                long change = register.awaitDone();
                check(new EscPosDecoder(jobs.get(before)), isKanji, tendered - total, change, jobs.size() - before);
                boolean counted = i >= warmup;
                if (counted) {
                    ms.add(elapsed);
                }
                progress(String.format(Locale.ROOT, "%s %-6s %2d %6.0f ms (%,d bytes)", isKanji ? "KANJI " : "RASTER",
                        counted ? "run" : "warmup", counted ? i - warmup + 1 : i + 1, elapsed,
                        jobs.get(before).length));
            }
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            progress(String.format(Locale.ROOT, "%s median %.0f ms, p95 %.0f ms, min %.0f, max %.0f",
                    isKanji ? "KANJI " : "RASTER", BenchStats.percentile(sorted, 50),
                    BenchStats.percentile(sorted, 95), sorted[0], sorted[sorted.length - 1]));
            if (isKanji) {
                kanji = sorted;
            } else {
                raster = sorted;
            }
        }
        double kanjiP95 = BenchStats.percentile(kanji, 95);
        double rasterP95 = BenchStats.percentile(raster, 95);
        return String.format(Locale.ROOT, "BENCH checkout-to-print p95_ms=%.0f kanji_p95_ms=%.0f raster_p95_ms=%.0f"
                + " kanji_median_ms=%.0f raster_median_ms=%.0f runs=%d", Math.max(kanjiP95, rasterP95), kanjiP95,
                rasterP95, BenchStats.percentile(kanji, 50), BenchStats.percentile(raster, 50), runs);
    }

    private static void check(EscPosDecoder receipt, boolean kanji, long expectedChange, long shownChange, int jobs) {
        if (jobs != 1) {
            throw new IllegalStateException("expected one receipt per checkout, the printer got " + jobs);
        }
        if (shownChange != expectedChange) {
            throw new IllegalStateException("the register shows change " + shownChange + ", expected " + expectedChange);
        }
        if (kanji) {
            String text = receipt.text();
            if (!receipt.kanjiOn || !text.contains("領収書") || !text.contains("合計") || !text.contains("お釣り")) {
                throw new IllegalStateException("not a Kanji-mode receipt:\n" + text);
            }
        } else if (receipt.rasters.isEmpty()) {
            throw new IllegalStateException("no raster image in a RASTER-mode receipt");
        }
    }

    private static void progress(String message) {
        System.err.println("checkout-to-print: " + message);
    }
}
