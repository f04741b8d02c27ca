package jp.salonkarte.consent;

import org.springframework.stereotype.Component;

import jp.salonkarte.customer.CustomerReference;

/**
 * Signed consent forms belong to a customer: a customer merge (顧客統合) moves them to the survivor
 * and its undo moves them back. Only the reference moves; the signed text, images and PDF never change.
 */
@Component
class ConsentFormTable implements CustomerReference {

    @Override
    public String table() {
        return "consent_form";
    }

    @Override
    public String customerColumn() {
        return "customer_id";
    }

    @Override
    public String labelKey() {
        return "merge.moves.consents";
    }
}
