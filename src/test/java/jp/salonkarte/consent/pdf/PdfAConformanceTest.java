package jp.salonkarte.consent.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The consent PDFs are PDF/A-1b as rendered and still after sealing, by veraPDF's validator. */
class PdfAConformanceTest {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theRenderedFormIsPdfA1b() throws Exception {
        assertThat(failures(ConsentPdfRenderer.render(ConsentPdfSamples.eyelashForm()))).isEmpty();
    }

    @Test
    void theSealedFormIsStillPdfA1b(@TempDir Path keys) throws Exception {
        ConsentSealer sealer = new ConsentSealer(keys, "test", Clock.fixed(Instant.parse("2026-11-24T05:05:00Z"),
                ZoneId.of("Asia/Tokyo")));
        byte[] sealed = sealer.seal(1, "ヘアサロン 桜", ConsentPdfRenderer.render(ConsentPdfSamples.eyelashForm())).pdf();
        assertThat(failures(sealed)).isEmpty();
    }

    @Test
    void theValidatorRejectsAnOrdinaryPdf() throws Exception {
        // A plain OpenPDF document (Helvetica not embedded, no XMP, no output intent): the check is real.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("not PDF/A"));
        document.close();
        assertThat(failures(out.toByteArray())).anyMatch(f -> f.startsWith("6.3.4")).anyMatch(f -> f.startsWith("6.7"));
    }

    private static List<String> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_1_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                            + " @ " + a.getLocation().getContext())
                    .distinct()
                    .toList();
        }
    }
}
