package jp.salonkarte.printing.bridge;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The JSON the server and the print bridge exchange under {@code /api/bridge} (DD029). One set of
 * records for both sides, so they cannot drift apart. Bytes travel base64-encoded.
 */
public final class BridgeMessages {

    private BridgeMessages() {
    }

    /** A job to print: {@code lease} names this attempt; {@code printerType} is ESCPOS (host, port) or IPP (uri). */
    public record Job(long id, String lease, int attempt, String kind, String title, String printerType, String host,
            int port, @Nullable String uri, byte[] payload) {
    }

    /** The answer to a poll: the jobs claimed for this bridge (empty after the wait ran out). */
    public record Jobs(List<Job> jobs) {
    }

    /** A bridge's result for one job. {@code permanent}: the printer refused the job itself. */
    public record Result(String lease, boolean printed, @Nullable String error, boolean permanent) {
    }

    /** The server's receipt of a result: what the job is now; {@code outcome} PRINTED, FAILURE_RECORDED, STALE. */
    public record Ack(long id, String outcome) {
    }

    /** Any refusal (401, 404): a code for the bridge and a Japanese message for the person reading its log. */
    public record Problem(String error, String message) {
    }
}
