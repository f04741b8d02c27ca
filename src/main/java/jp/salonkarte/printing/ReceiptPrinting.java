package jp.salonkarte.printing;

/**
 * Queues a receipt for the store's receipt printer. Called inside the transaction that commits
 * the payment, so the print job and the payment are saved together; the printing itself
 * happens later in a worker, never in the UI request.
 */
public interface ReceiptPrinting {

    /**
     * Queues the receipt (and, with {@code openDrawer}, a cash drawer kick before it) for the
     * store's receipt printer; returns the print job's id, or -1 when the store has no printer.
     */
    long enqueue(long storeId, Receipt receipt, boolean openDrawer);

    /**
     * Queues a copy of an earlier receipt marked 「再発行」, never opening the drawer; returns the
     * job's id, or -1 when the store has no printer.
     */
    /** Queues a report (レジ締め) for the store's receipt printer; returns the job's id, or -1 without a printer. */
    long enqueueSlip(long storeId, Slip slip);

    default long reprint(long storeId, Receipt receipt) {
        return enqueue(storeId, receipt.asReprint(), false);
    }
}
