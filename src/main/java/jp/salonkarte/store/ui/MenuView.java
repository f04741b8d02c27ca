package jp.salonkarte.store.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.salonkarte.base.Yen;
import jp.salonkarte.base.ui.EditorDialog;
import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.store.MenuItem;
import jp.salonkarte.store.MenuService;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.StoreService;

/** Menus and retail products (メニュー・商品): list, add, edit. Owners and managers only. */
@Route("settings/menus")
@PageTitle("Salon Karte")
@RolesAllowed({Role.OWNER_NAME, Role.MANAGER_NAME})
class MenuView extends VerticalLayout {

    private final MenuService menus;
    private final long storeId;
    final Grid<MenuItem> grid = new Grid<>();

    MenuView(MenuService menus, StoreService stores) {
        this.menus = menus;
        this.storeId = stores.currentStore().orElseThrow().id();
        setSizeFull();
        Button add = new Button(getTranslation("menu.new"), new Icon(VaadinIcon.PLUS), e -> openEditor(new MenuItemDraft()));
        add.setId("menu-new");
        add.addThemeVariants(ButtonVariant.PRIMARY);

        grid.setId("menu-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(m -> getTranslation(m.category().labelKey())).setHeader(getTranslation("menu.category"))
                .setWidth("120px").setFlexGrow(0);
        grid.addColumn(MenuItem::name).setHeader(getTranslation("menu.name")).setFlexGrow(1).setWidth("200px");
        grid.addColumn(m -> Yen.format(m.priceYen()) + (m.reducedRate() ? " ※" : ""))
                .setHeader(getTranslation("menu.price")).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setWidth("120px").setFlexGrow(0);
        grid.addColumn(m -> m.taxRate() + "%").setHeader(getTranslation("menu.tax-rate.short")).setWidth("72px").setFlexGrow(0);
        grid.addColumn(m -> m.durationMinutes() == null ? "" : getTranslation("menu.minutes", m.durationMinutes()))
                .setHeader(getTranslation("menu.duration.short")).setWidth("100px").setFlexGrow(0);
        grid.addColumn(m -> m.active() ? "" : getTranslation("field.inactive")).setWidth("72px").setFlexGrow(0);
        grid.addItemClickListener(e -> openEditor(MenuItemDraft.of(e.getItem())));
        grid.setSizeFull();
        refresh();
        add(SettingsTabs.header(this, "settings.menus", MenuView.class), add, grid);
    }

    private void refresh() {
        grid.setItems(menus.list(storeId));
    }

    void openEditor(MenuItemDraft draft) {
        MenuForm form = new MenuForm();
        form.edit(draft);
        new EditorDialog("menu", getTranslation(draft.toMenuItemIdOrNull() == null ? "menu.new" : "menu.edit"), form,
                () -> form.save(storeId, item -> {
                    menus.save(item);
                    refresh();
                    Notifications.success(getTranslation("saved", item.name()));
                })).open();
    }
}
