package jp.salonkarte.consent.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.salonkarte.consent.ConsentQuestion;
import jp.salonkarte.consent.ConsentTemplateDraft;
import jp.salonkarte.consent.Placeholders;

/**
 * The template editor's fields: title, body (with tap-to-insert placeholder chips), the check
 * items the customer must tick, free questions, and the optional second signature. It only
 * builds a {@link ConsentTemplateDraft}; the rules are checked there and saving is the view's job.
 */
class ConsentTemplateForm extends Composite<VerticalLayout> {

    static final List<String> SECOND_SIGNERS = List.of("保護者", "スタッフ立会い");

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final Div checks = new Div();
    final Div questions = new Div();
    final Checkbox secondSignature = new Checkbox();
    final ComboBox<String> secondSignatureLabel = new ComboBox<>();
    final Checkbox active = new Checkbox();
    /** The field a placeholder chip inserts into: the one focused last, the body at first. */
    private AbstractSinglePropertyField<?, String> target = body;

    ConsentTemplateForm() {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.addClassName("consent-template-form");
        title.setId("consent-template-title");
        title.setLabel(getTranslation("consent.template.title"));
        title.setMaxLength(ConsentTemplateDraft.TITLE_MAX_LENGTH);
        title.setRequired(true);
        title.setWidthFull();
        title.addFocusListener(e -> target = title);
        body.setId("consent-template-body");
        body.setLabel(getTranslation("consent.template.body"));
        body.setHelperText(getTranslation("consent.template.body.help"));
        body.setMaxLength(ConsentTemplateDraft.BODY_MAX_LENGTH);
        body.setRequired(true);
        body.setWidthFull();
        body.setMinHeight("260px");
        body.addFocusListener(e -> target = body);

        Div chips = new Div();
        chips.addClassName("placeholder-chips");
        chips.add(new Span(getTranslation("consent.template.placeholders")));
        for (String name : Placeholders.NAMES) {
            Button chip = new Button(Placeholders.token(name), e -> insert(Placeholders.token(name)));
            chip.setId("consent-placeholder-" + Placeholders.NAMES.indexOf(name));
            chip.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            chip.addClassName("placeholder-chip");
            chips.add(chip);
        }

        checks.setId("consent-template-checks");
        checks.addClassName("consent-template-rows");
        Button addCheck = new Button(getTranslation("consent.template.add-check"), new Icon(VaadinIcon.PLUS),
                e -> addCheck("").focus());
        addCheck.setId("consent-template-add-check");
        questions.setId("consent-template-questions");
        questions.addClassName("consent-template-rows");
        Button addQuestion = new Button(getTranslation("consent.template.add-question"), new Icon(VaadinIcon.PLUS),
                e -> addQuestion("", false).focus());
        addQuestion.setId("consent-template-add-question");

        secondSignature.setId("consent-template-second");
        secondSignature.setLabel(getTranslation("consent.template.second-signature"));
        secondSignatureLabel.setId("consent-template-second-label");
        secondSignatureLabel.setLabel(getTranslation("consent.template.second-signature.label"));
        secondSignatureLabel.setItems(SECOND_SIGNERS);
        secondSignatureLabel.setAllowCustomValue(true);
        secondSignatureLabel.addCustomValueSetListener(e -> secondSignatureLabel.setValue(e.getDetail()));
        secondSignatureLabel.setVisible(false);
        secondSignature.addValueChangeListener(e -> {
            secondSignatureLabel.setVisible(e.getValue());
            if (e.getValue() && secondSignatureLabel.isEmpty()) {
                secondSignatureLabel.setValue(SECOND_SIGNERS.getFirst());
            }
        });
        active.setId("consent-template-active");
        active.setLabel(getTranslation("consent.template.active"));
        active.setValue(true);

        layout.add(title, chips, body,
                new H4(getTranslation("consent.template.checks")), new Span(getTranslation("consent.template.checks.help")),
                checks, addCheck,
                new H4(getTranslation("consent.template.questions")), questions, addQuestion,
                new H4(getTranslation("consent.template.signatures")), secondSignature, secondSignatureLabel, active);
    }

    /** Fills the editor with a template's text (a blank draft for a new one). */
    void read(ConsentTemplateDraft draft, boolean isActive) {
        title.setValue(draft.title());
        body.setValue(draft.body());
        checks.removeAll();
        draft.checkItems().forEach(this::addCheck);
        questions.removeAll();
        draft.questions().forEach(q -> addQuestion(q.label(), q.required()));
        secondSignature.setValue(draft.secondSignatureLabel() != null);
        secondSignatureLabel.setValue(draft.secondSignatureLabel());
        secondSignatureLabel.setVisible(draft.secondSignatureLabel() != null);
        active.setValue(isActive);
    }

    /** What the editor holds now, checked by the draft's rules (which throw with a message key). */
    ConsentTemplateDraft draft() {
        List<String> items = new ArrayList<>();
        checks.getChildren().forEach(row -> items.add(((CheckRow) row).label.getValue()));
        List<ConsentQuestion> qs = new ArrayList<>();
        questions.getChildren().forEach(row -> {
            QuestionRow q = (QuestionRow) row;
            qs.add(new ConsentQuestion(q.label.getValue(), q.required.getValue()));
        });
        return new ConsentTemplateDraft(title.getValue(), body.getValue(), items, qs,
                secondSignature.getValue() ? secondSignatureLabel.getValue() : null);
    }

    TextField addCheck(String value) {
        CheckRow row = new CheckRow(value, checks.getComponentCount());
        checks.add(row);
        return row.label;
    }

    TextField addQuestion(String value, boolean required) {
        QuestionRow row = new QuestionRow(value, required, questions.getComponentCount());
        questions.add(row);
        return row.label;
    }

    /**
     * Puts a placeholder where the cursor is in the field focused last (at the end when the
     * browser does not say), and sends the new value to the server like typing would.
     */
    private void insert(String token) {
        AbstractSinglePropertyField<?, String> field = target;
        field.getElement().executeJs("""
                const input = this.inputElement || this.focusElement;
                if (!input) { this.value = (this.value || '') + $0; return; }
                const start = input.selectionStart ?? input.value.length;
                const end = input.selectionEnd ?? start;
                input.setRangeText($0, start, end, 'end');
                input.dispatchEvent(new Event('input', { bubbles: true }));
                input.dispatchEvent(new Event('change', { bubbles: true }));
                this.focus();""", token);
    }

    /** One check item: its text and a remove button. */
    private final class CheckRow extends HorizontalLayout {
        final TextField label = new TextField();

        CheckRow(String value, int index) {
            label.setId("consent-check-" + index);
            label.setValue(value);
            label.setMaxLength(ConsentTemplateDraft.CHECK_MAX_LENGTH);
            label.setPlaceholder(getTranslation("consent.template.check.placeholder"));
            label.setWidthFull();
            label.addFocusListener(e -> target = label);
            Button remove = new Button(new Icon(VaadinIcon.TRASH), e -> checks.remove(this));
            remove.setAriaLabel(getTranslation("consent.template.remove"));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            setWidthFull();
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            add(label, remove);
        }
    }

    /** One free question: its text, whether an answer is required, and a remove button. */
    private final class QuestionRow extends HorizontalLayout {
        final TextField label = new TextField();
        final Checkbox required = new Checkbox();

        QuestionRow(String value, boolean isRequired, int index) {
            label.setId("consent-question-" + index);
            label.setValue(value);
            label.setMaxLength(ConsentQuestion.LABEL_MAX_LENGTH);
            label.setPlaceholder(getTranslation("consent.template.question.placeholder"));
            label.setWidthFull();
            label.addFocusListener(e -> target = label);
            required.setId("consent-question-required-" + index);
            required.setLabel(getTranslation("consent.template.question.required"));
            required.setValue(isRequired);
            Button remove = new Button(new Icon(VaadinIcon.TRASH), e -> questions.remove(this));
            remove.setAriaLabel(getTranslation("consent.template.remove"));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            setWidthFull();
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            add(label, required, remove);
        }
    }
}
