package jp.salonkarte.checkout;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Voids and refunds, appended once per ticket (the table's unique key says so) and never changed. */
interface TicketReversalRepository extends Repository<TicketReversal, Long> {

    TicketReversal save(TicketReversal reversal);

    Optional<TicketReversal> findByTicketId(long ticketId);
}
