package jp.salonkarte.checkout;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A void (取消) or refund (返金) of a whole ticket: an aggregate of its own, appended once and never
 * changed, that refers to its ticket by id (DD019, DD037). It is not a child of {@link Ticket}: the
 * ticket is saved once and never again, and the reversal is booked on the day the money went back,
 * which is not the ticket's day for a refund.
 */
@Table("ticket_reversal")
record TicketReversal(
        @Id @Nullable Long id,
        long ticketId,
        long storeId,
        PaidTicket.Reversal.Kind kind,
        String reason,
        long staffId,
        LocalDate businessDay,
        long amount,
        long cashAmount,
        LocalDateTime createdAt) {

    /** Hands back all of this ticket's money, by the way it came, on {@code day}. */
    static TicketReversal of(PaidTicket ticket, PaidTicket.Reversal.Kind kind, String reason, long staffId,
            LocalDate day, LocalDateTime at) {
        return new TicketReversal(null, ticket.id(), ticket.storeId(), kind, reason, staffId, day, ticket.total(),
                ticket.cashPaid(), at);
    }

    PaidTicket.Reversal read() {
        return new PaidTicket.Reversal(kind, reason, staffId, businessDay, amount, cashAmount, createdAt);
    }
}
