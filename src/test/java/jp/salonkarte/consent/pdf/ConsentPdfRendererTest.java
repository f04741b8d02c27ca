package jp.salonkarte.consent.pdf;

import static jp.salonkarte.consent.pdf.ConsentPdfSamples.ANSWER_1;
import static jp.salonkarte.consent.pdf.ConsentPdfSamples.BODY_SENTENCE;
import static jp.salonkarte.consent.pdf.ConsentPdfSamples.CHECK_1;
import static jp.salonkarte.consent.pdf.ConsentPdfSamples.CHECK_2;
import static jp.salonkarte.consent.pdf.ConsentPdfSamples.CHECK_3;
import static jp.salonkarte.consent.pdf.ConsentPdfSamples.CUSTOMER;
import static jp.salonkarte.consent.pdf.ConsentPdfSamples.DOCUMENT_ID;
import static jp.salonkarte.consent.pdf.ConsentPdfSamples.KANA;
import static jp.salonkarte.consent.pdf.ConsentPdfSamples.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class ConsentPdfRendererTest {

    private static final byte[] PDF = ConsentPdfRenderer.render(ConsentPdfSamples.eyelashForm());

    @Test
    void openPdfReadsTheJapaneseTextBackIntact() throws Exception {
        PdfReader reader = new PdfReader(PDF);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            String text = extractor.getTextFromPage(page);
            assertThat(text).as("footer of page %d", page).contains(DOCUMENT_ID);
            all.append(text).append('\n');
        }
        String text = all.toString();
        assertThat(text).contains(TITLE, BODY_SENTENCE, CHECK_1, CHECK_2, CHECK_3, ANSWER_1, CUSTOMER + " 様", KANA,
                "2026/11/24(火) 14:05", "まつげエクステ同意書（第3版）", "ヘアサロン 桜 表参道店", "佐藤 美咲", "（回答なし）");
    }

    @Test
    void pdftotextReadsTheSameTextWithTicksAndPageNumbers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("form.pdf");
        Files.write(file, PDF);
        String text = PopplerTools.run("pdftotext", "-enc", "UTF-8", file.toString(), "-");
        String raw = PopplerTools.run("pdftotext", "-enc", "UTF-8", "-raw", file.toString(), "-");
        for (String expected : List.of(TITLE, BODY_SENTENCE, CHECK_1, CHECK_2, CHECK_3, ANSWER_1, CUSTOMER, KANA,
                DOCUMENT_ID, "2026/11/24(火) 14:05")) {
            assertThat(text + raw).contains(expected);
        }
        // Two of the three items are ticked: the invisible ✓ of each tick is in the text layer.
        assertThat(text.chars().filter(c -> c == '✓').count()).isEqualTo(2);
        assertThat(text.replace(" ", "")).contains("1/2", "2/2");
    }

    @Test
    void theFontIsIpaexGothicEmbeddedAsASubsetAndNoOtherFontIsUsed() throws Exception {
        PdfReader reader = new PdfReader(PDF);
        List<String> fonts = new ArrayList<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject o = reader.getPdfObject(i);
            if (o instanceof PdfDictionary d && PdfName.FONT.equals(d.getAsName(PdfName.TYPE))) {
                fonts.add(d.getAsName(PdfName.SUBTYPE) + " " + PdfName.decodeName(d.getAsName(PdfName.BASEFONT).toString()));
                if (PdfName.TYPE0.equals(d.getAsName(PdfName.SUBTYPE))) {
                    assertThat(d.getAsName(PdfName.ENCODING)).isEqualTo(new PdfName("Identity-H"));
                    assertThat(d.get(PdfName.TOUNICODE)).as("ToUnicode map for text extraction").isNotNull();
                    PdfDictionary cid = (PdfDictionary) PdfReader.getPdfObject(
                            d.getAsArray(PdfName.DESCENDANTFONTS).getPdfObject(0));
                    PdfDictionary descriptor = (PdfDictionary) PdfReader.getPdfObject(cid.get(PdfName.FONTDESCRIPTOR));
                    PdfObject fontFile = PdfReader.getPdfObject(descriptor.get(PdfName.FONTFILE2));
                    assertThat(fontFile).as("FontFile2 (embedded TrueType)").isInstanceOf(PdfStream.class);
                    byte[] embedded = PdfReader.getStreamBytes((org.openpdf.text.pdf.PRStream) fontFile);
                    assertThat(embedded.length).as("a subset, not the 6 MB font").isLessThan(200_000).isGreaterThan(1_000);
                    assertThat(descriptor.get(PdfName.CIDSET)).as("CIDSet (PDF/A-1)").isNotNull();
                }
            }
        }
        assertThat(fonts).hasSize(2);
        assertThat(fonts).anyMatch(f -> f.matches("/Type0 [A-Z]{6}\\+IPAexGothic"))
                .anyMatch(f -> f.matches("/CIDFontType2 [A-Z]{6}\\+IPAexGothic"));
    }

    @Test
    void aRealisticFormWithA600x250SignatureStaysUnder300Kb() {
        assertThat(PDF.length).isLessThan(300 * 1024);
    }

    @Test
    void aSecondSignatureIsPrintedWithItsLabel() throws Exception {
        ConsentDocument one = ConsentPdfSamples.eyelashForm();
        ConsentDocument two = new ConsentDocument(one.documentId(), one.storeName(), null, null, one.templateName(),
                one.templateVersion(), one.title(), "同意します。", List.of(), List.of(), one.customerName(), null, null,
                one.signedAt(), one.signaturePng(), "ご本人署名",
                ConsentPdfSamples.signaturePng(600, 250, 7), "保護者署名");
        byte[] pdf = ConsentPdfRenderer.render(two);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("ご本人署名", "保護者署名").doesNotContain("担当");
        int images = 0;
        for (int i = 1; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof PdfStream s && PdfName.IMAGE.equals(s.getAsName(PdfName.SUBTYPE))) {
                images++;
                assertThat(s.get(PdfName.SMASK)).as("no transparency in PDF/A-1").isNull();
            }
        }
        assertThat(images).isEqualTo(2);
    }

    @Test
    void aLongFormRunsOverSeveralPagesWithTheFooterOnEach() throws Exception {
        ConsentDocument one = ConsentPdfSamples.eyelashForm();
        String body = ("# 注意事項\n" + "- " + BODY_SENTENCE.repeat(3) + "\n").repeat(40);
        ConsentDocument longForm = new ConsentDocument(one.documentId(), one.storeName(), one.storeAddress(),
                one.storePhone(), one.templateName(), one.templateVersion(), one.title(), body, one.checks(),
                one.answers(), one.customerName(), one.customerKana(), one.staffName(), one.signedAt(),
                one.signaturePng(), one.signatureLabel(), null, null);
        PdfReader reader = new PdfReader(ConsentPdfRenderer.render(longForm));
        int pages = reader.getNumberOfPages();
        assertThat(pages).isGreaterThan(2);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= pages; page++) {
            assertThat(extractor.getTextFromPage(page)).contains("文書番号 " + DOCUMENT_ID);
        }
    }

    @Test
    void aFormWithoutASignatureIsRefusedWithAJapaneseMessage() {
        ConsentDocument one = ConsentPdfSamples.eyelashForm();
        assertThatThrownBy(() -> new ConsentDocument(one.documentId(), one.storeName(), null, null, one.templateName(),
                1, one.title(), one.body(), one.checks(), one.answers(), one.customerName(), null, null,
                one.signedAt(), new byte[0], "ご署名", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("空の署名");
        assertThatThrownBy(() -> new ConsentDocument(one.documentId(), one.storeName(), null, null, one.templateName(),
                1, one.title(), one.body(), one.checks(), one.answers(), one.customerName(), null, null,
                one.signedAt(), "not a png".getBytes(), "ご署名", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PNG");
    }

    @Test
    void japaneseLinesNeverBreakBeforeClosingPunctuationOrAfterOpeningBrackets() {
        char[] text = "ください。「同意」".toCharArray();
        KinsokuSplit split = KinsokuSplit.INSTANCE;
        assertThat(split.isSplitCharacter(0, 0, text.length, text, null)).as("く|だ").isTrue();
        assertThat(split.isSplitCharacter(0, 3, text.length, text, null)).as("い|。").isFalse();
        assertThat(split.isSplitCharacter(0, 4, text.length, text, null)).as("。|「").isTrue();
        assertThat(split.isSplitCharacter(0, 5, text.length, text, null)).as("「|同").isFalse();
        assertThat(split.isSplitCharacter(0, 7, text.length, text, null)).as("意|」").isFalse();
        char[] latin = "Cカール 10mm".toCharArray();
        assertThat(split.isSplitCharacter(0, 6, latin.length, latin, null)).as("1|0").isFalse();
        assertThat(split.isSplitCharacter(0, 4, latin.length, latin, null)).as("space").isTrue();
    }
}
