package jp.salonkarte.checkout;

import org.springframework.stereotype.Component;

import jp.salonkarte.customer.CustomerReference;

/**
 * Paid tickets belong to a customer: a customer merge (顧客統合) moves them to the survivor and its
 * undo moves them back. This re-points the reference only; what was sold and paid never changes.
 */
@Component
class TicketTable implements CustomerReference {

    @Override
    public String table() {
        return "ticket";
    }

    @Override
    public String customerColumn() {
        return "customer_id";
    }

    @Override
    public String labelKey() {
        return "merge.moves.tickets";
    }
}
