package jp.salonkarte.e2e.pages;

import org.openqa.selenium.WebDriver;

/**
 * {@code /customers/consent/:customerId}: staff pick the consent form ({@code consent-start-template})
 * and start customer mode ({@code consent-start}).
 */
public final class ConsentStartPage extends VaadinPage {

    private final String baseUrl;

    ConsentStartPage(WebDriver driver, String baseUrl) {
        super(driver);
        this.baseUrl = baseUrl;
        byId("consent-start-template");
    }

    /** Picks the template whose title contains {@code title} and hands the iPad over. */
    public KioskPage startCustomerMode(String title) {
        chooseRadio("consent-start-template", title);
        tapId("consent-start");
        return new KioskPage(driver, baseUrl);
    }
}
