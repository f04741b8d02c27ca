package jp.salonkarte.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class ReceiptPdfTest {

    @Test
    void thePdfCopySaysWhatThePaperReceiptSaysInJapanese() throws IOException {
        byte[] pdf = ReceiptPdf.render(ReceiptRendererTest.sample(false));

        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            // Lines wrap where the paper is narrow; the words themselves must be intact.
            String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s*\\n\\s*", "");
            assertThat(text).contains("ヘアサロン 桜", "登録番号 T1234567890123", "領収書", "No.20261122-0007",
                    "オーガニックハーブティー（持ち帰り） ※ ×2", "※は軽減税率（8%）対象商品", "10%対象計", "8%対象計",
                    "内消費税", "お預り（現金）", "お釣り", "担当: 山田 花子");
            assertThat(text).doesNotContain("再発行");
        }
    }

    @Test
    void theFontIsEmbeddedAsASubsetSoTheFileStaysSmall() throws IOException {
        byte[] pdf = ReceiptPdf.render(ReceiptRendererTest.sample(true));
        assertThat(pdf.length).as("bytes").isLessThan(60_000);
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            PdfDictionary font = fonts.getAsDict(fonts.getKeys().iterator().next());
            PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
            PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
            assertThat(descriptor.get(PdfName.FONTFILE2)).as("embedded TrueType").isNotNull();
            assertThat(font.getAsName(PdfName.BASEFONT).toString()).matches("/[A-Z]{6}\\+.*");
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("【再発行】");
        }
    }
}
