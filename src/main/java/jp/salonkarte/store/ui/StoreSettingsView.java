package jp.salonkarte.store.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.store.InvoiceRegistrationNumber;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;
import jp.salonkarte.store.TaxRounding;

/** Store settings (店舗設定): name, address, invoice number, business hours, tax rounding. */
@Route("settings")
@PageTitle("Salon Karte")
@Menu(order = 90, title = "nav.settings", icon = "vaadin:cog")
@RolesAllowed({Role.OWNER_NAME, Role.MANAGER_NAME})
class StoreSettingsView extends com.vaadin.flow.component.orderedlayout.VerticalLayout {

    final TextField name = new TextField();
    final TextField postalCode = new TextField();
    final TextField address = new TextField();
    final TextField phone = new TextField();
    final TextField invoiceNumber = new TextField();
    final TimePicker opening = new TimePicker();
    final TimePicker closing = new TimePicker();
    final CheckboxGroup<DayOfWeek> closedDays = new CheckboxGroup<>();
    final RadioButtonGroup<TaxRounding> rounding = new RadioButtonGroup<>();
    private final StoreService stores;
    private Store store;

    StoreSettingsView(StoreService stores) {
        this.stores = stores;
        this.store = stores.currentStore().orElseThrow();
        name.setId("store-name");
        name.setLabel(getTranslation("store.name"));
        name.setMaxLength(Store.NAME_MAX_LENGTH);
        postalCode.setId("store-postal-code");
        postalCode.setLabel(getTranslation("store.postal-code"));
        postalCode.getElement().setAttribute("inputmode", "numeric");
        postalCode.setPlaceholder("150-0001");
        address.setId("store-address");
        address.setLabel(getTranslation("store.address"));
        address.setMaxLength(Store.ADDRESS_MAX_LENGTH);
        phone.setId("store-phone");
        phone.setLabel(getTranslation("store.phone"));
        phone.getElement().setAttribute("type", "tel");
        phone.getElement().setAttribute("inputmode", "tel");
        phone.setMaxLength(Store.PHONE_MAX_LENGTH);
        invoiceNumber.setId("store-invoice-number");
        invoiceNumber.setLabel(getTranslation("store.invoice-number"));
        invoiceNumber.setHelperText(getTranslation("store.invoice-number.helper"));
        invoiceNumber.setPlaceholder("T1234567890123");
        invoiceNumber.setMaxLength(20);
        for (TimePicker t : new TimePicker[] {opening, closing}) {
            t.setStep(Duration.ofMinutes(15));
            t.setLocale(java.util.Locale.JAPAN);
        }
        opening.setId("store-opening");
        opening.setLabel(getTranslation("store.opening"));
        closing.setId("store-closing");
        closing.setLabel(getTranslation("store.closing"));
        closedDays.setId("store-closed-days");
        closedDays.setLabel(getTranslation("store.closed-days"));
        closedDays.setItems(DayOfWeek.values());
        closedDays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, getLocale()));
        rounding.setId("store-tax-rounding");
        rounding.setLabel(getTranslation("store.tax-rounding"));
        rounding.setItems(TaxRounding.values());
        rounding.setItemLabelGenerator(r -> getTranslation("tax-rounding." + r.name()));

        FormLayout form = new FormLayout(name, phone, postalCode, address, invoiceNumber, rounding, opening, closing,
                closedDays);
        form.setColspan(address, 2);
        form.setColspan(closedDays, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("store-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(SettingsTabs.header(this, "settings.store", StoreSettingsView.class), form, save);
        read(store);
    }

    private void read(Store s) {
        name.setValue(s.name());
        postalCode.setValue(s.postalCode() == null ? "" : s.postalCode());
        address.setValue(s.address() == null ? "" : s.address());
        phone.setValue(s.phone() == null ? "" : s.phone());
        invoiceNumber.setValue(s.invoiceRegistrationNumber() == null ? "" : s.invoiceRegistrationNumber());
        opening.setValue(s.openingTime());
        closing.setValue(s.closingTime());
        closedDays.setValue(s.closedDaysOfWeek());
        rounding.setValue(s.taxRounding());
    }

    void save() {
        boolean ok = true;
        String storeName = name.getValue().strip();
        name.setInvalid(storeName.isEmpty());
        name.setErrorMessage(getTranslation("validation.required"));
        ok &= !storeName.isEmpty();
        String postal = java.text.Normalizer.normalize(postalCode.getValue(), java.text.Normalizer.Form.NFKC).strip();
        boolean postalOk = postal.isEmpty() || postal.matches("\\d{3}-?\\d{4}");
        postalCode.setInvalid(!postalOk);
        postalCode.setErrorMessage(getTranslation("validation.postal-code"));
        ok &= postalOk;
        String tel = java.text.Normalizer.normalize(phone.getValue(), java.text.Normalizer.Form.NFKC).strip();
        boolean phoneOk = tel.isEmpty() || tel.matches("\\+?[0-9][0-9\\- ()]{8,18}");
        phone.setInvalid(!phoneOk);
        phone.setErrorMessage(getTranslation("validation.phone"));
        ok &= phoneOk;
        String invoice = invoiceNumber.getValue().strip();
        boolean invoiceOk = invoice.isEmpty() || InvoiceRegistrationNumber.normalize(invoice).isPresent();
        invoiceNumber.setInvalid(!invoiceOk);
        invoiceNumber.setErrorMessage(getTranslation(InvoiceRegistrationNumber.hasValidFormat(invoice)
                ? "validation.invoice-number.check-digit" : "validation.invoice-number"));
        ok &= invoiceOk;
        LocalTime open = opening.getValue();
        LocalTime close = closing.getValue();
        boolean hoursOk = open != null && close != null && open.isBefore(close);
        closing.setInvalid(!hoursOk);
        closing.setErrorMessage(getTranslation("validation.hours"));
        ok &= hoursOk;
        if (!ok) {
            Notifications.error(getTranslation("validation.fix-fields"));
            return;
        }
        Store updated = new Store(store.id(), storeName, postal.isEmpty() ? null : postal,
                address.getValue().isBlank() ? null : address.getValue().strip(), tel.isEmpty() ? null : tel,
                invoice.isEmpty() ? null : invoice, open, close,
                Store.closedDaysText(closedDays.getValue().isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                        : EnumSet.copyOf(closedDays.getValue())),
                rounding.getValue(), store.version());
        store = stores.save(updated);
        read(store);
        Notifications.success(getTranslation("saved", store.name()));
    }
}
