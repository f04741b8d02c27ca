package jp.salonkarte.printing.bridge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The print bridge's memory of what it printed but has not yet reported (DD029): one line per job
 * ({@code jobId lease printedAtMillis}), written and forced to disk right after the printer took
 * the job and BEFORE the result goes to the server, removed once the server has it. After a crash
 * or a network loss the bridge re-reports these, and a job handed out again after its lease ran
 * out is reported, not printed, when it is listed here.
 */
final class BridgeJournal {

    record Entry(long jobId, String lease, Instant printedAt) {
    }

    private final Path file;
    private final Map<Long, Entry> entries = new LinkedHashMap<>();

    BridgeJournal(Path file) throws IOException {
        this.file = file.toAbsolutePath();
        if (this.file.getParent() != null) {
            Files.createDirectories(this.file.getParent());
        }
        if (Files.exists(this.file)) {
            for (String line : Files.readAllLines(this.file, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 3) {
                    try {
                        Entry e = new Entry(Long.parseLong(parts[0]), parts[1],
                                Instant.ofEpochMilli(Long.parseLong(parts[2])));
                        entries.put(e.jobId(), e);
                    } catch (NumberFormatException ignored) {
                        // a line torn by a crash mid-write: its job was not reported, and the server's
                        // lease will hand it out again (the honest window of DD029)
                    }
                }
            }
        }
    }

    Path file() {
        return file;
    }

    synchronized boolean contains(long jobId) {
        return entries.containsKey(jobId);
    }

    synchronized List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    /** Notes a printed job; on disk (fsync) before this returns. */
    synchronized void add(long jobId, String lease, Instant printedAt) {
        Entry e = new Entry(jobId, lease, printedAt);
        String line = jobId + " " + lease + " " + printedAt.toEpochMilli() + "\n";
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        } catch (IOException ex) {
            throw new UncheckedIOException("print bridge journal " + file + " cannot be written", ex);
        }
        entries.put(jobId, e);
    }

    /** Forgets a job the server has acknowledged: the file is rewritten and atomically replaced. */
    synchronized void remove(long jobId) {
        if (entries.remove(jobId) == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Entry e : entries.values()) {
            text.append(e.jobId()).append(' ').append(e.lease()).append(' ').append(e.printedAt().toEpochMilli())
                    .append('\n');
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        } catch (IOException ex) {
            throw new UncheckedIOException("print bridge journal " + file + " cannot be written", ex);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ex) {
            throw new UncheckedIOException("print bridge journal " + file + " cannot be replaced", ex);
        }
    }
}
