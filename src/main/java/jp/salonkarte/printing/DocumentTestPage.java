package jp.salonkarte.printing;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

import jp.salonkarte.base.BundledFont;

/**
 * The テスト印刷 page for an IPP document printer: one A4 page of Japanese text as a PDF, with the
 * bundled IPAex Gothic embedded (subset), so it also shows whether the printer renders Japanese.
 */
final class DocumentTestPage {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
    private static volatile byte[] font;

    private DocumentTestPage() {
    }

    static byte[] pdf(String printerName, LocalDateTime at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(doc, out);
        doc.open();
        try {
            BaseFont gothic = BundledFont.pdf();
            doc.add(new Paragraph("テスト印刷", new Font(gothic, 24, Font.BOLD)));
            Font body = new Font(gothic, 12);
            doc.add(new Paragraph(" ", body));
            doc.add(new Paragraph("プリンター: " + printerName, body));
            doc.add(new Paragraph("日時: " + AT.format(at), body));
            doc.add(new Paragraph(" ", body));
            doc.add(new Paragraph("このページが読めれば、同意書などの書類をこのプリンターで印刷できます。", body));
            doc.add(new Paragraph("Salon Karte — IPP document printer test page", body));
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }
}
