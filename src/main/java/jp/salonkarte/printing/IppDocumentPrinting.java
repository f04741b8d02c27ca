package jp.salonkarte.printing;

import java.util.Optional;

import jp.salonkarte.base.Access;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DocumentPrinting} for IPP document printers (DD028): the PDF is queued as a DOCUMENT job
 * for the store's document printer in the caller's transaction; the worker (or the print bridge
 * in the salon) sends it with an IPP Print-Job, under the same retry policy as receipts.
 */
@Service
class IppDocumentPrinting implements DocumentPrinting {

    private final PrinterService printers;
    private final PrintQueue queue;

    IppDocumentPrinting(PrinterService printers, PrintQueue queue) {
        this.printers = printers;
        this.queue = queue;
    }

    @Access.Staff
    @Override
    @Transactional(readOnly = true)
    public boolean hasDocumentPrinter(long storeId) {
        return printers.documentPrinter(storeId).isPresent();
    }

    /** Refuses bytes that are not a PDF ({@link IllegalArgumentException}): a printer would only print garbage. */
    @Access.Staff
    @Override
    @Transactional
    public long enqueuePdf(long storeId, String title, byte[] pdf) {
        if (pdf == null || pdf.length < 5 || pdf[0] != '%' || pdf[1] != 'P' || pdf[2] != 'D' || pdf[3] != 'F'
                || pdf[4] != '-') {
            throw new IllegalArgumentException("not a PDF");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a document needs a title");
        }
        Optional<Printer> printer = printers.documentPrinter(storeId);
        if (printer.isEmpty()) {
            return -1;
        }
        return queue.enqueue(printer.get(), PrintJob.Kind.DOCUMENT, title.strip(), pdf);
    }
}
