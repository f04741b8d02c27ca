package jp.salonkarte.customer;

/**
 * A table of another feature whose rows belong to a customer (visits, photos, tickets,
 * consents, bookings, share links). Each such feature declares a bean of this type, so a
 * merge moves its rows to the surviving customer and an undo moves exactly those rows back.
 * The table must have a numeric primary key column {@code id}.
 */
public interface CustomerReference {

    /** The table name, e.g. {@code visit}. */
    String table();

    /** The column holding the customer id, e.g. {@code customer_id}. */
    String customerColumn();

    /** The i18n key of what the rows are, for the merge preview, e.g. {@code merge.moves.visits}. */
    String labelKey();
}
