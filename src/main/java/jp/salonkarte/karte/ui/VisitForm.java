package jp.salonkarte.karte.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.salonkarte.karte.KarteField;
import jp.salonkarte.karte.SalonType;
import jp.salonkarte.karte.Visit;
import jp.salonkarte.store.MenuItem;
import jp.salonkarte.store.MenuKind;
import jp.salonkarte.store.Staff;

/**
 * Records a visit: the day, the stylist, the menus done, notes, advice for next time, and the
 * template fields of the salon type, which follows the menus chosen (nail menus → nail fields)
 * and can be switched by hand. Values of every type are kept while switching.
 */
class VisitForm extends Composite<Div> {

    final DatePicker date = new DatePicker();
    final Select<Long> staff = new Select<>();
    final MultiSelectComboBox<MenuItem> menus = new MultiSelectComboBox<>();
    final RadioButtonGroup<SalonType> type = new RadioButtonGroup<>();
    final TextArea notes = new TextArea();
    final TextArea advice = new TextArea();
    final Map<Long, HasValue<?, String>> fieldInputs = new HashMap<>();
    private final Map<SalonType, List<KarteField>> fieldsByType = new EnumMap<>(SalonType.class);
    private final Map<Long, String> values = new HashMap<>();
    private final FormLayout templateForm = new FormLayout();
    private final Clock clock;
    private final List<MenuItem> menuItems;

    VisitForm(List<Staff> staffList, List<MenuItem> menuItems, List<KarteField> fields, Clock clock) {
        this.clock = clock;
        this.menuItems = menuItems;
        fields.forEach(f -> fieldsByType.computeIfAbsent(f.salonType(), t -> new ArrayList<>()).add(f));

        jp.salonkarte.base.ui.DatePickers.localized(date);
        date.setId("visit-date");
        date.setLabel(getTranslation("visit.date"));
        date.setLocale(Locale.JAPAN);
        date.setRequiredIndicatorVisible(true);
        date.setMax(LocalDate.now(clock));
        staff.setId("visit-staff");
        staff.setLabel(getTranslation("visit.staff"));
        staff.setItems(staffList.stream().filter(Staff::active).map(Staff::id).toList());
        staff.setItemLabelGenerator(id -> id == null ? getTranslation("customer.unspecified") : staffList.stream()
                .filter(s -> Objects.equals(s.id(), id)).findFirst().map(Staff::displayName).orElse(""));
        staff.setEmptySelectionAllowed(true);
        menus.setId("visit-menus");
        menus.setLabel(getTranslation("visit.menus"));
        menus.setItems(menuItems.stream().filter(MenuItem::active).filter(m -> m.kind() == MenuKind.SERVICE).toList());
        menus.setItemLabelGenerator(MenuItem::name);
        menus.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getOldValue().isEmpty()) {
                e.getValue().stream().findFirst().map(m -> SalonType.of(m.category())).ifPresent(type::setValue);
            }
        });
        type.setId("visit-type");
        type.setLabel(getTranslation("visit.type"));
        type.setItems(SalonType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        type.addValueChangeListener(e -> showTemplate(e.getValue()));
        notes.setId("visit-notes");
        notes.setLabel(getTranslation("visit.notes"));
        notes.setMaxLength(Visit.NOTES_MAX_LENGTH);
        advice.setId("visit-advice");
        advice.setLabel(getTranslation("visit.advice"));
        advice.setMaxLength(Visit.ADVICE_MAX_LENGTH);
        templateForm.setId("visit-template");
        templateForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));

        FormLayout main = new FormLayout(date, staff, menus, type);
        main.setColspan(menus, 2);
        main.setColspan(type, 2);
        main.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        FormLayout texts = new FormLayout(notes, advice);
        texts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        getContent().add(main, templateForm, texts);
    }

    void edit(Visit visit, long defaultStaffId) {
        date.setValue(visit.visitedOn());
        staff.setValue(visit.id() == null ? defaultStaffId : visit.staffId());
        Set<Long> done = visit.menus().stream().map(Visit.VisitMenu::menuItemId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        menus.setValue(menuItems.stream().filter(m -> done.contains(m.id())).collect(Collectors.toSet()));
        notes.setValue(Objects.toString(visit.notes(), ""));
        advice.setValue(Objects.toString(visit.advice(), ""));
        values.clear();
        visit.fields().forEach(f -> values.put(f.fieldId(), f.value()));
        SalonType shown = fieldsByType.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(f -> values.containsKey(f.id()))).map(Map.Entry::getKey)
                .findFirst().orElse(menus.getValue().stream().findFirst().map(m -> SalonType.of(m.category()))
                        .orElse(SalonType.HAIR));
        type.setValue(shown);
        showTemplate(shown);
    }

    private void showTemplate(SalonType shown) {
        keepTypedValues();
        templateForm.removeAll();
        fieldInputs.clear();
        for (KarteField field : fieldsByType.getOrDefault(shown, List.of())) {
            Component input = input(field);
            templateForm.add(input);
            if (field.kind() == KarteField.Kind.NOTE) {
                templateForm.setColspan(input, 2);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Component input(KarteField field) {
        String label = field.label() + (field.unit() == null ? "" : "（" + field.unit() + "）");
        String value = values.getOrDefault(field.id(), "");
        HasValue<?, String> input;
        switch (field.kind()) {
            case CHOICE -> {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(field.choices());
                select.setEmptySelectionAllowed(true);
                select.setEmptySelectionCaption(getTranslation("customer.unspecified"));
                select.setValue(field.choices().contains(value) ? value : null);
                input = select;
            }
            case NOTE -> {
                TextArea area = new TextArea(label);
                area.setMaxLength(KarteField.VALUE_MAX_LENGTH);
                area.setValue(value);
                input = area;
            }
            case NUMBER -> {
                TextField number = new TextField(label);
                number.getElement().setAttribute("inputmode", "decimal");
                number.setPattern("[0-9０-９.]*");
                number.setValue(value);
                input = number;
            }
            default -> {
                TextField text = new TextField(label);
                text.setMaxLength(KarteField.VALUE_MAX_LENGTH);
                text.setValue(value);
                input = text;
            }
        }
        ((Component) input).setId("visit-field-" + field.id());
        fieldInputs.put(field.id(), input);
        return (Component) input;
    }

    private void keepTypedValues() {
        fieldInputs.forEach((id, input) -> {
            String v = input.getValue();
            if (v == null || v.isBlank()) {
                values.remove(id);
            } else {
                values.put(id, v.strip());
            }
        });
    }

    /** The visit as entered, or null with the fields marked when something is wrong. */
    Visit toVisit(Visit original) {
        keepTypedValues();
        boolean ok = true;
        date.setInvalid(false);
        if (date.getValue() == null || date.getValue().isAfter(LocalDate.now(clock))) {
            date.setErrorMessage(getTranslation(date.getValue() == null ? "validation.required" : "visit.error.future"));
            date.setInvalid(true);
            ok = false;
        }
        Map<Long, KarteField> byId = new HashMap<>();
        fieldsByType.values().forEach(list -> list.forEach(f -> byId.put(f.id(), f)));
        for (var entry : values.entrySet()) {
            KarteField field = byId.get(entry.getKey());
            String v = field != null && field.kind() == KarteField.Kind.NUMBER
                    ? java.text.Normalizer.normalize(entry.getValue(), java.text.Normalizer.Form.NFKC) : entry.getValue();
            entry.setValue(v);
            if (field == null || !field.accepts(v)) {
                HasValue<?, String> input = fieldInputs.get(entry.getKey());
                if (input instanceof com.vaadin.flow.component.HasValidation validation) {
                    validation.setErrorMessage(getTranslation("visit.error.field-value"));
                    validation.setInvalid(true);
                }
                if (field != null && input == null) {
                    type.setValue(field.salonType()); // show where the bad value is
                }
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        List<Visit.VisitMenu> done = menus.getValue().stream()
                .sorted(java.util.Comparator.comparing(MenuItem::category).thenComparing(MenuItem::name))
                .map(m -> new Visit.VisitMenu(m.id(), m.name(), m.priceYen())).toList();
        Set<Visit.VisitField> fieldValues = values.entrySet().stream()
                .map(e -> new Visit.VisitField(e.getKey(), e.getValue())).collect(Collectors.toCollection(LinkedHashSet::new));
        return new Visit(original.id(), original.customerId(), original.storeId(), staff.getValue(), date.getValue(),
                blankToNull(notes.getValue()), blankToNull(advice.getValue()), original.createdAt(),
                original.updatedAt(), done, fieldValues, original.version());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
