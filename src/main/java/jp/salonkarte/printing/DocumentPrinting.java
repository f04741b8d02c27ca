package jp.salonkarte.printing;

/**
 * Queues a finished PDF (a signed consent form, 同意書) for the store's document printer (an
 * office / AirPrint-class printer reached over IPP). Like receipts, the job row is written in the
 * caller's transaction and printed later by the queue's worker (or a print bridge in the salon),
 * never in the UI request.
 */
public interface DocumentPrinting {

    /** Whether the store has an active document printer, so the UI can offer 「印刷」 or explain. */
    boolean hasDocumentPrinter(long storeId);

    /**
     * Queues the PDF for the store's document printer; returns the print job's id, or -1 when
     * the store has none (the caller tells staff to set one up under settings → プリンター).
     */
    long enqueuePdf(long storeId, String title, byte[] pdf);
}
