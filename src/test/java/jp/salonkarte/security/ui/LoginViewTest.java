package jp.salonkarte.security.ui;


import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.login.LoginForm;

import jp.salonkarte.IntegrationTest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void theLoginFormPostsToSpringSecurityInJapanese() {
        navigate(LoginView.class);
        LoginForm form = $(LoginForm.class).withId("login-form").single();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).contains("メールアドレス");
    }

    @Test
    void aFailedLoginShowsTheError() {
        com.vaadin.flow.component.UI.getCurrent().navigate("login",
                com.vaadin.flow.router.QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(LoginForm.class).single().isError()).isTrue();
    }

    @Test
    void aLockedLoginSaysUntilWhenInTheStoresTime() {
        // 2026-12-02 05:15 UTC is 14:15 in Tokyo.
        long until = java.time.Instant.parse("2026-12-02T05:15:00Z").getEpochSecond();
        com.vaadin.flow.component.UI.getCurrent().navigate("login",
                com.vaadin.flow.router.QueryParameters.of("locked", String.valueOf(until)));
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).contains("ログインの失敗が続いたため")
                .contains("14:15");
    }
}
