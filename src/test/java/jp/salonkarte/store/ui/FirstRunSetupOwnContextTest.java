package jp.salonkarte.store.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** A production install on an empty external database: no demo data, a setup screen instead. */
@SpringBootTest(properties = {"salonkarte.db.name=salonkarte_setup_test", "salonkarte.demo.enabled=false"})
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunSetupOwnContextTest extends SpringBrowserlessTest {

    @Autowired StoreService stores;
    @Autowired StaffService staff;
    @Autowired PasswordEncoder encoder;

    private <T extends Component> T byId(Class<T> type, String id) {
        return $(type).withId(id).single();
    }

    @Test
    @Order(1)
    void anEmptyDatabaseShowsSetupAndBadInputCreatesNothing() {
        assertThat(stores.isSetUp()).isFalse();
        navigate("login", Component.class);
        assertThat(getCurrentView()).isInstanceOf(SetupView.class);

        test(byId(TextField.class, "setup-store-name")).setValue("");
        test(byId(TextField.class, "staff-family-name")).setValue("木村");
        test(byId(Button.class, "setup-create")).click();
        assertThat(byId(TextField.class, "setup-store-name").isInvalid()).isTrue();
        assertThat(stores.isSetUp()).isFalse();
    }

    @Test
    @Order(2)
    void setupCreatesTheStoreAndAnOwnerWhoCanLogIn() {
        navigate("setup", Component.class);
        test(byId(TextField.class, "setup-store-name")).setValue("ヘアサロン木村");
        test(byId(TextField.class, "staff-family-name")).setValue("木村");
        test(byId(TextField.class, "staff-given-name")).setValue("拓也");
        test(byId(TextField.class, "staff-family-kana")).setValue("キムラ");
        test(byId(TextField.class, "staff-given-kana")).setValue("タクヤ");
        test(byId(EmailField.class, "staff-email")).setValue("Kimura@Example.JP");
        byId(PasswordField.class, "staff-password").setValue("very-secret-1");
        test(byId(Button.class, "setup-create")).click();

        assertThat(stores.publicStore()).get().extracting(s -> s.name()).isEqualTo("ヘアサロン木村");
        // Nobody is logged in yet: the staff record is read as the system would (DD038).
        var owner = jp.salonkarte.base.SystemActor.call("test", () -> staff.findByEmail("kimura@example.jp"))
                .orElseThrow();
        assertThat(owner.role()).isEqualTo(jp.salonkarte.store.Role.OWNER);
        assertThat(encoder.matches("very-secret-1", owner.passwordHash())).isTrue();
    }

    @Test
    @Order(3)
    void setupIsClosedOnceTheStoreExists() {
        navigate("setup", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }
}
