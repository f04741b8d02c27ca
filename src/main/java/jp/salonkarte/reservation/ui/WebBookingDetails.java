package jp.salonkarte.reservation.ui;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.base.Kana;
import jp.salonkarte.reservation.WebBookingForm;
import jp.salonkarte.reservation.WebBookingService;

/**
 * The details step of the public booking page: name, furigana, phone, e-mail and a note, plus the
 * bot checks that go with them (a hidden honeypot field and a small sum). Built once, so going
 * back keeps what was typed; the page checks the fields here and the service checks them again.
 */
final class WebBookingDetails {

    private final Component page;
    final TextField familyName = new TextField();
    final TextField givenName = new TextField();
    final TextField familyKana = new TextField();
    final TextField givenKana = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final TextArea note = new TextArea();
    final TextField website = new TextField();
    final TextField humanCheck = new TextField();
    private final Paragraph humanQuestion = new Paragraph();
    private final Paragraph error = new Paragraph();
    final int humanA = ThreadLocalRandom.current().nextInt(1, 10);
    final int humanB = ThreadLocalRandom.current().nextInt(1, 10);

    WebBookingDetails(Component page) {
        this.page = page;
        text(familyName, "webbook-family-name", "webbook.family-name", "例）山田", WebBookingForm.NAME_MAX_LENGTH);
        familyName.setAutocomplete(Autocomplete.FAMILY_NAME);
        text(givenName, "webbook-given-name", "webbook.given-name", "例）花子", WebBookingForm.NAME_MAX_LENGTH);
        givenName.setAutocomplete(Autocomplete.GIVEN_NAME);
        text(familyKana, "webbook-family-kana", "webbook.family-kana", "例）ヤマダ", WebBookingForm.NAME_MAX_LENGTH);
        text(givenKana, "webbook-given-kana", "webbook.given-kana", "例）ハナコ", WebBookingForm.NAME_MAX_LENGTH);
        text(phone, "webbook-phone", "webbook.phone", "例）090-1234-5678", WebBookingForm.PHONE_MAX_LENGTH);
        phone.getElement().setAttribute("type", "tel");
        phone.getElement().setAttribute("inputmode", "tel");
        phone.setAutocomplete(Autocomplete.TEL);
        email.setId("webbook-email");
        email.setLabel(page.getTranslation("webbook.email"));
        email.setPlaceholder("例）hanako@example.com");
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(WebBookingForm.EMAIL_MAX_LENGTH);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.getElement().setAttribute("inputmode", "email");
        email.getElement().setAttribute("autocapitalize", "none");
        email.setHelperText(page.getTranslation("webbook.email.helper"));
        email.setWidthFull();
        note.setId("webbook-note");
        note.setLabel(page.getTranslation("webbook.note"));
        note.setMaxLength(WebBookingForm.NOTE_MAX_LENGTH);
        note.setWidthFull();
        // The honeypot: hidden from people (and screen readers), a form-filling bot types into it.
        website.setId("webbook-website");
        website.setLabel("Website");
        website.addClassName("webbook-hp");
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("tabindex", "-1");
        website.setAutocomplete(Autocomplete.OFF);
        humanCheck.setId("webbook-human");
        humanCheck.setLabel(page.getTranslation("webbook.human.sum", humanA, humanB));
        humanQuestion.setText(page.getTranslation("webbook.human"));
        humanQuestion.addClassName("webbook-human-question");
        humanCheck.getElement().setAttribute("inputmode", "numeric");
        humanCheck.setAutocomplete(Autocomplete.OFF);
        humanCheck.setMaxLength(3);
        humanCheck.setRequiredIndicatorVisible(true);
        humanCheck.setWidth("10em");
        error.setId("webbook-details-error");
        error.addClassNames("webbook-error");
        error.setVisible(false);
    }

    private void text(TextField field, String id, String labelKey, String placeholder, int max) {
        field.setId(id);
        field.setLabel(page.getTranslation(labelKey));
        field.setPlaceholder(placeholder);
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
    }

    /** Adds the fields to the step's body, the names and readings in pairs, the error last. */
    void addTo(HasComponents body) {
        Div names = new Div(familyName, givenName);
        names.addClassName("webbook-pair");
        Div kana = new Div(familyKana, givenKana);
        kana.addClassName("webbook-pair");
        body.add(names, kana, phone, email, note, website, humanQuestion, humanCheck, error);
    }

    /** Checks the details in the page (readings become katakana); the service checks them again. */
    boolean validate() {
        boolean ok = true;
        for (TextField f : new TextField[] {familyName, givenName}) {
            boolean valid = !f.getValue().isBlank();
            f.setInvalid(!valid);
            f.setErrorMessage(page.getTranslation("validation.required"));
            ok &= valid;
        }
        for (TextField f : new TextField[] {familyKana, givenKana}) {
            boolean valid = Kana.isKana(f.getValue());
            f.setInvalid(!valid);
            f.setErrorMessage(page.getTranslation(f.getValue().isBlank() ? "validation.required" : "validation.kana"));
            ok &= valid;
            if (valid) {
                f.setValue(Kana.toKatakana(f.getValue()));
            }
        }
        boolean phoneOk = WebBookingService.validPhone(phone.getValue()).isPresent();
        phone.setInvalid(!phoneOk);
        phone.setErrorMessage(page.getTranslation(phone.getValue().isBlank() ? "validation.required"
                : "webbook.error.phone"));
        ok &= phoneOk;
        boolean emailOk = WebBookingService.validEmail(email.getValue()).isPresent();
        email.setInvalid(!emailOk);
        email.setErrorMessage(page.getTranslation(email.getValue().isBlank() ? "validation.required"
                : "webbook.error.email"));
        ok &= emailOk;
        boolean humanOk = java.text.Normalizer.normalize(humanCheck.getValue(), java.text.Normalizer.Form.NFKC)
                .strip().equals(String.valueOf(humanA + humanB));
        humanCheck.setInvalid(!humanOk);
        humanCheck.setErrorMessage(page.getTranslation("webbook.error.human"));
        ok &= humanOk;
        error.setText(page.getTranslation("validation.fix-fields"));
        error.setVisible(!ok);
        return ok;
    }

    /** True when the hidden field was filled in: only a bot does that. */
    boolean honeypotFilled() {
        return !website.getValue().isEmpty();
    }

    /** The visitor's lines of the booking summary: name with reading, phone, e-mail, and the note if any. */
    List<Div> summaryRows() {
        List<Div> rows = new ArrayList<>(List.of(
                WebBookingPages.row("webbook.summary.name", familyName.getValue().strip() + " "
                        + givenName.getValue().strip() + "（" + familyKana.getValue() + " " + givenKana.getValue()
                        + "）"),
                WebBookingPages.row("webbook.summary.phone", phone.getValue().strip()),
                WebBookingPages.row("webbook.summary.email", email.getValue().strip())));
        if (!note.getValue().isBlank()) {
            rows.add(WebBookingPages.row("webbook.summary.note", note.getValue().strip()));
        }
        return rows;
    }

    /** What the service books: the visitor's choices and the details as typed (the service checks them). */
    WebBookingForm form(long storeId, List<Long> menuItemIds, @Nullable Long staffId, LocalDateTime start) {
        return new WebBookingForm(storeId, menuItemIds, staffId, start, familyName.getValue(), givenName.getValue(),
                familyKana.getValue(), givenKana.getValue(), phone.getValue(), email.getValue(), note.getValue());
    }

    /** The e-mail address as typed, for the done step. */
    String email() {
        return email.getValue().strip();
    }
}
