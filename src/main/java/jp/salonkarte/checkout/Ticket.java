package jp.salonkarte.checkout;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import jp.salonkarte.store.TaxRounding;

/**
 * A paid ticket (伝票) as stored: the aggregate root of its lines, its per-rate totals (DD018) and
 * its payments, saved once in the commit's transaction and never saved again (DD019, DD037). A
 * void or refund is not part of it: it is a {@link TicketReversal} that refers to the ticket by id.
 * Outside the package a ticket is read as a {@link PaidTicket}.
 */
@Table("ticket")
record Ticket(
        @Id @Nullable Long id,
        long storeId,
        LocalDate businessDay,
        String receiptNo,
        String commitKey,
        @Nullable Long bookingId,
        @Nullable Long customerId,
        @Nullable Long cashierStaffId,
        @Nullable Long staffId,
        long subtotal,
        Discount.Kind discountKind,
        long discountValue,
        long discount,
        long total,
        TaxRounding taxRounding,
        long changeGiven,
        LocalDateTime paidAt,
        @MappedCollection(idColumn = "ticket_id", keyColumn = "position") List<Line> lines,
        @MappedCollection(idColumn = "ticket_id") Set<RateTotal> rateTotals,
        @MappedCollection(idColumn = "ticket_id", keyColumn = "position") List<Payment> payments) {

    Ticket {
        lines = lines == null ? List.of() : List.copyOf(lines);
        rateTotals = rateTotals == null ? Set.of() : Set.copyOf(rateTotals);
        payments = payments == null ? List.of() : List.copyOf(payments);
    }

    /** The ticket a draft becomes when these payments pay its breakdown. */
    static Ticket paid(TicketDraft draft, long storeId, LocalDate day, String receiptNo, UUID commitKey, long cashier,
            Tax.Breakdown breakdown, TaxRounding rounding, List<Payment> payments, LocalDateTime paidAt) {
        long change = payments.stream().mapToLong(Payment::change).sum();
        return new Ticket(null, storeId, day, receiptNo, commitKey.toString(), draft.bookingId(), draft.customerId(),
                cashier, countsFor(draft.lines(), cashier), breakdown.subtotal(), draft.discount().kind(), draft.discount().value(),
                breakdown.discount(), breakdown.total(), rounding, change, paidAt,
                lines(draft.lines(), breakdown), Set.copyOf(breakdown.rates().stream().map(RateTotal::of).toList()),
                payments);
    }

    /**
     * The staff member the ticket counts for in reports (客数, 指名): the stylist of its first
     * service line, else whoever rang it up — the rule the register uses for new lines.
     */
    static long countsFor(List<TicketLine> lines, long cashier) {
        return lines.stream().filter(l -> l.kind() == LineKind.SERVICE && l.staffId() != null)
                .map(TicketLine::staffId).findFirst().orElse(cashier);
    }

    /** The draft's lines as stored, each with its share of its rate's total and tax (DD041). */
    private static List<Line> lines(List<TicketLine> lines, Tax.Breakdown breakdown) {
        List<Tax.LineShare> shares = Tax.shares(
                lines.stream().map(l -> new Tax.Amount(l.taxRate(), l.amount())).toList(), breakdown);
        List<Line> stored = new java.util.ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            stored.add(Line.of(lines.get(i), shares.get(i)));
        }
        return stored;
    }

    /** This ticket with these children; a read model fills in what it read separately. */
    Ticket withChildren(List<Line> newLines, Set<RateTotal> newRateTotals, List<Payment> newPayments) {
        return new Ticket(id, storeId, businessDay, receiptNo, commitKey, bookingId, customerId, cashierStaffId,
                staffId, subtotal, discountKind, discountValue, discount, total, taxRounding, changeGiven, paidAt, newLines,
                newRateTotals, newPayments);
    }

    /** This ticket as the rest of the app reads it, with its reversal if it has one. */
    PaidTicket read(@Nullable TicketReversal reversal) {
        if (id == null) {
            throw new IllegalStateException("a ticket is read once it is saved");
        }
        return new PaidTicket(id, storeId, businessDay, receiptNo, bookingId, customerId, cashierStaffId,
                lines.stream().map(Line::toLine).toList(), new Discount(discountKind, discountValue), subtotal,
                discount, total,
                rateTotals.stream().sorted(Comparator.comparingInt(RateTotal::taxRate).reversed())
                        .map(RateTotal::toRateTotal).toList(),
                payments, changeGiven, paidAt, reversal == null ? null : reversal.read());
    }

    /**
     * A line as sold: its discount flattened and its amount after the discount kept as it was
     * computed, and what it earned after the ticket discount with its part of the rate's tax
     * ({@link Tax#shares}), the figures reports add up.
     */
    @Table("ticket_line")
    record Line(LineKind kind, @Nullable Long menuItemId, String name, long unitPrice, int quantity, int taxRate,
            @Nullable Long staffId, Discount.Kind discountKind, long discountValue, long amount, long netAmount,
            long netTax) {

        static Line of(TicketLine l, Tax.LineShare share) {
            return new Line(l.kind(), l.menuItemId(), l.name(), l.unitPrice(), l.quantity(), l.taxRate(), l.staffId(),
                    l.discount().kind(), l.discount().value(), l.amount(), share.net(), share.tax());
        }

        TicketLine toLine() {
            return new TicketLine(kind, menuItemId, name, unitPrice, quantity, taxRate, staffId,
                    new Discount(discountKind, discountValue));
        }
    }

    /** One rate's figures as printed on the receipt (DD018). */
    @Table("ticket_rate_total")
    record RateTotal(int taxRate, long gross, long discount, long total, long tax) {

        static RateTotal of(Tax.RateTotal r) {
            return new RateTotal(r.ratePercent(), r.gross(), r.discount(), r.total(), r.tax());
        }

        Tax.RateTotal toRateTotal() {
            return new Tax.RateTotal(taxRate, gross, discount, total, tax);
        }
    }
}
