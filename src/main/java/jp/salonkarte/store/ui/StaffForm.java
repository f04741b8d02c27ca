package jp.salonkarte.store.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import jp.salonkarte.base.Kana;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffDraft;
import jp.salonkarte.store.StaffService;

/** Edits one staff member. Validation is explicit so that only valid input leaves the form. */
class StaffForm extends Composite<FormLayout> {

    static final List<String> COLORS = List.of("#E53935", "#D81B60", "#8E24AA", "#3949AB", "#1E88E5", "#00897B",
            "#43A047", "#F4511E", "#6D4C41", "#546E7A");

    final TextField familyName = text("staff-family-name", "staff.family-name");
    final TextField givenName = text("staff-given-name", "staff.given-name");
    final TextField familyKana = text("staff-family-kana", "staff.family-kana");
    final TextField givenKana = text("staff-given-kana", "staff.given-kana");
    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();
    final Select<String> color = new Select<>();
    final PasswordField password = new PasswordField();
    final PasswordField pin = new PasswordField();
    final Checkbox active = new Checkbox();
    private StaffDraft draft = StaffDraft.empty();

    StaffForm() {
        email.setId("staff-email");
        email.setLabel(getTranslation("staff.email"));
        email.setHelperText(getTranslation("staff.email.helper"));
        email.setMaxLength(Staff.EMAIL_MAX_LENGTH);
        role.setId("staff-role");
        role.setLabel(getTranslation("staff.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        color.setId("staff-color");
        color.setLabel(getTranslation("staff.color"));
        color.setItems(COLORS);
        color.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(c -> {
            Span swatch = new Span(c);
            swatch.getStyle().set("border-left", "24px solid " + c).set("padding-left", "8px");
            return swatch;
        }));
        password.setId("staff-password");
        password.setLabel(getTranslation("staff.password"));
        password.setHelperText(getTranslation("staff.password.helper", StaffService.PASSWORD_MIN_LENGTH));
        pin.setId("staff-pin");
        pin.setLabel(getTranslation("staff.pin"));
        pin.setHelperText(getTranslation("staff.pin.helper"));
        pin.setAllowedCharPattern("[0-9]");
        pin.setMaxLength(6);
        pin.getElement().setAttribute("inputmode", "numeric");
        pin.getElement().setAttribute("autocomplete", "off");
        active.setId("staff-active");
        active.setLabel(getTranslation("field.active"));
        getContent().add(familyName, givenName, familyKana, givenKana, email, role, color, password, pin, active);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2));
    }

    private TextField text(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(Staff.NAME_MAX_LENGTH);
        return field;
    }

    void edit(StaffDraft staff) {
        this.draft = staff;
        familyName.setValue(staff.familyName());
        givenName.setValue(staff.givenName());
        familyKana.setValue(staff.familyNameKana());
        givenKana.setValue(staff.givenNameKana());
        email.setValue(staff.email() == null ? "" : staff.email());
        role.setValue(staff.role());
        color.setValue(staff.color());
        active.setValue(staff.active());
        password.clear();
        pin.clear();
    }

    /** The edited staff member, or null after marking every invalid field with its message. */
    StaffDraft validDraft() {
        boolean ok = required(familyName) & required(givenName) & kana(familyKana) & kana(givenKana);
        String mail = email.getValue().strip();
        email.setInvalid(false);
        if (!mail.isEmpty() && (email.isInvalid() || !jp.salonkarte.base.EmailAddress.isValid(mail))) {
            email.setErrorMessage(getTranslation("validation.email"));
            email.setInvalid(true);
            ok = false;
        }
        if (draft.id() == null && mail.isEmpty() && pin.getValue().isEmpty()) {
            email.setErrorMessage(getTranslation("validation.staff-login"));
            email.setInvalid(true);
            ok = false;
        }
        password.setInvalid(false);
        if (!password.getValue().isEmpty() && password.getValue().length() < StaffService.PASSWORD_MIN_LENGTH) {
            password.setErrorMessage(getTranslation("validation.password", StaffService.PASSWORD_MIN_LENGTH));
            password.setInvalid(true);
            ok = false;
        }
        if (!mail.isEmpty() && password.getValue().isEmpty() && (draft.id() == null || draft.email() == null)) {
            password.setErrorMessage(getTranslation("validation.password", StaffService.PASSWORD_MIN_LENGTH));
            password.setInvalid(true);
            ok = false;
        }
        pin.setInvalid(false);
        if (!pin.getValue().isEmpty() && !pin.getValue().matches(Staff.PIN_PATTERN)) {
            pin.setErrorMessage(getTranslation("validation.pin"));
            pin.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return null;
        }
        return new StaffDraft(draft.id(), familyName.getValue().strip(), givenName.getValue().strip(),
                Kana.toKatakana(familyKana.getValue()), Kana.toKatakana(givenKana.getValue()),
                mail.isEmpty() ? null : mail.toLowerCase(), role.getValue() == null ? Role.STAFF : role.getValue(),
                color.getValue() == null ? COLORS.get(4) : color.getValue(), active.getValue());
    }

    private boolean required(TextField field) {
        boolean valid = !field.getValue().isBlank() && field.getValue().strip().length() <= Staff.NAME_MAX_LENGTH;
        field.setErrorMessage(getTranslation("validation.required"));
        field.setInvalid(!valid);
        return valid;
    }

    private boolean kana(TextField field) {
        if (!required(field)) {
            return false;
        }
        boolean valid = Kana.isKana(field.getValue());
        field.setErrorMessage(getTranslation("validation.kana"));
        field.setInvalid(!valid);
        return valid;
    }
}
