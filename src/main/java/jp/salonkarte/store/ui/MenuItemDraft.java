package jp.salonkarte.store.ui;

import jp.salonkarte.store.MenuCategory;
import jp.salonkarte.store.MenuItem;
import jp.salonkarte.store.MenuKind;

/** The mutable copy a menu form edits; the record is built only from valid input. */
class MenuItemDraft {
    private Long id;
    private int version;
    private MenuKind kind = MenuKind.SERVICE;
    private MenuCategory category = MenuCategory.CUT;
    private String name = "";
    private Integer price;
    private Integer taxRate = 10;
    private Integer duration = 60;
    private boolean active = true;

    static MenuItemDraft of(MenuItem item) {
        MenuItemDraft d = new MenuItemDraft();
        d.id = item.id();
        d.version = item.version();
        d.kind = item.kind();
        d.category = item.category();
        d.name = item.name();
        d.price = item.priceYen();
        d.taxRate = item.taxRate();
        d.duration = item.durationMinutes();
        d.active = item.active();
        return d;
    }

    MenuItemDraft copy() {
        MenuItemDraft d = new MenuItemDraft();
        d.id = id;
        d.version = version;
        d.kind = kind;
        d.category = category;
        d.name = name;
        d.price = price;
        d.taxRate = taxRate;
        d.duration = duration;
        d.active = active;
        return d;
    }

    MenuItem toMenuItem(long storeId) {
        return new MenuItem(id, storeId, kind, category, name, price, taxRate, duration, active, version);
    }

    Long toMenuItemIdOrNull() { return id; }

    MenuKind getKind() { return kind; }
    void setKind(MenuKind kind) { this.kind = kind; }
    MenuCategory getCategory() { return category; }
    void setCategory(MenuCategory category) { this.category = category; }
    String getName() { return name; }
    void setName(String name) { this.name = name; }
    Integer getPrice() { return price; }
    void setPrice(Integer price) { this.price = price; }
    Integer getTaxRate() { return taxRate; }
    void setTaxRate(Integer taxRate) { this.taxRate = taxRate; }
    Integer getDuration() { return duration; }
    void setDuration(Integer duration) { this.duration = duration; }
    boolean isActive() { return active; }
    void setActive(boolean active) { this.active = active; }
}
