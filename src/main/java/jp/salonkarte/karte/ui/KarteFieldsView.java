package jp.salonkarte.karte.ui;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.salonkarte.base.ui.EditorDialog;
import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.karte.KarteField;
import jp.salonkarte.karte.KarteService;
import jp.salonkarte.karte.SalonType;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.ui.SettingsTabs;

/**
 * The karte template (カルテ項目): which fields a visit records per salon type. The owner adds
 * fields (text, note, number, choice) and turns off the ones the salon does not use.
 */
@Route(SettingsTabs.KARTE_FIELDS_ROUTE)
@PageTitle("Salon Karte")
@RolesAllowed({Role.OWNER_NAME, Role.MANAGER_NAME})
class KarteFieldsView extends VerticalLayout {

    final Grid<KarteField> grid = new Grid<>();
    private final KarteService karte;
    private final long storeId;

    KarteFieldsView(KarteService karte, CurrentStaff currentStaff) {
        this.karte = karte;
        this.storeId = currentStaff.require().storeId();
        setSizeFull();
        Button add = new Button(getTranslation("karte-field.new"), new Icon(VaadinIcon.PLUS),
                e -> openEditor(new KarteField(null, storeId, SalonType.HAIR, "", KarteField.Kind.TEXT, null, null,
                        0, true)));
        add.setId("karte-field-new");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        grid.setId("karte-field-grid");
        grid.addColumn(f -> getTranslation(f.salonType().labelKey())).setHeader(getTranslation("visit.type"))
                .setWidth("110px").setFlexGrow(0);
        grid.addColumn(KarteField::label).setHeader(getTranslation("karte-field.label")).setFlexGrow(1);
        grid.addColumn(f -> getTranslation("karte-field.kind." + f.kind().name())
                + (f.kind() == KarteField.Kind.CHOICE ? "：" + String.join("・", f.choices()) : ""))
                .setHeader(getTranslation("karte-field.kind")).setFlexGrow(2);
        grid.addColumn(f -> f.active() ? "" : getTranslation("field.inactive")).setWidth("80px").setFlexGrow(0);
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        grid.setSizeFull();
        refresh();
        add(SettingsTabs.header(this, "settings.karte-fields", KarteFieldsView.class), add, grid);
    }

    private void refresh() {
        grid.setItems(karte.allFields(storeId));
    }

    void openEditor(KarteField field) {
        Select<SalonType> type = new Select<>();
        type.setId("karte-field-type");
        type.setLabel(getTranslation("visit.type"));
        type.setItems(SalonType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        type.setValue(field.salonType());
        TextField label = new TextField(getTranslation("karte-field.label"));
        label.setId("karte-field-label");
        label.setMaxLength(KarteField.LABEL_MAX_LENGTH);
        label.setRequired(true);
        label.setValue(field.label());
        Select<KarteField.Kind> kind = new Select<>();
        kind.setId("karte-field-kind");
        kind.setLabel(getTranslation("karte-field.kind"));
        kind.setItems(KarteField.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("karte-field.kind." + k.name()));
        kind.setValue(field.kind());
        TextArea choices = new TextArea(getTranslation("karte-field.choices"));
        choices.setId("karte-field-choices");
        choices.setHelperText(getTranslation("karte-field.choices.help"));
        choices.setValue(String.join("\n", field.choices()));
        choices.setVisible(field.kind() == KarteField.Kind.CHOICE);
        kind.addValueChangeListener(e -> choices.setVisible(e.getValue() == KarteField.Kind.CHOICE));
        TextField unit = new TextField(getTranslation("karte-field.unit"));
        unit.setId("karte-field-unit");
        unit.setMaxLength(KarteField.UNIT_MAX_LENGTH);
        unit.setValue(field.unit() == null ? "" : field.unit());
        Checkbox active = new Checkbox(getTranslation("karte-field.active"), field.active());
        active.setId("karte-field-active");
        FormLayout form = new FormLayout(type, kind, label, unit, choices, active);
        form.setColspan(choices, 2);
        new EditorDialog("karte-field", getTranslation(field.id() == null ? "karte-field.new" : "karte-field.edit"),
                form, () -> {
                    String options = Arrays.stream(choices.getValue().split("[\\n|、,]")).map(String::strip)
                            .filter(s -> !s.isEmpty()).distinct().collect(Collectors.joining("|"));
                    int position = field.id() != null && field.salonType() == type.getValue() ? field.position()
                            : karte.allFields(storeId).stream().filter(f -> f.salonType() == type.getValue())
                                    .mapToInt(KarteField::position).max().orElse(0) + 10;
                    KarteField edited = new KarteField(field.id(), field.id() == null ? storeId : field.storeId(),
                            type.getValue(), label.getValue().strip(), kind.getValue(),
                            kind.getValue() == KarteField.Kind.CHOICE ? options : null,
                            unit.getValue().isBlank() ? null : unit.getValue().strip(), position, active.getValue());
                    karte.saveField(edited);
                    Notifications.success(getTranslation("saved", edited.label()));
                    refresh();
                    return true;
                }).open();
    }
}
