package jp.salonkarte.consent;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One immutable version of a consent template (同意書テンプレートの版). Editing a template never
 * changes a version; it adds the next one, and signed forms keep pointing at theirs.
 */
public record ConsentTemplateVersion(long id, long templateId, int versionNo, String title, String body,
        List<String> checkItems, List<ConsentQuestion> questions, @Nullable String secondSignatureLabel,
        Instant createdAt, String createdBy) {

    public ConsentTemplateVersion {
        checkItems = List.copyOf(checkItems);
        questions = List.copyOf(questions);
    }

    /** The text of this version as the editor shows it. */
    public ConsentTemplateDraft draft() {
        return new ConsentTemplateDraft(title, body, checkItems, questions, secondSignatureLabel);
    }

    public boolean needsSecondSignature() {
        return secondSignatureLabel != null;
    }
}
