package jp.salonkarte.audit;

import java.util.Locale;

/** What was done with a customer's personal data (個人情報の閲覧・操作の種類), as stored in {@code audit_event.kind}. */
public enum AuditKind {
    /** The karte (電子カルテ) was opened. */
    KARTE_VIEWED,
    /** A photo or drawing sheet was shown full screen (detail: the photo id). */
    PHOTO_VIEWED,
    /** Two photos were opened side by side. */
    PHOTOS_COMPARED,
    /** A signed consent form (its PDF) was opened (detail: the form id). */
    CONSENT_VIEWED,
    /** A signed consent form was sent to the document printer. */
    CONSENT_PRINTED,
    /** A signed consent form was queued to the customer's e-mail address. */
    CONSENT_MAILED,
    /** Every customer was exported as CSV. */
    CUSTOMER_CSV_EXPORTED,
    /** A report list (tickets with customer names) was downloaded as CSV (detail: which list, how many rows). */
    REPORT_CSV_EXPORTED,
    /** Customers were created from a CSV file (detail: how many). */
    CUSTOMER_CSV_IMPORTED,
    /** A customer record was created. */
    CUSTOMER_CREATED,
    /** A customer record was changed (also deactivated or reactivated). */
    CUSTOMER_CHANGED,
    /** Two records of one person were merged (one row for each of them). */
    CUSTOMER_MERGED,
    /** A merge was undone (one row for each of the two records). */
    CUSTOMER_MERGE_UNDONE;

    /** The i18n key of the label the owner's screen shows, e.g. {@code audit.kind.karte-viewed}. */
    public String labelKey() {
        return "audit.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
