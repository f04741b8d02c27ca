package jp.salonkarte.consent;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the owner typed into the template editor (同意書テンプレート). The rules are checked here,
 * so a draft that exists can be saved: title and body present, every check item and question
 * labelled, every placeholder known. Each rule broken throws a {@link ConsentException} whose key
 * says which, in Japanese.
 *
 * @param body the text the customer reads: {@code # 見出し} lines, {@code - 項目} or {@code ・項目}
 *        bullet lines, a blank line between paragraphs
 * @param checkItems statements the customer must tick, each one required
 * @param secondSignatureLabel who signs second (保護者, スタッフ立会い), or null for one signature
 */
public record ConsentTemplateDraft(String title, String body, List<String> checkItems, List<ConsentQuestion> questions,
        @Nullable String secondSignatureLabel) {

    public static final int TITLE_MAX_LENGTH = 100;
    public static final int BODY_MAX_LENGTH = 10_000;
    public static final int CHECK_MAX_LENGTH = 200;
    public static final int CHECKS_MAX = 20;
    public static final int QUESTIONS_MAX = 10;
    public static final int SECOND_SIGNATURE_MAX_LENGTH = 40;

    public ConsentTemplateDraft {
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.replace("\r\n", "\n").strip();
        checkItems = checkItems == null ? List.of()
                : checkItems.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
        questions = questions == null ? List.of()
                : questions.stream().filter(Objects::nonNull).filter(q -> !q.label().isEmpty()).toList();
        secondSignatureLabel = secondSignatureLabel == null || secondSignatureLabel.isBlank() ? null
                : secondSignatureLabel.strip();
        if (title.isEmpty()) {
            throw new ConsentException("consent.template.error.title");
        }
        if (title.length() > TITLE_MAX_LENGTH) {
            throw new ConsentException("consent.template.error.title-long", TITLE_MAX_LENGTH);
        }
        if (body.isEmpty()) {
            throw new ConsentException("consent.template.error.body");
        }
        if (body.length() > BODY_MAX_LENGTH) {
            throw new ConsentException("consent.template.error.body-long", BODY_MAX_LENGTH);
        }
        if (checkItems.size() > CHECKS_MAX || checkItems.stream().anyMatch(c -> c.length() > CHECK_MAX_LENGTH)) {
            throw new ConsentException("consent.template.error.checks", CHECKS_MAX, CHECK_MAX_LENGTH);
        }
        if (questions.size() > QUESTIONS_MAX
                || questions.stream().anyMatch(q -> q.label().length() > ConsentQuestion.LABEL_MAX_LENGTH)) {
            throw new ConsentException("consent.template.error.questions", QUESTIONS_MAX,
                    ConsentQuestion.LABEL_MAX_LENGTH);
        }
        if (secondSignatureLabel != null && secondSignatureLabel.length() > SECOND_SIGNATURE_MAX_LENGTH) {
            throw new ConsentException("consent.template.error.second-signature", SECOND_SIGNATURE_MAX_LENGTH);
        }
        Placeholders.check(title);
        Placeholders.check(body);
        checkItems.forEach(Placeholders::check);
        questions.forEach(q -> Placeholders.check(q.label()));
    }
}
