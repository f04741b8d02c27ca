package jp.salonkarte.customer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.salonkarte.base.Access;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Last visit and next booking of a page of customers, in one query per kind. */
@Service
public class CustomerActivities {

    /** What a list shows under a customer's name; either may be null. */
    public record Highlights(@Nullable LocalDateTime lastVisit, @Nullable LocalDateTime nextBooking) {
        static final Highlights NONE = new Highlights(null, null);
    }

    private final List<CustomerActivity> sources;
    private final Clock clock;

    CustomerActivities(List<CustomerActivity> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public Map<Long, Highlights> of(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Map<CustomerActivity.Kind, Map<Long, LocalDateTime>> byKind = new EnumMap<>(CustomerActivity.Kind.class);
        for (CustomerActivity source : sources) {
            byKind.computeIfAbsent(source.kind(), k -> new java.util.HashMap<>())
                    .putAll(source.find(customerIds, now));
        }
        Map<Long, Highlights> result = new java.util.HashMap<>();
        for (Long id : customerIds) {
            LocalDateTime last = byKind.getOrDefault(CustomerActivity.Kind.LAST_VISIT, Map.of()).get(id);
            LocalDateTime next = byKind.getOrDefault(CustomerActivity.Kind.NEXT_BOOKING, Map.of()).get(id);
            result.put(id, last == null && next == null ? Highlights.NONE : new Highlights(last, next));
        }
        return result;
    }
}
