package jp.salonkarte.checkout;

import java.util.List;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.store.TaxRounding;

/**
 * A ticket being rung up (伝票, not yet paid): the lines, the ticket discount, the customer and
 * the booking it came from. It lives on the screen until it is committed; then it becomes a
 * {@link PaidTicket}, which nothing changes (DD019).
 */
public record TicketDraft(long storeId, @Nullable Long bookingId, @Nullable Long customerId, List<TicketLine> lines,
        Discount discount) {

    public static final int LINES_MAX = 100;

    public TicketDraft {
        lines = List.copyOf(lines);
        if (lines.size() > LINES_MAX) {
            throw new IllegalArgumentException("at most " + LINES_MAX + " lines");
        }
        discount = discount == null ? Discount.NONE : discount;
    }

    public static TicketDraft walkIn(long storeId) {
        return new TicketDraft(storeId, null, null, List.of(), Discount.NONE);
    }

    public Tax.Breakdown breakdown(TaxRounding rounding) {
        return Tax.of(lines.stream().map(l -> new Tax.Amount(l.taxRate(), l.amount())).toList(), discount, rounding);
    }

    public TicketDraft withLines(List<TicketLine> newLines) {
        return new TicketDraft(storeId, bookingId, customerId, newLines, discount);
    }

    public TicketDraft withDiscount(Discount newDiscount) {
        return new TicketDraft(storeId, bookingId, customerId, lines, newDiscount);
    }

    public TicketDraft withCustomer(@Nullable Long newCustomerId) {
        return new TicketDraft(storeId, bookingId, newCustomerId, lines, discount);
    }
}
