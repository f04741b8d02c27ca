package jp.salonkarte.consent.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import jp.salonkarte.base.BundledFont;
import jp.salonkarte.consent.pdf.ConsentPdfText.Fonts;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import static jp.salonkarte.consent.pdf.ConsentPdfText.INK;
import static jp.salonkarte.consent.pdf.ConsentPdfText.chunk;
import static jp.salonkarte.consent.pdf.ConsentPdfText.paragraph;

/**
 * Lays a signed consent form out as an A4 PDF/A-1b: store header, title, the body with headings
 * and bullet points, the check items, the answers, who signed when, the signature image(s), and
 * on every page a footer with the document id, the template and "page x / y".
 *
 * <p>All text is set in the bundled IPAex Gothic, embedded as a subset (Identity-H with a ToUnicode
 * map, so the text can be searched and copied); Japanese lines break between any two characters
 * except where 禁則 (kinsoku) rules forbid it ({@link KinsokuSplit}). See DD026. The fonts and text
 * pieces are in {@link ConsentPdfText}, the page footer in {@link ConsentPdfFooter}, the PDF/A
 * touches after the layout in {@link PdfA}.
 */
public final class ConsentPdfRenderer {

    static final String CHECK_MARK = "✓";
    static final DateTimeFormatter SIGNED_AT = jp.salonkarte.base.DateFormats.JAPANESE_DAY_TIME;

    private static final float MARGIN_X = 56;
    private static final float MARGIN_TOP = 50;
    private static final float MARGIN_BOTTOM = 64;
    static final Color RULE = new Color(0xbd, 0xc1, 0xc6);
    private static final float SIGNATURE_MAX_W = 250;
    private static final float SIGNATURE_MAX_H = 104;

    private ConsentPdfRenderer() {
    }

    /** The form as PDF bytes (A4, PDF/A-1b, not yet sealed). */
    public static byte[] render(ConsentDocument doc) {
        try {
            byte[] pdf = layout(doc);
            return PdfA.addCidSets(pdf);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("同意書 " + doc.documentId() + " の PDF を作れませんでした", e);
        }
    }

    /** The layout alone, before the PDF/A touches ({@link PdfA}). */
    static byte[] layout(ConsentDocument doc) throws DocumentException, IOException {
        Fonts f = new Fonts(BundledFont.pdf());
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        Document document = new Document(PageSize.A4, MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setCompressionLevel(9);
        writer.setPageEvent(new ConsentPdfFooter(doc, f));
        document.addTitle(doc.title());
        document.addSubject(doc.templateName() + " 第" + doc.templateVersion() + "版 / " + doc.documentId());
        document.addAuthor(doc.storeName());
        document.addCreator("Salon Karte");
        document.addCreationDate();
        writer.createXmpMetadata();
        document.open();
        writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                ICC_Profile.getInstance(ColorSpace.CS_sRGB));

        header(document, doc, f);
        Paragraph title = paragraph(doc.title(), f.title);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(14);
        title.setSpacingAfter(4);
        document.add(title);
        Paragraph template = paragraph(templateLine(doc), f.small);
        template.setAlignment(Element.ALIGN_CENTER);
        template.setSpacingAfter(12);
        document.add(template);

        for (Element e : body(doc.body(), f)) {
            document.add(e);
        }
        if (!doc.checks().isEmpty()) {
            document.add(sectionHeading("確認事項", f));
            document.add(checks(doc.checks(), f));
        }
        if (!doc.answers().isEmpty()) {
            document.add(sectionHeading("ご質問への回答", f));
            for (ConsentDocument.Answer a : doc.answers()) {
                Paragraph q = paragraph(a.question(), f.label);
                q.setSpacingBefore(4);
                document.add(q);
                Paragraph answer = paragraph(a.answer().isBlank() ? "（回答なし）" : a.answer(), f.text);
                answer.setIndentationLeft(12);
                answer.setSpacingAfter(2);
                document.add(answer);
            }
        }
        document.add(sectionHeading("署名", f));
        document.add(signatures(doc, f));
        document.close();
        return out.toByteArray();
    }

    static String templateLine(ConsentDocument doc) {
        return doc.templateName() + "（第" + doc.templateVersion() + "版）";
    }

    private static void header(Document document, ConsentDocument doc, Fonts f) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[] {1.2f, 1f});
        t.setWidthPercentage(100);
        PdfPCell name = cell(new Phrase(chunk(doc.storeName(), f.store)));
        name.setVerticalAlignment(Element.ALIGN_BOTTOM);
        t.addCell(name);
        Paragraph contact = new Paragraph("", f.small);
        contact.setLeading(0, 1.35f);
        contact.setAlignment(Element.ALIGN_RIGHT);
        List<String> lines = new ArrayList<>();
        if (present(doc.storeAddress())) {
            lines.add(doc.storeAddress().strip());
        }
        if (present(doc.storePhone())) {
            lines.add("TEL " + doc.storePhone().strip());
        }
        contact.add(chunk(String.join("\n", lines), f.small));
        PdfPCell right = new PdfPCell();
        right.setBorder(Rectangle.NO_BORDER);
        right.addElement(contact);
        right.setVerticalAlignment(Element.ALIGN_BOTTOM);
        t.addCell(right);
        PdfPCell rule = new PdfPCell();
        rule.setColspan(2);
        rule.setBorder(Rectangle.BOTTOM);
        rule.setBorderColor(RULE);
        rule.setBorderWidth(0.8f);
        rule.setFixedHeight(6);
        t.addCell(rule);
        document.add(t);
    }

    /** The body's tiny markup as paragraphs: "# x" headings, "- x" / "・x" bullets, blank lines between paragraphs. */
    static List<Element> body(String body, Fonts f) {
        List<Element> out = new ArrayList<>();
        List<String> para = new ArrayList<>();
        for (String raw : body.split("\\R", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(para, out, f);
            } else if (line.startsWith("#")) {
                flush(para, out, f);
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                Paragraph h = paragraph(line.substring(level).strip(), level == 1 ? f.heading : f.subheading);
                h.setSpacingBefore(10);
                h.setSpacingAfter(3);
                out.add(h);
            } else if (line.startsWith("- ") || line.equals("-") || line.startsWith("・")) {
                flush(para, out, f);
                String text = line.startsWith("・") ? line.substring(1).strip() : line.substring(1).strip();
                Paragraph b = new Paragraph("", f.text);
                b.setLeading(0, 1.5f);
                b.setIndentationLeft(14);
                b.setFirstLineIndent(-11);
                b.add(chunk("・", f.text));
                b.add(chunk(text, f.text));
                b.setSpacingAfter(1.5f);
                out.add(b);
            } else {
                para.add(line);
            }
        }
        flush(para, out, f);
        return out;
    }

    private static void flush(List<String> lines, List<Element> out, Fonts f) {
        if (lines.isEmpty()) {
            return;
        }
        Paragraph p = paragraph(String.join("\n", lines), f.text);
        p.setSpacingBefore(2);
        p.setSpacingAfter(5);
        out.add(p);
        lines.clear();
    }

    private static Paragraph sectionHeading(String text, Fonts f) {
        Paragraph h = paragraph(text, f.heading);
        h.setSpacingBefore(14);
        h.setSpacingAfter(4);
        return h;
    }

    private static PdfPTable checks(List<ConsentDocument.CheckItem> checks, Fonts f) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[] {22, 460});
        t.setWidthPercentage(100);
        t.setSpacingBefore(2);
        for (ConsentDocument.CheckItem item : checks) {
            // The box and its tick are drawn; an invisible ✓ keeps "ticked" in the text layer (search, copy, tests).
            Chunk mark = chunk(item.ticked() ? CHECK_MARK : " ", f.check);
            mark.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_INVISIBLE, 0, null);
            PdfPCell box = cell(new Phrase(mark));
            box.setCellEvent(new Box(item.ticked()));
            t.addCell(box);
            PdfPCell label = cell(new Phrase(chunk(item.label(), f.text)));
            label.setPaddingBottom(5);
            t.addCell(label);
        }
        return t;
    }

    private static PdfPTable signatures(ConsentDocument doc, Fonts f) throws DocumentException, IOException {
        PdfPTable t = new PdfPTable(new float[] {1f, 3.2f});
        t.setWidthPercentage(100);
        t.setKeepTogether(true);
        Phrase name = new Phrase("", f.value);
        name.add(chunk(doc.customerName() + " 様", f.value));
        if (present(doc.customerKana())) {
            name.add(chunk("（" + doc.customerKana().strip() + "）", f.small));
        }
        row(t, "お名前", name, f);
        if (present(doc.staffName())) {
            row(t, "担当", new Phrase(chunk(doc.staffName().strip(), f.value)), f);
        }
        row(t, "署名日時", new Phrase(chunk(SIGNED_AT.format(doc.signedAt()), f.value)), f);
        signatureRow(t, doc.signatureLabel(), doc.signaturePng(), f);
        if (doc.secondSignaturePng() != null && doc.secondSignatureLabel() != null) {
            signatureRow(t, doc.secondSignatureLabel(), doc.secondSignaturePng(), f);
        }
        return t;
    }

    private static void row(PdfPTable t, String label, Phrase value, Fonts f) {
        PdfPCell l = cell(new Phrase(chunk(label, f.label)));
        l.setPaddingBottom(6);
        t.addCell(l);
        PdfPCell v = cell(value);
        v.setPaddingBottom(6);
        t.addCell(v);
    }

    private static void signatureRow(PdfPTable t, String label, byte[] png, Fonts f) throws IOException, DocumentException {
        PdfPCell l = cell(new Phrase(chunk(label, f.label)));
        l.setVerticalAlignment(Element.ALIGN_MIDDLE);
        t.addCell(l);
        Image image = signatureImage(png);
        image.scaleToFit(SIGNATURE_MAX_W, SIGNATURE_MAX_H);
        PdfPCell v = new PdfPCell(image, false);
        v.setBorder(Rectangle.BOX);
        v.setBorderColor(RULE);
        v.setBorderWidth(0.6f);
        v.setPadding(6);
        v.setHorizontalAlignment(Element.ALIGN_LEFT);
        v.setFixedHeight(SIGNATURE_MAX_H + 12);
        t.addCell(v);
        PdfPCell gap = new PdfPCell();
        gap.setColspan(2);
        gap.setBorder(Rectangle.NO_BORDER);
        gap.setFixedHeight(8);
        t.addCell(gap);
    }

    /**
     * The signature PNG flattened onto white: PDF/A-1 allows no transparency (soft masks), and
     * a plain RGB image compresses well (a 600x250 finger signature is a few kB).
     */
    static Image signatureImage(byte[] png) throws IOException, DocumentException {
        BufferedImage source = ImageIO.read(new ByteArrayInputStream(png));
        if (source == null) {
            throw new IllegalArgumentException("署名の画像を読み込めません");
        }
        BufferedImage flat = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, flat.getWidth(), flat.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return Image.getInstance(flat, null);
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setBorder(Rectangle.NO_BORDER);
        c.setLeading(0, 1.45f);
        c.setPaddingLeft(0);
        return c;
    }

    private static boolean present(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    /** The square of a check item, ticked or not; IPAex Gothic has no ☐/☑ glyphs, so it is drawn. */
    private static final class Box implements PdfPCellEvent {
        private final boolean ticked;

        Box(boolean ticked) {
            this.ticked = ticked;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
            float size = 11;
            float x = position.getLeft() + (position.getWidth() - size) / 2;
            float y = position.getTop() - 5f - size;
            cb.saveState();
            cb.setColorStroke(INK);
            cb.setLineWidth(0.8f);
            cb.rectangle(x, y, size, size);
            cb.stroke();
            if (ticked) {
                cb.setLineWidth(1.6f);
                cb.setLineCap(PdfContentByte.LINE_CAP_ROUND);
                cb.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
                cb.moveTo(x + 2.2f, y + 5.8f);
                cb.lineTo(x + 4.6f, y + 3f);
                cb.lineTo(x + 9f, y + 9.2f);
                cb.stroke();
            }
            cb.restoreState();
        }
    }
}
