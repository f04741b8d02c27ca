package jp.salonkarte.customer;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The audit entry of one merge (顧客統合): what both records were, and which rows moved. */
@Table("customer_merge")
public record CustomerMerge(
        @Id @Nullable Long id,
        long survivorId,
        long mergedId,
        String survivorBefore,
        String mergedBefore,
        int survivorVersionAfter,
        int mergedVersionAfter,
        String movedRows,
        Instant mergedAt,
        /** Rows from before staff ids were recorded (DD038) keep the name written then. */
        @Nullable String mergedBy,
        @Nullable Instant undoneAt,
        @Nullable String undoneBy,
        @Nullable Long mergedByStaffId,
        @Nullable Long undoneByStaffId) {

    public boolean undone() {
        return undoneAt != null;
    }

    CustomerMerge undoneAt(Instant when, @Nullable Long byStaffId) {
        return new CustomerMerge(id, survivorId, mergedId, survivorBefore, mergedBefore, survivorVersionAfter,
                mergedVersionAfter, movedRows, mergedAt, mergedBy, when, undoneBy, mergedByStaffId, byStaffId);
    }
}
