package jp.salonkarte.printing;

import java.io.ByteArrayOutputStream;

import org.openpdf.text.Anchor;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import jp.salonkarte.base.BundledFont;

/**
 * The receipt as a PDF (電子レシート) for the customer's mail and the screen: the same rows as the
 * paper receipt ({@link ReceiptDocument}), on one page as wide as 80 mm paper and as long as the
 * receipt, with the bundled IPAex Gothic embedded as a subset so it reads the same everywhere.
 */
public final class ReceiptPdf {

    private static final float WIDTH = 80 / 25.4f * 72; // 80 mm in points
    private static final float MARGIN = 12;

    private ReceiptPdf() {
    }

    public static byte[] render(Receipt receipt) {
        BaseFont base = BundledFont.pdf();
        Font normal = new Font(base, 8.5f);
        Font bold = new Font(base, 9f, Font.BOLD);
        Font big = new Font(base, 13f, Font.BOLD);
        Font link = new Font(base, 7.5f, Font.UNDERLINE, new java.awt.Color(0x1E, 0x5A, 0xA8));

        PdfPTable table = new PdfPTable(new float[] {2.2f, 1.6f});
        table.setTotalWidth(WIDTH - 2 * MARGIN);
        table.setLockedWidth(true);
        for (ReceiptDocument.Row row : ReceiptDocument.rows(receipt)) {
            switch (row) {
                case ReceiptDocument.Rule r -> {
                    PdfPCell cell = cell(new Phrase(" ", normal), 2, Element.ALIGN_LEFT);
                    cell.setBorder(Rectangle.BOTTOM);
                    cell.setBorderWidthBottom(0.4f);
                    cell.setFixedHeight(6);
                    table.addCell(cell);
                }
                case ReceiptDocument.Qr q -> {
                    Anchor anchor = new Anchor(q.url(), link);
                    anchor.setReference(q.url());
                    table.addCell(cell(anchor, 2, Element.ALIGN_CENTER));
                }
                case ReceiptDocument.Text t -> {
                    Font f = t.big() ? big : t.bold() ? bold : normal;
                    if (t.right().isEmpty()) {
                        table.addCell(cell(new Phrase(t.left(), f), 2,
                                t.align() == ReceiptDocument.Align.CENTER ? Element.ALIGN_CENTER : Element.ALIGN_LEFT));
                    } else {
                        table.addCell(cell(new Phrase(t.left(), f), 1, Element.ALIGN_LEFT));
                        table.addCell(cell(new Phrase(t.right(), f), 1, Element.ALIGN_RIGHT));
                    }
                }
            }
        }
        float height = table.getTotalHeight() + 2 * MARGIN;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(WIDTH, height), MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("領収書 No." + receipt.receiptNo());
        document.addAuthor(receipt.storeName());
        document.addCreator("Salon Karte");
        document.open();
        table.writeSelectedRows(0, -1, MARGIN, height - MARGIN, writer.getDirectContent());
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(Phrase phrase, int colspan, int align) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setColspan(colspan);
        cell.setHorizontalAlignment(align);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingTop(1.5f);
        cell.setPaddingBottom(1.5f);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(0);
        return cell;
    }
}
