package jp.salonkarte.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jp.salonkarte.base.ui.Languages;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.security.StaffPrincipal;
import jp.salonkarte.store.StaffService;

/**
 * The touch shell around every staff screen: a side navigation built from the views'
 * {@code @Menu} annotations (so only what the role may open is listed), who is working the
 * iPad, the PIN staff switch, the language switch and logout.
 */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(CurrentStaff currentStaff, StaffService staffService) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setId("nav-toggle");
        toggle.setAriaLabel(getTranslation("nav.menu"));
        viewTitle.addClassName("view-title");
        viewTitle.setId("view-title");
        addToNavbar(toggle, viewTitle);

        Span brand = new Span("Salon Karte");
        brand.addClassNames(LumoUtility.FontWeight.BOLD, LumoUtility.FontSize.LARGE, LumoUtility.Padding.MEDIUM,
                "brand");
        addToDrawer(brand, navigation(), footer(currentStaff, staffService));
    }

    /** The navbar names the screen, so a hurried receptionist always knows where she is. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = "/" + event.getLocation().getPath();
        String title = MenuConfiguration.getMenuEntries().stream()
                .filter(e -> e.path().equals(path) || (!e.path().equals("/") && path.startsWith(e.path())))
                .map(e -> getTranslation(e.title()))
                .findFirst().orElse("");
        viewTitle.setText(title);
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(nav.getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            String path = entry.path().replaceFirst("^/", "");
            item.setId("nav-" + (path.isEmpty() ? "reservations" : path.split("/")[0]));
            if (!path.isEmpty()) {
                item.setMatchNested(true);
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component footer(CurrentStaff currentStaff, StaffService staffService) {
        VerticalLayout footer = new VerticalLayout();
        footer.setPadding(true);
        footer.setSpacing(true);
        footer.addClassName("drawer-footer");
        currentStaff.get().map(StaffPrincipal::displayName).ifPresent(name -> {
            Span who = new Span(getTranslation("shell.working", name));
            who.setId("current-staff");
            footer.add(who);
        });
        Button switchStaff = new Button(getTranslation("shell.switch-staff"), new Icon(VaadinIcon.USERS),
                e -> new StaffSwitchDialog(staffService, currentStaff).open());
        switchStaff.setId("staff-switch");
        Button language = new Button(getTranslation("shell.language"), new Icon(VaadinIcon.GLOBE),
                e -> Languages.toggle(getUI().orElseThrow()));
        language.setId("language-toggle");
        Button logout = new Button(getTranslation("shell.logout"), new Icon(VaadinIcon.SIGN_OUT),
                e -> currentStaff.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        for (Button b : new Button[] {switchStaff, language, logout}) {
            b.setWidthFull();
        }
        footer.add(switchStaff, language, logout);
        Div spacer = new Div();
        spacer.addClassName(LumoUtility.Flex.GROW);
        return footer;
    }
}
