package jp.salonkarte.reservation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open board (on every iPad) that bookings changed, once the change is committed;
 * the boards re-read what they show through Vaadin push. In one JVM: a second app instance
 * would need a shared channel (DD015).
 */
@Component
public class BoardBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(BoardBroadcaster.class);

    private final List<Consumer<BookingService.BookingsChanged>> listeners = new CopyOnWriteArrayList<>();

    /** Registers a board; the returned handle unregisters it (on detach). */
    public Runnable register(Consumer<BookingService.BookingsChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(BookingService.BookingsChanged event) {
        for (var listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("A board could not be told about changed bookings", e);
            }
        }
    }
}
