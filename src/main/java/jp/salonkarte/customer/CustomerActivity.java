package jp.salonkarte.customer;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;

/**
 * A moment in a customer's history that lists show next to the name: the last visit (from the
 * karte) or the next booking (from the reservation board). Each feature supplies its own as a
 * bean, so the customer package does not depend on them.
 */
public interface CustomerActivity {

    enum Kind { LAST_VISIT, NEXT_BOOKING }

    Kind kind();

    /** For each of the customers that has one, the moment; {@code now} is the store's wall-clock time. */
    Map<Long, LocalDateTime> find(Collection<Long> customerIds, LocalDateTime now);
}
