package jp.salonkarte.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What the owner narrows the log to; a null part does not narrow. Dates are whole days in the store's zone. */
public record AuditFilter(@Nullable Long customerId, @Nullable Long staffId, @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }
}
