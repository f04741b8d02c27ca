package jp.salonkarte.shell;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.server.menu.MenuEntry;

import jp.salonkarte.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The drawer written as HTML: the links the role may open, the current one marked, the three buttons. */
@IntegrationTest
@WithUserDetails("owner@example.com")
class DrawerTest extends SpringBrowserlessTest {

    /** A tap on one of the drawer's buttons, as the browser reports it. */
    static void tap(Drawer drawer, Drawer.Action action) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(Drawer.TAPPED_ACTION, action.key);
        data.put(Drawer.TAPPED_ACTION + " != null", true);
        drawer.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(drawer.getElement(), "click", data));
    }

    private String html() {
        return $(Drawer.class).single().getElement().getProperty("innerHTML");
    }

    @Test
    void theOwnerSeesEveryScreenWithTheOpenOneMarked() {
        UI.getCurrent().navigate("");
        assertThat(html())
                .contains("<a router-link href=\"\" id=\"nav-reservations\" aria-current=\"page\">")
                .contains("id=\"nav-customers\"", "id=\"nav-checkout\"", "id=\"nav-printing\"", "id=\"nav-settings\"")
                .contains("<span id=\"current-staff\">")
                .contains("id=\"staff-switch\" data-action=\"switch-staff\"", "id=\"language-toggle\"",
                        "id=\"logout\" data-action=\"logout\"");

        UI.getCurrent().navigate("customers");
        assertThat(html()).contains("href=\"customers\" id=\"nav-customers\" aria-current=\"page\"")
                .doesNotContain("id=\"nav-reservations\" aria-current");
    }

    @Test
    @WithUserDetails("staff@example.com")
    void staffDoNotSeeTheSettings() {
        UI.getCurrent().navigate("");
        assertThat(html()).contains("id=\"nav-customers\"").doesNotContain("nav-settings");
    }

    @Test
    void theSwitchButtonOpensTheStaffSwitch() {
        UI.getCurrent().navigate("");
        assertThat($(StaffSwitchDialog.class).exists()).isFalse();
        tap($(Drawer.class).single(), Drawer.Action.SWITCH_STAFF);
        assertThat($(StaffSwitchDialog.class).exists()).isTrue();
    }

    @Test
    void aTapBesideTheButtonsDoesNothingAndNamesAreEscaped() {
        AtomicReference<Drawer.Action> tapped = new AtomicReference<>();
        Drawer drawer = new Drawer(
                List.of(new MenuEntry("/customers", "nav.customers", 20.0, "vaadin:notebook", Div.class)),
                Map.of("/customers", "顧客"), "メニュー", "担当: <img src=x onerror=alert(1)>",
                List.of(new Drawer.Button(Drawer.Action.LOGOUT, "logout", "vaadin:sign-out", "ログアウト")), tapped::set);

        ObjectNode elsewhere = JacksonUtils.createObjectNode();
        elsewhere.put(Drawer.TAPPED_ACTION + " != null", false);
        drawer.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(drawer.getElement(), "click", elsewhere));
        assertThat(tapped).hasNullValue();
        tap(drawer, Drawer.Action.LOGOUT);
        assertThat(tapped).hasValue(Drawer.Action.LOGOUT);

        drawer.show("customers/karte/7");
        assertThat(drawer.getElement().getProperty("innerHTML"))
                .contains("担当: &lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img")
                .contains("id=\"nav-customers\" aria-current=\"page\"");
    }
}
