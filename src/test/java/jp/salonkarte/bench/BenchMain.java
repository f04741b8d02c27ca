package jp.salonkarte.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * The shared entry of every benchmark: everything the run prints (Spring Boot logs too) goes to
 * stderr, stdout gets only the one {@code BENCH ...} line, and the JVM exits with 0 or 1 (an
 * embedded MariaDB's threads would otherwise keep it alive).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void run(Callable<String> bench) {
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(System.err, true, StandardCharsets.UTF_8));
        int status = 1;
        try {
            String line = bench.call();
            stdout.println(line);
            stdout.flush();
            status = 0;
        } catch (Throwable e) {
            e.printStackTrace();
        } finally {
            System.exit(status);
        }
    }
}
