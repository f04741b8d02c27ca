package jp.salonkarte.security.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jp.salonkarte.base.ui.Languages;
import jp.salonkarte.store.StoreService;

/** Staff log in with e-mail and password; an empty database sends the visitor to setup. */
@Route(value = "login", autoLayout = false)
@PageTitle("Salon Karte")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final StoreService stores;
    private final Clock clock;

    LoginView(StoreService stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");

        H1 title = new H1("Salon Karte");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        login.setId("login-form");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        Button language = new Button(getTranslation("shell.language"), new Icon(VaadinIcon.GLOBE),
                e -> Languages.toggle(getUI().orElseThrow()));
        language.setId("language-toggle");
        language.addThemeVariants(ButtonVariant.TERTIARY);
        add(title, tagline, login, language);
        emailKeyboard();
    }

    /** The iPad shows its e-mail keyboard (with @ and .) and no auto-capitalisation for the login name. */
    private void emailKeyboard() {
        login.getElement().executeJs("const form = this;"
                + "const apply = (tries) => {"
                + "  const input = form.querySelector('input[name=\"username\"]');"
                + "  if (!input) { if (tries > 0) setTimeout(() => apply(tries - 1), 100); return; }"
                + "  input.type = 'email'; input.inputMode = 'email'; input.autocomplete = 'username';"
                + "  input.setAttribute('autocapitalize', 'none');"
                + "};"
                + "apply(30);");
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.email"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!stores.isSetUp()) {
            event.forwardTo("setup");
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        Optional<Instant> locked = parameters.getSingleParameter("locked").flatMap(LoginView::epochSecond);
        if (locked.isPresent()) {
            // Too many failures (DD039): say until when, in the store's time.
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message",
                    DateTimeFormatter.ofPattern("HH:mm").withZone(clock.getZone()).format(locked.get())));
            login.setI18n(i18n);
            login.setError(true);
            return;
        }
        login.setError(parameters.getParameters().containsKey("error"));
    }

    private static Optional<Instant> epochSecond(String value) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
        } catch (NumberFormatException | java.time.DateTimeException notATime) {
            return Optional.empty();
        }
    }
}
