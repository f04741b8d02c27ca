package jp.salonkarte.reservation;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Rate limits of the public booking pages per client address (DD016): page actions (opening a
 * page, loading free times, looking up a link) and bookings made, each a Bucket4j token bucket
 * refilled evenly over an hour. Buckets live in memory, per app node, in a bounded Caffeine cache
 * that forgets an address after an idle hour. The address is the servlet's remote address; behind
 * a reverse proxy set {@code server.forward-headers-strategy=native} so Tomcat puts the client's
 * address there from X-Forwarded-For, and only for proxies it trusts.
 */
@Component
public class WebBookingGuard {

    private final Cache<String, Bucket> actions;
    private final Cache<String, Bucket> bookings;
    private final int actionsPerHour;
    private final int bookingsPerHour;

    @org.springframework.beans.factory.annotation.Autowired
    WebBookingGuard(jp.salonkarte.base.SalonKarteProperties properties) {
        this(properties.webbook().actionsPerHour(), properties.webbook().bookingsPerHour());
    }

    WebBookingGuard(int actionsPerHour, int bookingsPerHour) {
        this.actionsPerHour = actionsPerHour;
        this.bookingsPerHour = bookingsPerHour;
        this.actions = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();
        this.bookings = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();
    }

    /** One page action from this address; false when it used up its hourly allowance. */
    public boolean tryAction(String clientAddress) {
        return actions.get(key(clientAddress), k -> bucket(actionsPerHour)).tryConsume(1);
    }

    /** One booking (or change, or cancellation) from this address; false when over the hourly limit. */
    public boolean tryBooking(String clientAddress) {
        return bookings.get(key(clientAddress), k -> bucket(bookingsPerHour)).tryConsume(1);
    }

    private static String key(String clientAddress) {
        return clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
    }

    private static Bucket bucket(int perHour) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
                .build();
    }
}
