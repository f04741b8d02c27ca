package jp.salonkarte.checkout.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jp.salonkarte.base.Yen;
import jp.salonkarte.checkout.PaidTicket;
import jp.salonkarte.checkout.Tax;

/** What the register shows once a ticket is paid: receipt number, total, tax per rate, the change in big type. */
final class PaidPanel {

    private PaidPanel() {
    }

    static void fill(VerticalLayout panel, PaidTicket paid, Runnable onReceipt, Runnable onNewTicket) {
        H2 title = new H2(panel.getTranslation("checkout.done.title"));
        Span receiptNo = new Span(panel.getTranslation("checkout.done.receipt", paid.receiptNo()));
        receiptNo.setId("checkout-receipt-no");
        Span total = new Span(panel.getTranslation("checkout.total", Yen.format(paid.total())));
        total.addClassNames(LumoUtility.FontSize.XLARGE);
        Span change = new Span(panel.getTranslation("checkout.pay.change", Yen.format(paid.change())));
        change.setId("checkout-change");
        change.addClassNames(LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD);
        Div rates = new Div();
        paid.rateTotals().forEach(r -> rates.add(rateRow(r)));
        Button next = new Button(panel.getTranslation("checkout.new"), e -> onNewTicket.run());
        next.setId("checkout-new");
        next.setMinHeight("64px");
        next.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        Button showReceipt = new Button(panel.getTranslation("receipt.show"), new Icon(VaadinIcon.FILE_TEXT_O),
                e -> onReceipt.run());
        showReceipt.setId("checkout-receipt");
        showReceipt.setMinHeight("56px");
        panel.add(title, receiptNo, total, rates, change, showReceipt, next);
    }

    /** 「10%対象 ¥8,800（内消費税 ¥800）」: one tax rate's total and the tax in it. */
    static Div rateRow(Tax.RateTotal r) {
        Div row = new Div();
        row.add(new Span(row.getTranslation(r.ratePercent() == 8 ? "checkout.rate.reduced" : "checkout.rate.standard",
                Yen.format(r.total()), Yen.format(r.tax()))));
        row.setId("checkout-rate-" + r.ratePercent());
        return row;
    }
}
