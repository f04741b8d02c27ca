package jp.salonkarte.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import jp.salonkarte.base.ui.Languages;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.security.StaffPrincipal;
import jp.salonkarte.store.StaffService;

/**
 * The touch shell around every staff screen: a side navigation built from the views'
 * {@code @Menu} annotations (so only what the role may open is listed), who is working the
 * iPad, the PIN staff switch, the language switch and logout — all in the {@link Drawer}.
 */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    private final Drawer drawer;

    MainLayout(CurrentStaff currentStaff, StaffService staffService) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setId("nav-toggle");
        toggle.setAriaLabel(getTranslation("nav.menu"));
        viewTitle.addClassName("view-title");
        viewTitle.setId("view-title");
        addToNavbar(toggle, viewTitle);

        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        Map<String, String> titles = new HashMap<>();
        entries.forEach(e -> titles.put(e.path(), getTranslation(e.title())));
        String staffLine = currentStaff.get().map(StaffPrincipal::displayName)
                .map(name -> getTranslation("shell.working", name)).orElse(null);
        drawer = new Drawer(entries, titles, getTranslation("nav.menu"), staffLine, List.of(
                new Drawer.Button(Drawer.Action.SWITCH_STAFF, "staff-switch", "vaadin:users",
                        getTranslation("shell.switch-staff")),
                new Drawer.Button(Drawer.Action.LANGUAGE, "language-toggle", "vaadin:globe",
                        getTranslation("shell.language")),
                new Drawer.Button(Drawer.Action.LOGOUT, "logout", "vaadin:sign-out", getTranslation("shell.logout"))),
                action -> {
                    switch (action) {
                        case SWITCH_STAFF -> new StaffSwitchDialog(staffService, currentStaff).open();
                        case LANGUAGE -> Languages.toggle(getUI().orElseThrow());
                        case LOGOUT -> currentStaff.logout();
                    }
                });
        addToDrawer(drawer);
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
        drawer.show(event.getLocation().getPath());
    }
}
