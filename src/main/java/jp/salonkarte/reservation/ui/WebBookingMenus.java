package jp.salonkarte.reservation.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import jp.salonkarte.base.Yen;
import jp.salonkarte.store.MenuCategory;
import jp.salonkarte.store.MenuItem;

/**
 * The menu step of the public booking page: one checkbox group per menu category (カット, カラー…),
 * each menu with its length and price, and the running total of what is chosen. Built once, so
 * going back keeps the choice.
 */
final class WebBookingMenus {

    private final Component page;
    final Map<MenuCategory, CheckboxGroup<MenuItem>> groups = new LinkedHashMap<>();
    final Span total = new Span();

    WebBookingMenus(Component page) {
        this.page = page;
        total.setId("webbook-menu-total");
        total.addClassName("webbook-total");
    }

    /** One group per category of the bookable menus, in their order. */
    void build(List<MenuItem> bookable) {
        Map<MenuCategory, List<MenuItem>> byCategory = new LinkedHashMap<>();
        bookable.forEach(m -> byCategory.computeIfAbsent(m.category(), k -> new ArrayList<>()).add(m));
        byCategory.forEach((category, items) -> {
            CheckboxGroup<MenuItem> group = new CheckboxGroup<>();
            group.setId("webbook-menus-" + category.name());
            group.setLabel(page.getTranslation(category.labelKey()));
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.addClassName("webbook-menu-group");
            group.setItems(items);
            group.setItemLabelGenerator(MenuItem::name);
            group.setRenderer(new ComponentRenderer<>(this::label));
            group.addValueChangeListener(e -> updateTotal());
            groups.put(category, group);
        });
    }

    private Component label(MenuItem m) {
        Span name = new Span(m.name());
        name.addClassName("webbook-menu-name");
        Span meta = new Span(page.getTranslation("webbook.minutes", m.durationMinutes()) + "　"
                + Yen.format(m.priceYen()) + page.getTranslation("webbook.tax-included"));
        meta.addClassName("webbook-muted");
        Div label = new Div(name, meta);
        label.addClassName("webbook-menu-label");
        return label;
    }

    List<MenuItem> selected() {
        return groups.values().stream().flatMap(g -> g.getSelectedItems().stream()).toList();
    }

    List<Long> selectedIds() {
        return selected().stream().map(MenuItem::id).toList();
    }

    void updateTotal() {
        List<MenuItem> chosen = selected();
        int minutes = chosen.stream().mapToInt(MenuItem::durationMinutes).sum();
        long yen = chosen.stream().mapToLong(MenuItem::priceYen).sum();
        total.setText(chosen.isEmpty() ? page.getTranslation("webbook.menu.none-yet")
                : page.getTranslation("webbook.menu.total", minutes, Yen.format(yen)));
    }
}
