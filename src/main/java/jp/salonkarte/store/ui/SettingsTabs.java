package jp.salonkarte.store.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The header of the settings screens: a title and big tabs for store, staff and menus. */
public final class SettingsTabs {

    private SettingsTabs() {
    }

    /** The route of the karte template screen (in the karte feature, which depends on this one, not back). */
    public static final String KARTE_FIELDS_ROUTE = "settings/karte-fields";
    /** Web booking settings (reservation feature). */
    public static final String WEB_BOOKING_ROUTE = "settings/web-booking";
    /** Mail templates and the send log (mail feature). */
    public static final String MAIL_ROUTE = "settings/mail";

    /** Receipt printers and print jobs (printing feature). */
    public static final String PRINTERS_ROUTE = "settings/printers";

    /** Consent form templates (consent feature). */
    public static final String CONSENT_ROUTE = "settings/consent";

    /** The route of the shifts screen (in the reservation feature). */
    public static final String SHIFTS_ROUTE = "settings/shifts";

    /** The audit log of personal data, for the owner only (audit feature). */
    public static final String AUDIT_ROUTE = "settings/audit";

    public static Component header(Component anyComponent, String titleKey, Class<? extends Component> current) {
        H2 title = new H2(anyComponent.getTranslation(titleKey));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        HorizontalLayout tabs = new HorizontalLayout(
                tab(anyComponent, "settings.store", "settings-tab-store", StoreSettingsView.class, current),
                tab(anyComponent, "settings.staff", "settings-tab-staff", StaffView.class, current),
                tab(anyComponent, "settings.menus", "settings-tab-menus", MenuView.class, current),
                tab(anyComponent, "settings.karte-fields", "settings-tab-karte-fields", KARTE_FIELDS_ROUTE,
                        current != null && current.getSimpleName().equals("KarteFieldsView")),
                tab(anyComponent, "settings.shifts", "settings-tab-shifts", SHIFTS_ROUTE,
                        current != null && current.getSimpleName().equals("ShiftsView")),
                tab(anyComponent, "settings.web-booking", "settings-tab-web-booking", WEB_BOOKING_ROUTE,
                        current != null && current.getSimpleName().equals("WebBookingSettingsView")),
                tab(anyComponent, "settings.mail", "settings-tab-mail", MAIL_ROUTE,
                        current != null && current.getSimpleName().equals("MailSettingsView")),
                tab(anyComponent, "settings.printers", "settings-tab-printers", PRINTERS_ROUTE,
                        current != null && current.getSimpleName().equals("PrintersView")),
                tab(anyComponent, "settings.consent", "settings-tab-consent", CONSENT_ROUTE,
                        current != null && current.getSimpleName().equals("ConsentTemplatesView")));
        if (isOwner()) {
            tabs.add(tab(anyComponent, "settings.audit", "settings-tab-audit", AUDIT_ROUTE,
                    current != null && current.getSimpleName().equals("AuditLogView")));
        }
        tabs.addClassName("settings-tabs");
        tabs.setWrap(true);
        FlexLayout bar = new FlexLayout(title, tabs);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexLayout.Alignment.CENTER);
        bar.setJustifyContentMode(FlexLayout.JustifyContentMode.BETWEEN);
        bar.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.Width.FULL);
        return bar;
    }

    private static Button tab(Component c, String key, String id, Class<? extends Component> target,
            Class<? extends Component> current) {
        Button b = new Button(c.getTranslation(key), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(target)));
        b.setId(id);
        b.addThemeVariants(target.equals(current) ? ButtonVariant.PRIMARY : ButtonVariant.LUMO_CONTRAST);
        return b;
    }

    private static Button tab(Component c, String key, String id, String route, boolean selected) {
        Button b = new Button(c.getTranslation(key), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(route)));
        b.setId(id);
        b.addThemeVariants(selected ? ButtonVariant.PRIMARY : ButtonVariant.LUMO_CONTRAST);
        return b;
    }

    /** Only the owner sees the audit log's tab (the screen itself is also refused to others). */
    private static boolean isOwner() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_OWNER".equals(a.getAuthority()));
    }

    static VerticalLayout page() {
        VerticalLayout page = new VerticalLayout();
        page.setSizeFull();
        page.addClassName("settings-page");
        return page;
    }
}
