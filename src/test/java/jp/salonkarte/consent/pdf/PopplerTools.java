package jp.salonkarte.consent.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * poppler-utils' {@code pdftotext} and {@code pdfsig} (Debian package poppler-utils): an
 * independent reader of our PDFs. Tests that need one are skipped with a message when it is absent.
 */
final class PopplerTools {

    private PopplerTools() {
    }

    static Path require(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        Assumptions.abort(tool + " (poppler-utils) is not installed: `apt-get install poppler-utils` to run this check; skipping");
        throw new AssertionError("unreachable");
    }

    /** Runs {@code tool args...} and returns its stdout and stderr together. */
    static String run(String tool, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(require(tool).toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(tool + " did not finish in 30 s");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
