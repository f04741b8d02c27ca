package jp.salonkarte.checkout;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Paid tickets with their lines, rate totals and payments. Only what a paid ticket needs: it is
 * saved once and never updated or deleted, so there is no delete and no update path here. Lists
 * of tickets are read by {@link TicketsOfDay}, not through this repository (DD037).
 */
interface TicketRepository extends Repository<Ticket, Long> {

    Ticket save(Ticket ticket);

    Optional<Ticket> findById(Long id);

    Optional<Ticket> findByCommitKey(String commitKey);

    boolean existsByBookingId(long bookingId);
}
