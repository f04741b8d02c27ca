package jp.salonkarte.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log: when, in which store, which staff member (by id; null for the web
 * booking page or a system job), what, about which customer, and a pseudonymous hash of the
 * client address.
 */
public record AuditEvent(long id, Instant at, @Nullable Long storeId, @Nullable Long staffId, AuditKind kind,
        @Nullable Long customerId, @Nullable String detail, @Nullable String clientHash) {
}
