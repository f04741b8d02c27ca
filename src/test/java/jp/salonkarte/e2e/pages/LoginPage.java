package jp.salonkarte.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * {@code /login}: a Vaadin LoginForm with id {@code login-form}. Since Vaadin 24 its inputs are
 * light-DOM children (so password managers and iPad autofill see them), which is why plain CSS
 * selectors reach them without piercing shadow roots.
 */
public final class LoginPage extends VaadinPage {

    public static final String DEMO_OWNER_EMAIL = "owner@example.com";
    public static final String DEMO_OWNER_PASSWORD = "salon1234";

    static final By FORM = By.id("login-form");
    static final By USERNAME = By.cssSelector("#login-form input[name='username']");
    static final By PASSWORD = By.cssSelector("#login-form input[name='password']");
    static final By SUBMIT = By.cssSelector("#login-form vaadin-button[slot='submit']");

    private final String baseUrl;

    private LoginPage(WebDriver driver, String baseUrl) {
        super(driver);
        this.baseUrl = baseUrl;
    }

    public static LoginPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/login");
        LoginPage page = new LoginPage(driver, baseUrl);
        page.find(FORM);
        page.find(USERNAME);
        return page;
    }

    /** Signs in and waits for the main layout, so callers can navigate right away. */
    public MainLayout login(String email, String password) {
        submit(email, password);
        waitFor(() -> "leaving /login after signing in as " + email + " (now at "
                        + driver.getCurrentUrl() + ")")
                .until(d -> !d.getCurrentUrl().contains("/login"));
        return new MainLayout(driver, baseUrl).waitUntilShown();
    }

    public MainLayout loginAsDemoOwner() {
        return login(DEMO_OWNER_EMAIL, DEMO_OWNER_PASSWORD);
    }

    /** Submits without expecting success, for tests of wrong credentials. */
    public void submit(String email, String password) {
        typeInto(find(USERNAME), email);
        typeInto(find(PASSWORD), password);
        tap(find(SUBMIT));
    }

    /** The form shows its error message after a failed login ({@code ?error} in the URL). */
    public boolean hasError() {
        waitForVaadin();
        WebElement form = find(FORM);
        return form.getDomAttribute("error") != null
                || Boolean.TRUE.equals(js().executeScript("return arguments[0].error === true;", form));
    }

    public boolean isShown() {
        return !driver.findElements(FORM).isEmpty()
                && ExpectedConditions.visibilityOfElementLocated(FORM).apply(driver) != null;
    }
}
