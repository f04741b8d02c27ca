package jp.salonkarte.printing;

import org.springframework.stereotype.Service;

/** Placeholder until IPP document printers exist: no store has a document printer yet. */
@Service
class NoDocumentPrinting implements DocumentPrinting {

    @Override
    public boolean hasDocumentPrinter(long storeId) {
        return false;
    }

    @Override
    public long enqueuePdf(long storeId, String title, byte[] pdf) {
        return -1;
    }
}
