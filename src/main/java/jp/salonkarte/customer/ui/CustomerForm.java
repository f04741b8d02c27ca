package jp.salonkarte.customer.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

import jp.salonkarte.base.Kana;
import jp.salonkarte.base.PhoneNumber;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.FuriganaSuggester;
import jp.salonkarte.store.Staff;

/**
 * The customer record form. Furigana is suggested while the kanji name is typed and never
 * overwrites a reading the staff typed themselves.
 */
class CustomerForm extends Composite<FormLayout> {

    final TextField familyName = field("customer-family-name", "customer.family-name", Customer.NAME_MAX_LENGTH);
    final TextField givenName = field("customer-given-name", "customer.given-name", Customer.NAME_MAX_LENGTH);
    final TextField familyKana = field("customer-family-kana", "customer.family-kana", Customer.NAME_MAX_LENGTH);
    final TextField givenKana = field("customer-given-kana", "customer.given-kana", Customer.NAME_MAX_LENGTH);
    final TextField mobile = field("customer-mobile", "customer.mobile", 20);
    final TextField landline = field("customer-landline", "customer.landline", 20);
    final EmailField email = new EmailField();
    final DatePicker birthday = new DatePicker();
    final Select<String> gender = new Select<>();
    final TextField postalCode = field("customer-postal-code", "store.postal-code", 8);
    final TextField address = field("customer-address", "store.address", 200);
    final TextField occupation = field("customer-occupation", "customer.occupation", 40);
    final TextField referral = field("customer-referral", "customer.referral", 40);
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    final TextArea preferences = new TextArea();
    final TextArea cautions = new TextArea();
    final Select<Long> assignedStaff = new Select<>();
    final Checkbox mailOptIn = new Checkbox();
    private final Binder<CustomerDraft> binder = new Binder<>();
    private final FuriganaSuggester furigana;
    private final java.time.Clock clock;
    private String suggestedFamilyKana = "";
    private String suggestedGivenKana = "";

    CustomerForm(FuriganaSuggester furigana, List<Staff> staff, List<String> knownTags, java.time.Clock clock) {
        this.furigana = furigana;
        this.clock = clock;
        for (TextField phone : new TextField[] {mobile, landline}) {
            phone.getElement().setAttribute("type", "tel");
            phone.getElement().setAttribute("inputmode", "tel");
            phone.getElement().setAttribute("autocomplete", "off");
        }
        postalCode.getElement().setAttribute("inputmode", "numeric");
        email.setId("customer-email");
        email.setLabel(getTranslation("customer.email"));
        jp.salonkarte.base.ui.DatePickers.localized(birthday);
        birthday.setId("customer-birthday");
        birthday.setLabel(getTranslation("customer.birthday"));
        birthday.setLocale(Locale.JAPAN);
        gender.setId("customer-gender");
        gender.setLabel(getTranslation("customer.gender"));
        gender.setItems("FEMALE", "MALE", "OTHER");
        gender.setItemLabelGenerator(g -> g == null ? getTranslation("customer.unspecified") : getTranslation("gender." + g));
        gender.setEmptySelectionAllowed(true);
        gender.setEmptySelectionCaption(getTranslation("customer.unspecified"));
        tags.setId("customer-tags");
        tags.setLabel(getTranslation("customer.tags"));
        tags.setItems(knownTags);
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(e -> {
            String tag = e.getDetail().strip();
            if (!tag.isEmpty() && tag.length() <= 30) {
                var items = new java.util.ArrayList<>(knownTags);
                items.add(tag);
                tags.setItems(items);
                var selected = new java.util.LinkedHashSet<>(tags.getSelectedItems());
                selected.add(tag);
                tags.select(selected);
            }
        });
        preferences.setId("customer-preferences");
        preferences.setLabel(getTranslation("customer.preferences"));
        preferences.setMaxLength(Customer.NOTE_MAX_LENGTH);
        cautions.setId("customer-cautions");
        cautions.setLabel(getTranslation("customer.cautions"));
        cautions.setMaxLength(Customer.NOTE_MAX_LENGTH);
        cautions.addClassName("caution-field");
        assignedStaff.setId("customer-staff");
        assignedStaff.setLabel(getTranslation("customer.staff"));
        assignedStaff.setItems(staff.stream().filter(Staff::active).map(Staff::id).toList());
        assignedStaff.setItemLabelGenerator(id -> id == null ? getTranslation("customer.unspecified") : staff.stream().filter(s -> Objects.equals(s.id(), id))
                .findFirst().map(Staff::displayName).orElse(""));
        assignedStaff.setEmptySelectionAllowed(true);
        assignedStaff.setEmptySelectionCaption(getTranslation("customer.unspecified"));
        mailOptIn.setId("customer-mail-opt-in");
        mailOptIn.setLabel(getTranslation("customer.mail-opt-in"));

        familyName.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        givenName.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        familyName.addValueChangeListener(e -> suggestKana(true));
        givenName.addValueChangeListener(e -> suggestKana(false));
        bind();

        FormLayout form = getContent();
        form.add(familyName, givenName, familyKana, givenKana, mobile, landline, email, birthday, gender,
                assignedStaff, tags, mailOptIn, cautions, preferences, postalCode, address, occupation, referral);
        form.setColspan(cautions, 2);
        form.setColspan(preferences, 2);
        form.setColspan(tags, 2);
        form.setColspan(address, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
    }

    private TextField field(String id, String labelKey, int maxLength) {
        TextField f = new TextField(getTranslation(labelKey));
        f.setId(id);
        f.setMaxLength(maxLength);
        return f;
    }

    private void suggestKana(boolean family) {
        TextField kanji = family ? familyName : givenName;
        TextField kana = family ? familyKana : givenKana;
        String previous = family ? suggestedFamilyKana : suggestedGivenKana;
        if (!kana.getValue().isEmpty() && !kana.getValue().equals(previous)) {
            return; // typed by staff: theirs wins
        }
        String suggestion = family ? furigana.suggestName(kanji.getValue(), "").familyKana()
                : furigana.suggestName("", kanji.getValue()).givenKana();
        kana.setValue(suggestion);
        if (family) {
            suggestedFamilyKana = suggestion;
        } else {
            suggestedGivenKana = suggestion;
        }
    }

    private void bind() {
        String required = getTranslation("validation.required");
        binder.forField(familyName).asRequired(required).bind(d -> d.familyName, (d, v) -> d.familyName = v);
        binder.forField(givenName).asRequired(required).bind(d -> d.givenName, (d, v) -> d.givenName = v);
        binder.forField(familyKana).asRequired(required)
                .withValidator(Kana::isKana, getTranslation("validation.kana"))
                .bind(d -> d.familyNameKana, (d, v) -> d.familyNameKana = v);
        binder.forField(givenKana).asRequired(required)
                .withValidator(Kana::isKana, getTranslation("validation.kana"))
                .bind(d -> d.givenNameKana, (d, v) -> d.givenNameKana = v);
        for (TextField phone : new TextField[] {mobile, landline}) {
            binder.forField(phone)
                    .withValidator(v -> v.isBlank() || PhoneNumber.validate(v).isPresent(),
                            getTranslation("validation.phone"))
                    .bind(d -> phone == mobile ? d.mobilePhone : d.landlinePhone,
                            (d, v) -> {
                                if (phone == mobile) {
                                    d.mobilePhone = v;
                                } else {
                                    d.landlinePhone = v;
                                }
                            });
        }
        binder.forField(email)
                .withValidator(v -> v.isBlank() || jp.salonkarte.base.EmailAddress.isValid(v),
                        getTranslation("validation.email"))
                .bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(birthday)
                .withValidator(v -> v == null || !v.isAfter(java.time.LocalDate.now(clock)),
                        getTranslation("validation.birthday"))
                .bind(d -> d.birthday, (d, v) -> d.birthday = v);
        binder.forField(gender).bind(d -> d.gender, (d, v) -> d.gender = v);
        binder.forField(postalCode)
                .withValidator(v -> v.isBlank() || java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFKC)
                        .strip().matches("\\d{3}-?\\d{4}"), getTranslation("validation.postal-code"))
                .bind(d -> d.postalCode, (d, v) -> d.postalCode = v);
        binder.forField(address).bind(d -> d.address, (d, v) -> d.address = v);
        binder.forField(occupation).bind(d -> d.occupation, (d, v) -> d.occupation = v);
        binder.forField(referral).bind(d -> d.referralSource, (d, v) -> d.referralSource = v);
        binder.forField(tags).bind(d -> d.tags, (d, v) -> d.tags = new java.util.LinkedHashSet<>(v));
        binder.forField(preferences)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", Customer.NOTE_MAX_LENGTH),
                        0, Customer.NOTE_MAX_LENGTH))
                .bind(d -> d.preferences, (d, v) -> d.preferences = v);
        binder.forField(cautions)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", Customer.NOTE_MAX_LENGTH),
                        0, Customer.NOTE_MAX_LENGTH))
                .bind(d -> d.cautions, (d, v) -> d.cautions = v);
        binder.forField(assignedStaff).bind(d -> d.assignedStaffId, (d, v) -> d.assignedStaffId = v);
        binder.forField(mailOptIn).bind(d -> d.mailOptIn, (d, v) -> d.mailOptIn = v);
    }

    void edit(CustomerDraft draft) {
        binder.readBean(draft);
        if (draft.id == null) {
            // Readings prefilled from the search box count as typed; derive missing ones from the name.
            if (draft.familyNameKana.isEmpty() && !draft.familyName.isEmpty()) {
                suggestKana(true);
            }
            if (draft.givenNameKana.isEmpty() && !draft.givenName.isEmpty()) {
                suggestKana(false);
            }
        }
    }

    /** True and the draft updated when everything is valid; otherwise the fields show their messages. */
    boolean writeTo(CustomerDraft draft) {
        return binder.writeBeanIfValid(draft);
    }
}
