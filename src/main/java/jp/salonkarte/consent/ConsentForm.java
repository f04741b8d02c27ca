package jp.salonkarte.consent;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A signed consent form (署名済みの同意書) as the karte lists it, without its images and PDF.
 * It is never changed after signing.
 */
public record ConsentForm(long id, String documentId, long storeId, long customerId, @Nullable Long visitId,
        @Nullable Long bookingId, @Nullable Long staffId, long templateVersionId, int versionNo, String title,
        String filledBody, List<Check> checks, List<Answer> answers, @Nullable String secondSignatureLabel,
        LocalDateTime signedAt, String pdfSha256, String createdBy) {

    /** A check item as shown, and whether it was ticked. */
    public record Check(String label, boolean ticked) {
    }

    /** A question as shown, the customer's answer ("" when left blank), and whether it was required. */
    public record Answer(String question, String answer, boolean required) {
    }

    /** The PDF's file name, e.g. {@code CF-20261124-000123.pdf}. */
    public String fileName() {
        return documentId + ".pdf";
    }
}
