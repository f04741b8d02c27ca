package jp.salonkarte.store.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.salonkarte.base.ui.EditorDialog;
import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.StoreService;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffDraft;
import jp.salonkarte.store.StaffService;

import org.springframework.dao.DuplicateKeyException;

/** Staff (スタッフ): name and kana, role, colour on the board, login and PIN. */
@Route("settings/staff")
@PageTitle("Salon Karte")
@RolesAllowed({Role.OWNER_NAME, Role.MANAGER_NAME})
class StaffView extends VerticalLayout {

    private final StaffService staffService;
    private final long storeId;
    final Grid<Staff> grid = new Grid<>();

    StaffView(StaffService staffService, StoreService stores) {
        this.staffService = staffService;
        this.storeId = stores.currentStore().orElseThrow().id();
        setSizeFull();
        Button add = new Button(getTranslation("staff.new"), new Icon(VaadinIcon.PLUS),
                e -> openEditor(StaffDraft.empty()));
        add.setId("staff-new");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        grid.setId("staff-grid");
        grid.addColumn(new ComponentRenderer<>(s -> {
            Span swatch = new Span();
            swatch.addClassName("color-swatch");
            swatch.getStyle().set("background", s.color());
            return swatch;
        })).setWidth("56px").setFlexGrow(0);
        grid.addColumn(Staff::displayName).setHeader(getTranslation("staff.name")).setWidth("120px").setFlexGrow(1);
        grid.addColumn(s -> s.familyNameKana() + " " + s.givenNameKana()).setHeader(getTranslation("staff.kana"))
                .setWidth("140px").setFlexGrow(1);
        grid.addColumn(s -> getTranslation("role." + s.role().name())).setHeader(getTranslation("staff.role"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.email() == null ? "" : s.email()).setHeader(getTranslation("staff.email")).setWidth("220px").setFlexGrow(2);
        grid.addColumn(s -> s.active() ? "" : getTranslation("field.inactive")).setAutoWidth(true);
        grid.addItemClickListener(e -> openEditor(StaffDraft.of(e.getItem())));
        grid.setSizeFull();
        refresh();
        add(SettingsTabs.header(this, "settings.staff", StaffView.class), add, grid);
    }

    private void refresh() {
        grid.setItems(staffService.list(storeId));
    }

    void openEditor(StaffDraft draft) {
        StaffForm form = new StaffForm();
        form.edit(draft);
        new EditorDialog("staff", getTranslation(draft.id() == null ? "staff.new" : "staff.edit"), form,
                () -> save(form)).open();
    }

    private boolean save(StaffForm form) {
        StaffDraft valid = form.validDraft();
        if (valid == null) {
            return false;
        }
        try {
            Staff saved = staffService.save(valid, storeId, form.password.getValue(), form.pin.getValue());
            refresh();
            Notifications.success(getTranslation("saved", saved.displayName()));
            return true;
        } catch (DuplicateKeyException ex) {
            form.email.setErrorMessage(getTranslation("validation.email-taken"));
            form.email.setInvalid(true);
        }
        return false;
    }
}
