package jp.salonkarte.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

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
            BaseFont gothic = BaseFont.createFont("ipaexg.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font(),
                    null);
            doc.add(new Paragraph("テスト印刷", new Font(gothic, 24, Font.BOLD)));
            Font body = new Font(gothic, 12);
            doc.add(new Paragraph(" ", body));
            doc.add(new Paragraph("プリンター: " + printerName, body));
            doc.add(new Paragraph("日時: " + AT.format(at), body));
            doc.add(new Paragraph(" ", body));
            doc.add(new Paragraph("このページが読めれば、同意書などの書類をこのプリンターで印刷できます。", body));
            doc.add(new Paragraph("Salon Karte — IPP document printer test page", body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private static byte[] font() throws IOException {
        byte[] f = font;
        if (f == null) {
            try (InputStream in = DocumentTestPage.class.getResourceAsStream("/fonts/ipaexg.ttf")) {
                if (in == null) {
                    throw new IOException("bundled font fonts/ipaexg.ttf is missing");
                }
                f = in.readAllBytes();
            }
            font = f;
        }
        return f;
    }
}
