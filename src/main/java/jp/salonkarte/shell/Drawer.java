package jp.salonkarte.shell;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.server.menu.MenuEntry;

import org.springframework.web.util.HtmlUtils;

/**
 * The drawer's content — brand, navigation and the staff footer — as one element whose inner
 * HTML is written here, not as ~30 server-side components (DD040). Every open window of every
 * iPad carries its own copy of the drawer, and in Vaadin each component is a state node kept on
 * the server: as components the drawer was a third of a session's memory. The HTML uses the
 * same web components ({@code vaadin-button}, {@code vaadin-icon}), so it looks and works the
 * same; links are router links (no page load) and the three buttons report their action through
 * one click listener on the drawer.
 */
@Tag("div")
final class Drawer extends Component {

    /** What a tap on one of the footer buttons asks for. */
    enum Action {
        SWITCH_STAFF("switch-staff"), LANGUAGE("language"), LOGOUT("logout");

        final String key;

        Action(String key) {
            this.key = key;
        }

        static Optional<Action> of(String key) {
            for (Action action : values()) {
                if (action.key.equals(key)) {
                    return Optional.of(action);
                }
            }
            return Optional.empty();
        }
    }

    /** The browser's answer to "which action button was tapped?", null when the tap was elsewhere. */
    static final String TAPPED_ACTION = "event.target.closest('[data-action]')?.dataset.action";

    /** A footer button: its id, icon and label. */
    record Button(Action action, String id, String icon, String label) {
    }

    private final List<MenuEntry> entries;
    private final Map<String, String> titles;
    private final String navLabel;
    private final String staffLine;
    private final List<Button> buttons;

    /**
     * @param entries the menu entries the signed-in staff member may open
     * @param titles their translated titles, by entry path
     * @param staffLine "担当: …", or null when nobody is signed in
     */
    Drawer(List<MenuEntry> entries, Map<String, String> titles, String navLabel, String staffLine,
            List<Button> buttons, java.util.function.Consumer<Action> onAction) {
        this.entries = entries;
        this.titles = titles;
        this.navLabel = navLabel;
        this.staffLine = staffLine;
        this.buttons = buttons;
        addClassName("drawer");
        getElement().addEventListener("click", e -> Action.of(e.getEventData().path(TAPPED_ACTION).asString(""))
                .ifPresent(onAction)).addEventData(TAPPED_ACTION).setFilter(TAPPED_ACTION + " != null");
        show("");
    }

    /** Writes the drawer with the entry for {@code path} (without the leading slash) marked current. */
    void show(String path) {
        StringBuilder html = new StringBuilder(2_048);
        html.append("<span class=\"brand\">Salon Karte</span>");
        html.append("<nav id=\"nav\" class=\"drawer-nav\" aria-label=\"").append(escape(navLabel)).append("\">");
        String current = currentEntry(path);
        for (MenuEntry entry : entries) {
            String target = entry.path().replaceFirst("^/", "");
            html.append("<a router-link href=\"").append(escape(target)).append("\" id=\"").append(navId(target))
                    .append('"');
            if (target.equals(current)) {
                html.append(" aria-current=\"page\"");
            }
            html.append('>');
            if (entry.icon() != null) {
                html.append("<vaadin-icon icon=\"").append(escape(entry.icon())).append("\"></vaadin-icon>");
            }
            html.append("<span>").append(escape(titles.getOrDefault(entry.path(), entry.path()))).append("</span></a>");
        }
        html.append("</nav><div class=\"drawer-footer\">");
        if (staffLine != null) {
            html.append("<span id=\"current-staff\">").append(escape(staffLine)).append("</span>");
        }
        for (Button button : buttons) {
            html.append("<vaadin-button id=\"").append(button.id()).append("\" data-action=\"")
                    .append(button.action().key).append('"');
            if (button.action() == Action.LOGOUT) {
                html.append(" theme=\"tertiary\"");
            }
            html.append("><vaadin-icon slot=\"prefix\" icon=\"").append(escape(button.icon())).append("\"></vaadin-icon>")
                    .append(escape(button.label())).append("</vaadin-button>");
        }
        html.append("</div>");
        getElement().setProperty("innerHTML", html.toString());
    }

    /** The entry a path belongs to: the exact one, else the longest whose section it is in. */
    private String currentEntry(String path) {
        String best = null;
        for (MenuEntry entry : entries) {
            String target = entry.path().replaceFirst("^/", "");
            boolean matches = target.isEmpty() ? path.isEmpty() : path.equals(target) || path.startsWith(target + "/");
            if (matches && (best == null || target.length() > best.length())) {
                best = target;
            }
        }
        return best;
    }

    /** {@code nav-reservations} for the board at the root, else {@code nav-} and the first path segment. */
    static String navId(String target) {
        return "nav-" + (target.isEmpty() ? "reservations" : target.split("/")[0]);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
