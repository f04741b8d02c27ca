package jp.salonkarte.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Customer names for the owner's log screen, provided by the customer feature (which records
 * events here, so this package may not depend on it: ArchitectureTest forbids the cycle).
 */
public interface AuditedCustomers {

    /** A customer as the log screen names it. */
    record Named(long id, String name) {
    }

    /** Customers whose name, reading, phone or number match, for the customer filter. */
    List<Named> search(String text);

    /** Display names of these customers (merged and inactive ones too); unknown ids are left out. */
    Map<Long, String> names(Collection<Long> ids);
}
