package jp.salonkarte.shell;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.security.StaffPrincipal;
import jp.salonkarte.store.LoginThrottle;
import jp.salonkarte.store.StaffService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The quick staff switch on a shared iPad, tapped on the PIN keypad. */
@IntegrationTest
@WithUserDetails("owner@example.com")
class StaffSwitchTest extends SpringBrowserlessTest {

    @Autowired StaffService staff;
    @Autowired LoginThrottle throttle;

    private void tap(String id) {
        test($(Button.class).withId(id).single()).click();
    }

    private void type(String pin) {
        for (char c : pin.toCharArray()) {
            tap("pin-key-" + c);
        }
        tap("pin-key-ok");
    }

    @Test
    void aWrongPinIsRefusedAndTheRightOneSwitchesTheSession() {
        long managerId = staff.findByEmail("manager@example.com").orElseThrow().id();
        DrawerTest.tap($(Drawer.class).single(), Drawer.Action.SWITCH_STAFF);
        tap("staff-switch-" + managerId);

        type("9999");
        PasswordField pin = $(PasswordField.class).withId("pin-input").single();
        assertThat(pin.isInvalid()).isTrue();
        assertThat(pin.getErrorMessage()).contains("PINが違います").contains("4");
        assertThat(((StaffPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .username()).isEqualTo("owner@example.com");

        type("2222");
        StaffPrincipal now = (StaffPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        assertThat(now.username()).isEqualTo("manager@example.com");
        assertThat(now.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MANAGER");
        assertThat(throttle.triesLeft(LoginThrottle.pin(managerId))).isEqualTo(LoginThrottle.ACCOUNT_FAILURES);
    }
}
