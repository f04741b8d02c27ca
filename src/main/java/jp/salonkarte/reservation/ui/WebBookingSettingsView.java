package jp.salonkarte.reservation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;


import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.reservation.WebBookingService;
import jp.salonkarte.reservation.WebBookingSettings;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.StoreService;
import jp.salonkarte.store.ui.SettingsTabs;

/** Web booking settings (ネット予約設定): on/off, the cancel/change cut-off, lead time, days ahead. */
@Route(SettingsTabs.WEB_BOOKING_ROUTE)
@PageTitle("Salon Karte")
@RolesAllowed({Role.OWNER_NAME, Role.MANAGER_NAME})
class WebBookingSettingsView extends VerticalLayout {

    final Checkbox enabled = new Checkbox();
    final IntegerField cutoff = new IntegerField();
    final IntegerField lead = new IntegerField();
    final IntegerField daysAhead = new IntegerField();
    private final WebBookingService web;
    private WebBookingSettings settings;

    WebBookingSettingsView(WebBookingService web, StoreService stores,
            jp.salonkarte.base.SalonKarteProperties properties) {
        this.web = web;
        this.settings = web.settings(stores.currentStore().orElseThrow().id());
        addClassName("settings-page");
        enabled.setId("webbook-settings-enabled");
        enabled.setLabel(getTranslation("webbook.settings.enabled"));
        number(cutoff, "webbook-settings-cutoff", "webbook.settings.cutoff", "webbook.settings.cutoff.helper", 0,
                WebBookingSettings.CUTOFF_MAX_HOURS);
        number(lead, "webbook-settings-lead", "webbook.settings.lead", "webbook.settings.lead.helper", 0,
                WebBookingSettings.LEAD_MAX_MINUTES);
        number(daysAhead, "webbook-settings-days", "webbook.settings.days", "webbook.settings.days.helper", 1,
                WebBookingSettings.DAYS_AHEAD_MAX);
        String url = properties.publicUrl("/book");
        Anchor link = new Anchor(url, url);
        link.setId("webbook-settings-url");
        link.setTarget("_blank");
        Paragraph where = new Paragraph(getTranslation("webbook.settings.url"));
        where.add(" ");
        where.add(link);
        FormLayout form = new FormLayout(enabled, cutoff, lead, daysAhead);
        form.setColspan(enabled, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("webbook-settings-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(SettingsTabs.header(this, "settings.web-booking", WebBookingSettingsView.class), where, form, save);
        read();
    }

    private void number(IntegerField f, String id, String labelKey, String helperKey, int min, int max) {
        f.setId(id);
        f.setLabel(getTranslation(labelKey));
        f.setHelperText(getTranslation(helperKey));
        f.setMin(min);
        f.setMax(max);
        f.setStepButtonsVisible(true);
        f.setRequiredIndicatorVisible(true);
        f.getElement().setAttribute("inputmode", "numeric");
    }

    private void read() {
        enabled.setValue(settings.enabled());
        cutoff.setValue(settings.cancelCutoffHours());
        lead.setValue(settings.leadMinutes());
        daysAhead.setValue(settings.daysAhead());
    }

    void save() {
        boolean ok = true;
        ok &= check(cutoff, 0, WebBookingSettings.CUTOFF_MAX_HOURS);
        ok &= check(lead, 0, WebBookingSettings.LEAD_MAX_MINUTES);
        ok &= check(daysAhead, 1, WebBookingSettings.DAYS_AHEAD_MAX);
        if (!ok) {
            Notifications.error(getTranslation("validation.fix-fields"));
            return;
        }
        settings = web.saveSettings(new WebBookingSettings(settings.storeId(), enabled.getValue(),
                cutoff.getValue(), lead.getValue(), daysAhead.getValue(), settings.version()));
        read();
        Notifications.success(getTranslation("webbook.settings.saved"));
    }

    private boolean check(IntegerField f, int min, int max) {
        Integer v = f.getValue();
        boolean valid = v != null && v >= min && v <= max;
        f.setInvalid(!valid);
        f.setErrorMessage(getTranslation("webbook.settings.error.range", min, max));
        return valid;
    }
}
