package jp.salonkarte.store.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;

import jp.salonkarte.store.MenuCategory;
import jp.salonkarte.store.MenuItem;
import jp.salonkarte.store.MenuKind;

/** Edits one menu item; only a valid item is handed to the save listener. */
class MenuForm extends Composite<FormLayout> {

    final Select<MenuKind> kind = new Select<>();
    final Select<MenuCategory> category = new Select<>();
    final TextField name = new TextField();
    final IntegerField price = new IntegerField();
    final Select<Integer> taxRate = new Select<>();
    final IntegerField duration = new IntegerField();
    final Checkbox active = new Checkbox();
    private final Binder<MenuItemDraft> binder = new Binder<>();
    private MenuItemDraft draft = new MenuItemDraft();

    MenuForm() {
        kind.setId("menu-kind");
        kind.setLabel(getTranslation("menu.kind"));
        kind.setItems(MenuKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("menu.kind." + k.name()));
        category.setId("menu-category");
        category.setLabel(getTranslation("menu.category"));
        category.setItems(MenuCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        name.setId("menu-name");
        name.setLabel(getTranslation("menu.name"));
        name.setMaxLength(MenuItem.NAME_MAX_LENGTH);
        price.setId("menu-price");
        price.setLabel(getTranslation("menu.price"));
        price.setPrefixComponent(new com.vaadin.flow.component.html.Span("¥"));
        price.getElement().setAttribute("inputmode", "numeric");
        price.setHelperText(getTranslation("menu.price.helper"));
        taxRate.setId("menu-tax-rate");
        taxRate.setLabel(getTranslation("menu.tax-rate"));
        taxRate.setItems(10, 8);
        taxRate.setItemLabelGenerator(r -> getTranslation(r == 8 ? "menu.tax-rate.reduced" : "menu.tax-rate.standard"));
        duration.setId("menu-duration");
        duration.setLabel(getTranslation("menu.duration"));
        duration.getElement().setAttribute("inputmode", "numeric");
        duration.setStepButtonsVisible(true);
        duration.setStep(5);
        active.setId("menu-active");
        active.setLabel(getTranslation("field.active"));

        binder.forField(kind).asRequired(getTranslation("validation.required"))
                .bind(MenuItemDraft::getKind, MenuItemDraft::setKind);
        binder.forField(category).asRequired(getTranslation("validation.required"))
                .bind(MenuItemDraft::getCategory, MenuItemDraft::setCategory);
        binder.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", MenuItem.NAME_MAX_LENGTH),
                        1, MenuItem.NAME_MAX_LENGTH))
                .bind(MenuItemDraft::getName, MenuItemDraft::setName);
        binder.forField(price).asRequired(getTranslation("validation.required"))
                .withValidator(new IntegerRangeValidator(getTranslation("validation.price", MenuItem.PRICE_MAX_YEN),
                        0, MenuItem.PRICE_MAX_YEN))
                .bind(MenuItemDraft::getPrice, MenuItemDraft::setPrice);
        binder.forField(taxRate).asRequired(getTranslation("validation.required"))
                .bind(MenuItemDraft::getTaxRate, MenuItemDraft::setTaxRate);
        binder.forField(duration)
                .withValidator((value, ctx) -> kind.getValue() != MenuKind.SERVICE
                        || (value != null && value >= MenuItem.DURATION_MIN && value <= MenuItem.DURATION_MAX)
                        ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("validation.duration", MenuItem.DURATION_MIN,
                                MenuItem.DURATION_MAX)))
                .bind(MenuItemDraft::getDuration, MenuItemDraft::setDuration);
        binder.forField(active).bind(MenuItemDraft::isActive, MenuItemDraft::setActive);
        kind.addValueChangeListener(e -> {
            duration.setEnabled(e.getValue() != MenuKind.PRODUCT);
            if (e.getValue() == MenuKind.PRODUCT) {
                duration.clear();
            }
        });

        getContent().add(kind, category, name, price, taxRate, duration, active);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2));
    }

    void edit(MenuItemDraft item) {
        this.draft = item;
        binder.readBean(item);
    }

    /** Writes the form to the draft and hands it on, or shows the messages and hands nothing. */
    boolean save(long storeId, Consumer<MenuItem> onValid) {
        MenuItemDraft copy = draft.copy();
        if (!binder.writeBeanIfValid(copy)) {
            return false;
        }
        onValid.accept(copy.toMenuItem(storeId));
        return true;
    }
}
