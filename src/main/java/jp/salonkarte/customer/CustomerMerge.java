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
        String mergedBy,
        @Nullable Instant undoneAt,
        @Nullable String undoneBy) {

    public boolean undone() {
        return undoneAt != null;
    }

    CustomerMerge undoneAt(Instant when, String by) {
        return new CustomerMerge(id, survivorId, mergedId, survivorBefore, mergedBefore, survivorVersionAfter,
                mergedVersionAfter, movedRows, mergedAt, mergedBy, when, by);
    }
}
