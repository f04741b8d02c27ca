package jp.salonkarte.printing;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** A print job (印刷ジョブ) as the jobs screen shows it; the bytes stay in the database. */
public record PrintJob(long id, long storeId, long printerId, String printerName, Kind kind, String title,
        Status status, int attempts, @Nullable LocalDateTime nextAttemptAt, @Nullable String lastError,
        LocalDateTime createdAt, @Nullable LocalDateTime printedAt, int size) {

    public enum Kind {
        RECEIPT, CLOSE_REPORT, TEST, DOCUMENT
    }

    /** QUEUED waits (or waits again after a failure), SENDING is claimed by a worker, the rest are final. */
    public enum Status {
        QUEUED, SENDING, PRINTED, FAILED, CANCELLED;

        public boolean isFinal() {
            return this == PRINTED || this == FAILED || this == CANCELLED;
        }
    }

    public boolean canRetry() {
        return status == Status.QUEUED || status == Status.FAILED || status == Status.CANCELLED;
    }

    public boolean canCancel() {
        return status == Status.QUEUED || status == Status.FAILED;
    }
}
