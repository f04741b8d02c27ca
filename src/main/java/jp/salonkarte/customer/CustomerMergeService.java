package jp.salonkarte.customer;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.salonkarte.audit.AuditKind;
import jp.salonkarte.audit.AuditLog;
import jp.salonkarte.base.Access;
import jp.salonkarte.base.Actor;
import jp.salonkarte.base.UserMessageException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Merging two records of the same person (顧客統合) and undoing it. The survivor takes the
 * field values the staff chose and the union of both records' tags; every row of other
 * features that belonged to the merged record moves to the survivor; the merged record is
 * deactivated and points at the survivor. All in one transaction, with an audit entry that
 * allows an exact undo until someone changes either record or the moved rows again.
 */
@Service
public class CustomerMergeService {

    /** What a merge would do, shown before the staff confirm it. */
    public record Preview(Customer survivor, Customer merged, Map<String, Integer> moves, Set<String> tagsAfter) {
    }

    /** Undo is refused: the reason is an i18n key that says why, in the salon's words. */
    public static class UndoNotPossible extends UserMessageException {
        UndoNotPossible(String reasonKey) {
            super(reasonKey);
        }
    }

    private final CustomerRepository customers;
    private final CustomerMergeRepository merges;
    private final CustomerService customerService;
    private final List<CustomerReference> references;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditLog audit;

    CustomerMergeService(CustomerRepository customers, CustomerMergeRepository merges, CustomerService customerService,
            List<CustomerReference> references, JdbcClient jdbc, JsonMapper json, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.customers = customers;
        this.merges = merges;
        this.customerService = customerService;
        this.references = references;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Access.Manager
    @Transactional(readOnly = true)
    public Preview preview(long survivorId, long mergedId) {
        Customer survivor = customers.findById(survivorId).orElseThrow();
        Customer merged = customers.findById(mergedId).orElseThrow();
        Map<String, Integer> moves = new LinkedHashMap<>();
        for (CustomerReference ref : references) {
            Integer n = jdbc.sql("select count(*) from " + ref.table() + " where " + ref.customerColumn() + " = ?")
                    .param(mergedId).query(Integer.class).single();
            moves.merge(ref.labelKey(), n, Integer::sum);
        }
        return new Preview(survivor, merged, moves, unionTags(survivor, merged));
    }

    /**
     * Merges {@code mergedId} into the survivor, whose new values are {@code result} (same id
     * and version as the survivor as loaded for the merge screen).
     */
    @Access.Manager
    @Transactional
    public CustomerMerge merge(Customer result, long mergedId) {
        if (result.id() == null || result.id() == mergedId) {
            throw new IllegalArgumentException("pick two different customers");
        }
        Customer survivorBefore = customers.findById(result.id()).orElseThrow();
        Customer mergedBefore = customers.findById(mergedId).orElseThrow();
        if (!mergedBefore.active()) {
            throw new IllegalStateException("the record to merge is already inactive");
        }
        Set<CustomerTag> tags = new LinkedHashSet<>(result.tags());
        tags.addAll(mergedBefore.tags());
        Customer survivorAfter = customerService.save(withTags(result, tags));
        Customer mergedAfter = customerService.save(mergedBefore.withActive(false));
        jdbc.sql("update customer set merged_into_id = ? where id = ?").param(survivorAfter.id()).param(mergedId)
                .update();
        Map<String, List<Long>> moved = new LinkedHashMap<>();
        for (CustomerReference ref : references) {
            List<Long> ids = jdbc.sql("select id from " + ref.table() + " where " + ref.customerColumn()
                    + " = ? order by id for update").param(mergedId).query(Long.class).list();
            if (!ids.isEmpty()) {
                jdbc.sql("update " + ref.table() + " set " + ref.customerColumn() + " = ? where "
                        + ref.customerColumn() + " = ?").param(survivorAfter.id()).param(mergedId).update();
                moved.put(ref.table() + "." + ref.customerColumn(), ids);
            }
        }
        CustomerMerge merge = merges.save(new CustomerMerge(null, survivorAfter.id(), mergedId,
                json.writeValueAsString(survivorBefore), json.writeValueAsString(mergedBefore), survivorAfter.version(),
                mergedAfter.version(), json.writeValueAsString(moved), clock.instant(), null, null, null,
                Actor.currentStaffId(), null));
        recordBoth(AuditKind.CUSTOMER_MERGED, merge);
        return merge;
    }

    /** Why this merge can no longer be undone, or empty when it still can. */
    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<String> undoBlocker(CustomerMerge merge) {
        if (merge.undone()) {
            return Optional.of("merge.undo.already");
        }
        Customer survivor = customers.findById(merge.survivorId()).orElseThrow();
        Customer merged = customers.findById(merge.mergedId()).orElseThrow();
        if (survivor.version() != merge.survivorVersionAfter() || merged.version() != merge.mergedVersionAfter()) {
            return Optional.of("merge.undo.changed");
        }
        for (Map.Entry<String, List<Long>> entry : moved(merge).entrySet()) {
            String[] tableColumn = entry.getKey().split("\\.");
            Integer still = jdbc.sql("select count(*) from " + tableColumn[0] + " where " + tableColumn[1]
                    + " = ? and id in (:ids)".replace(":ids", placeholders(entry.getValue().size())))
                    .params(concat(merge.survivorId(), entry.getValue())).query(Integer.class).single();
            if (still != entry.getValue().size()) {
                return Optional.of("merge.undo.rows-changed");
            }
        }
        return Optional.empty();
    }

    /** Puts both records and every moved row back exactly as they were before the merge. */
    @Access.Manager
    @Transactional
    public void undo(long mergeId) {
        CustomerMerge merge = merges.findById(mergeId).orElseThrow();
        undoBlocker(merge).ifPresent(reason -> {
            throw new UndoNotPossible(reason);
        });
        Customer survivorNow = customers.findById(merge.survivorId()).orElseThrow();
        Customer mergedNow = customers.findById(merge.mergedId()).orElseThrow();
        Customer survivorBefore = json.readValue(merge.survivorBefore(), Customer.class);
        Customer mergedBefore = json.readValue(merge.mergedBefore(), Customer.class);
        for (Map.Entry<String, List<Long>> entry : moved(merge).entrySet()) {
            String[] tableColumn = entry.getKey().split("\\.");
            jdbc.sql("update " + tableColumn[0] + " set " + tableColumn[1] + " = ? where id in ("
                    + placeholders(entry.getValue().size()) + ")")
                    .params(concat(merge.mergedId(), entry.getValue())).update();
        }
        customerService.save(withVersion(survivorBefore, survivorNow.version()));
        customerService.save(withVersion(mergedBefore, mergedNow.version()));
        jdbc.sql("update customer set merged_into_id = null where id = ?").param(merge.mergedId()).update();
        merges.save(merge.undoneAt(clock.instant(), Actor.currentStaffId()));
        recordBoth(AuditKind.CUSTOMER_MERGE_UNDONE, merge);
    }

    /** One audit row for each record, so the owner finds the merge under either customer. */
    private void recordBoth(AuditKind kind, CustomerMerge merge) {
        String detail = "merge=" + merge.id() + " survivor=" + merge.survivorId() + " merged=" + merge.mergedId();
        audit.record(kind, merge.survivorId(), detail);
        audit.record(kind, merge.mergedId(), detail);
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public List<CustomerMerge> history(long customerId) {
        return merges.findByCustomer(customerId);
    }

    private Map<String, List<Long>> moved(CustomerMerge merge) {
        return json.readValue(merge.movedRows(), new TypeReference<Map<String, List<Long>>>() { });
    }

    private static Set<String> unionTags(Customer a, Customer b) {
        Set<String> tags = new LinkedHashSet<>();
        a.tags().forEach(t -> tags.add(t.tag()));
        b.tags().forEach(t -> tags.add(t.tag()));
        return tags;
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static List<Object> concat(Object first, List<Long> rest) {
        List<Object> params = new java.util.ArrayList<>();
        params.add(first);
        params.addAll(rest);
        return params;
    }

    private static Customer withTags(Customer c, Set<CustomerTag> tags) {
        return new Customer(c.id(), c.customerNo(), c.familyName(), c.givenName(), c.familyNameKana(),
                c.givenNameKana(), c.mobilePhone(), c.landlinePhone(), c.email(), c.birthday(), c.gender(),
                c.postalCode(), c.address(), c.occupation(), c.referralSource(), c.preferences(), c.cautions(),
                c.assignedStaffId(), c.mailOptIn(), c.active(), c.createdAt(), c.updatedAt(), tags, c.version());
    }

    private static Customer withVersion(Customer c, int version) {
        return new Customer(c.id(), c.customerNo(), c.familyName(), c.givenName(), c.familyNameKana(),
                c.givenNameKana(), c.mobilePhone(), c.landlinePhone(), c.email(), c.birthday(), c.gender(),
                c.postalCode(), c.address(), c.occupation(), c.referralSource(), c.preferences(), c.cautions(),
                c.assignedStaffId(), c.mailOptIn(), c.active(), c.createdAt(), c.updatedAt(), c.tags(), version);
    }
}
