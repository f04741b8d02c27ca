package jp.salonkarte.consent.pdf;

import java.io.ByteArrayOutputStream;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** STAND-IN until the real renderer (from /work/consentpdf) is merged. */
public final class ConsentPdfRenderer {

    private ConsentPdfRenderer() {
    }

    public static byte[] render(ConsentDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document d = new Document();
        PdfWriter.getInstance(d, out);
        d.open();
        d.add(new Paragraph(doc.documentId()));
        d.close();
        return out.toByteArray();
    }
}
