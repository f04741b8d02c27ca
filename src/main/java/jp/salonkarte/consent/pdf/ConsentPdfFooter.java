package jp.salonkarte.consent.pdf;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import static jp.salonkarte.consent.pdf.ConsentPdfText.chunk;

/**
 * The footer on every page of a consent PDF: a rule, the document id and template on the left,
 * "x / y" on the right, where y (the page count) is only known when the document closes and is
 * written into a template every page already shows.
 */
final class ConsentPdfFooter extends PdfPageEventHelper {

    private static final float FOOTER_Y = 34;

    private final ConsentDocument doc;
    private final ConsentPdfText.Fonts f;
    private @Nullable PdfTemplate total;

    ConsentPdfFooter(ConsentDocument doc, ConsentPdfText.Fonts f) {
        this.doc = doc;
        this.f = f;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.leftMargin();
        float right = page.getWidth() - document.rightMargin();
        cb.saveState();
        cb.setColorStroke(ConsentPdfRenderer.RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(left, FOOTER_Y + 12);
        cb.lineTo(right, FOOTER_Y + 12);
        cb.stroke();
        cb.restoreState();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                new Phrase(chunk("文書番号 " + doc.documentId() + "　" + ConsentPdfRenderer.templateLine(doc), f.footer)),
                left, FOOTER_Y, 0);
        // "x / " flush against the template that receives y when the page count is known.
        float totalX = right - 20;
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                new Phrase(writer.getPageNumber() + " / ", f.footer), totalX, FOOTER_Y, 0);
        if (total != null) {
            cb.addTemplate(total, totalX, FOOTER_Y);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        if (total != null) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    new Phrase(String.valueOf(writer.getPageNumber() - 1), f.footer), 0, 0, 0);
        }
    }
}
