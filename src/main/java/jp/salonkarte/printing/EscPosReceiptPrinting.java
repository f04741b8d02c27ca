package jp.salonkarte.printing;

import java.util.Optional;

import jp.salonkarte.base.Access;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ReceiptPrinting} for ESC/POS thermal printers: renders the receipt for the store's
 * receipt printer (width and mode from its settings) and queues the bytes in the caller's
 * transaction. Also reprints (再発行) a receipt from the checkout history.
 */
@Service
public class EscPosReceiptPrinting implements ReceiptPrinting {

    private final PrinterService printers;
    private final PrintQueue queue;

    EscPosReceiptPrinting(PrinterService printers, PrintQueue queue) {
        this.printers = printers;
        this.queue = queue;
    }

    @Access.Staff
    @Override
    @Transactional
    public long enqueue(long storeId, Receipt receipt, boolean openDrawer) {
        Optional<Printer> printer = printers.receiptPrinter(storeId);
        if (printer.isEmpty()) {
            return -1;
        }
        Printer p = printer.get();
        byte[] bytes = ReceiptRenderer.render(receipt, p.widthMm(), p.mode(), openDrawer,
                printers.logo(storeId).orElse(null));
        String title = (receipt.reprint() ? "領収書（再発行）" : "領収書") + " No." + receipt.receiptNo();
        return queue.enqueue(p, PrintJob.Kind.RECEIPT, title, bytes);
    }

    @Access.Staff
    @Override
    @Transactional
    public long enqueueSlip(long storeId, Slip slip) {
        Optional<Printer> printer = printers.receiptPrinter(storeId);
        if (printer.isEmpty()) {
            return -1;
        }
        Printer p = printer.get();
        byte[] bytes = ReceiptRenderer.render(ReceiptDocument.rows(slip), p.widthMm(), p.mode(), false);
        return queue.enqueue(p, PrintJob.Kind.CLOSE_REPORT, slip.title(), bytes);
    }

    @Access.Staff
    @Override
    @Transactional
    public long reprint(long storeId, Receipt receipt) {
        return enqueue(storeId, receipt.asReprint(), false);
    }
}
