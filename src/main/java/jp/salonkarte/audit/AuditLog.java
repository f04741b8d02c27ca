package jp.salonkarte.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;

import jp.salonkarte.base.Access;
import jp.salonkarte.base.Actor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log of personal data (個人情報の閲覧・操作の記録, APPI, DD034): who opened a karte or a
 * photo, exported or imported customers, printed or mailed a consent form, changed or merged a
 * customer. Append-only: this class only inserts and selects. The acting staff and store come
 * from the logged-in staff (ids, never display names), the time from the injected clock.
 */
@Service
public class AuditLog {

    /** The longest detail kept; longer text is cut. */
    public static final int DETAIL_MAX_LENGTH = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Writes one event by the logged-in staff member (none for the web booking page and system
     * jobs). Inside a read-write transaction the row commits or rolls back with the change it
     * records; from a read (a read-only transaction, or none) it is written in its own transaction.
     */
    @Access.Public
    public void record(AuditKind kind, @Nullable Long customerId, @Nullable String detail) {
        Optional<Actor> staff = Actor.current();
        Long storeId = staff.map(Actor::storeId).orElse(null);
        Long staffId = staff.map(Actor::staffId).orElse(null);
        String text = detail == null || detail.isBlank() ? null
                : detail.length() > DETAIL_MAX_LENGTH ? detail.substring(0, DETAIL_MAX_LENGTH) : detail;
        String client = clientHash();
        Runnable insert = () -> jdbc.sql("""
                insert into audit_event (at, store_id, staff_id, kind, customer_id, detail, client_hash)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), storeId, staffId, kind.name(),
                        customerId, text, client)
                .update();
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            insert.run();
        } else {
            ownTransaction.executeWithoutResult(status -> insert.run());
        }
    }

    /** The events of the owner's store (and those without a store: web booking), newest first. */
    @Access.Owner
    @Transactional(readOnly = true)
    public List<AuditEvent> list(AuditFilter filter, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("select id, at, store_id, staff_id, kind, customer_id, detail, client_hash from audit_event"
                + where + " order by at desc, id desc limit :limit offset :offset")
                .params(params).query(AuditLog::event).list();
    }

    @Access.Owner
    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        return jdbc.sql("select count(*) from audit_event" + where).params(params).query(Integer.class).single();
    }

    private String where(AuditFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where (store_id = :store or store_id is null)");
        params.put("store", Actor.current().orElseThrow().storeId());
        if (filter.customerId() != null) {
            where.append(" and customer_id = :customer");
            params.put("customer", filter.customerId());
        }
        if (filter.staffId() != null) {
            where.append(" and staff_id = :staff");
            params.put("staff", filter.staffId());
        }
        if (filter.from() != null) {
            where.append(" and at >= :from");
            params.put("from", startOfDayUtc(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and at < :to");
            params.put("to", startOfDayUtc(filter.to().plusDays(1)));
        }
        return where.toString();
    }

    private LocalDateTime startOfDayUtc(LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(clock.getZone()).toInstant(), ZoneOffset.UTC);
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        Instant at = rs.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
        return new AuditEvent(rs.getLong("id"), at, rs.getObject("store_id", Long.class),
                rs.getObject("staff_id", Long.class), AuditKind.valueOf(rs.getString("kind")),
                rs.getObject("customer_id", Long.class), rs.getString("detail"), rs.getString("client_hash"));
    }

    /**
     * A short SHA-256 of the client address: tells one device from another in the log without
     * storing the address itself. Pseudonymous, not anonymous (DD034). Null outside a request.
     */
    static @Nullable String clientHash() {
        String address = null;
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null) {
            address = vaadin.getRemoteAddr();
        } else if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            address = servlet.getRequest().getRemoteAddr();
        }
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("salonkarte-audit:" + address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
