package jp.salonkarte.checkout.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import jp.salonkarte.base.ui.ComingSoon;

/** Checkout (会計); tickets, payments and receipts arrive with issue 6. */
@Route("checkout")
@PageTitle("Salon Karte")
@Menu(order = 30, title = "nav.checkout", icon = "vaadin:cash")
@PermitAll
class CheckoutView extends ComingSoon {

    CheckoutView() {
        super("nav.checkout", "coming.checkout");
    }
}
