package jp.salonkarte.checkout;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A committed ticket as stored: immutable; a void or refund shows as its {@link Reversal}. */
public record PaidTicket(long id, long storeId, LocalDate businessDay, String receiptNo, @Nullable Long bookingId,
        @Nullable Long customerId, @Nullable Long cashierStaffId, List<TicketLine> lines, Discount discount,
        long subtotal, long discountYen, long total, List<Tax.RateTotal> rateTotals, List<Payment> payments,
        long change, LocalDateTime paidAt, @Nullable Reversal reversal) {

    /** A void (same day) or refund (later) of the whole ticket: who, when, why, how much went back. */
    public record Reversal(Kind kind, String reason, long staffId, LocalDate businessDay, long amount, long cashAmount,
            LocalDateTime createdAt) {

        public static final int REASON_MAX_LENGTH = 200;

        public enum Kind {
            VOID, REFUND
        }
    }

    public boolean reversed() {
        return reversal != null;
    }

    public long cashPaid() {
        return payments.stream().filter(p -> p.method() == PaymentMethod.CASH).mapToLong(Payment::amount).sum();
    }
}
