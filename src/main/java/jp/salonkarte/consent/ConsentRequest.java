package jp.salonkarte.consent;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A consent form staff handed to a customer on the iPad and not yet signed: which template version,
 * for whom, and its text with the placeholders already filled. It lives on the server (the kiosk's
 * session) and the signed form keeps exactly this text; the browser only sends ticks, answers and
 * the signature.
 *
 * @param token the unguessable part of the kiosk's address
 * @param staffId who handed the iPad over
 */
public record ConsentRequest(String token, long storeId, String storeName, long customerId, String customerName,
        @Nullable String customerKana, @Nullable Long visitId, @Nullable Long bookingId, long staffId,
        @Nullable String staffName, long templateVersionId, int versionNo, String templateName, String title,
        String body, List<String> checkItems, List<ConsentQuestion> questions, @Nullable String secondSignatureLabel,
        Instant preparedAt) implements Serializable {

    public ConsentRequest {
        checkItems = List.copyOf(checkItems);
        questions = List.copyOf(questions);
    }

    public boolean needsSecondSignature() {
        return secondSignatureLabel != null;
    }
}
