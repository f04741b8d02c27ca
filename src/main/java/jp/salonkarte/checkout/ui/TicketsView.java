package jp.salonkarte.checkout.ui;

import java.time.LocalDate;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

import jp.salonkarte.base.Yen;
import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.base.ui.UserMessages;
import jp.salonkarte.checkout.CheckoutException;
import jp.salonkarte.checkout.CheckoutService;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.checkout.PaidTicket;
import jp.salonkarte.checkout.Receipts;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.store.Role;

/**
 * A business day's tickets (伝票一覧) with their payments and state; owners and managers void a
 * ticket of today (取消) or refund an earlier one (返金) with a reason. Nothing is edited: a
 * reversal is added and shows on the row.
 */
@Route("checkout/tickets")
@PageTitle("Salon Karte")
@PermitAll
class TicketsView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    private final CheckoutService checkout;
    private final CustomerService customers;
    private final Receipts receipts;
    private final long storeId;
    private final boolean canReverse;
    final DatePicker day = new DatePicker();
    final VerticalLayout list = new VerticalLayout();

    TicketsView(CheckoutService checkout, CurrentStaff currentStaff, CustomerService customers, Receipts receipts) {
        this.checkout = checkout;
        this.receipts = receipts;
        this.customers = customers;
        this.storeId = currentStaff.require().storeId();
        this.canReverse = currentStaff.hasAnyRole(Role.OWNER, Role.MANAGER);
        add(new H2(getTranslation("tickets.title")));
        day.setId("tickets-day");
        day.setLabel(getTranslation("close.day"));
        day.setMax(checkout.today());
        day.setValue(checkout.today());
        day.addValueChangeListener(e -> load());
        list.setPadding(false);
        add(day, list);
        load();
    }

    void load() {
        list.removeAll();
        LocalDate selected = day.getValue();
        if (selected == null) {
            return;
        }
        LocalDate today = checkout.today();
        for (PaidTicket t : checkout.day(storeId, selected)) {
            Span no = new Span(t.receiptNo() + "  " + t.paidAt().toLocalTime().withNano(0));
            no.addClassNames(LumoUtility.Flex.GROW);
            Span total = new Span(Yen.format(t.total()));
            total.addClassNames(LumoUtility.FontWeight.BOLD);
            Span methods = new Span(t.payments().stream().map(p -> getTranslation(p.method().labelKey()))
                    .collect(Collectors.joining("・")));
            Button receipt = new Button(getTranslation("receipt.button"), new Icon(VaadinIcon.FILE_TEXT_O),
                    e -> showReceipt(t));
            receipt.setId("receipt-" + t.id());
            receipt.setMinHeight("44px");
            HorizontalLayout row = new HorizontalLayout(no, methods, total, receipt);
            row.setId("ticket-" + t.id());
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            if (t.reversed()) {
                Span state = new Span(getTranslation("tickets.reversed." + t.reversal().kind().name(),
                        t.reversal().reason()));
                state.setId("ticket-state-" + t.id());
                state.addClassNames(LumoUtility.TextColor.ERROR);
                row.add(state);
            } else if (canReverse) {
                boolean sameDay = t.businessDay().equals(today);
                Button b = new Button(getTranslation(sameDay ? "tickets.void" : "tickets.refund"),
                        e -> askReason(t, sameDay));
                b.setId((sameDay ? "void-" : "refund-") + t.id());
                b.setMinHeight("44px");
                b.addThemeVariants(ButtonVariant.ERROR);
                row.add(b);
            }
            list.add(row);
        }
        if (list.getComponentCount() == 0) {
            list.add(new Div(new Span(getTranslation("tickets.none"))));
        }
    }

    /**
     * {@code ?day=2026-10-01&ticket=123} (a report's drill-down): that day's list with that
     * ticket's receipt open. A day or ticket that does not parse or is not this store's is ignored.
     */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("day").ifPresent(text -> {
            try {
                LocalDate requested = LocalDate.parse(text);
                if (!requested.isAfter(checkout.today())) {
                    day.setValue(requested);
                }
            } catch (java.time.format.DateTimeParseException ignored) {
                // a hand-edited address: stay on today
            }
        });
        parameters.getSingleParameter("ticket").filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> checkout.find(Long.parseLong(id))).filter(t -> t.storeId() == storeId)
                .ifPresent(this::showReceipt);
    }

    ReceiptDialog showReceipt(PaidTicket t) {
        String email = t.customerId() == null ? ""
                : customers.find(t.customerId()).map(c -> c.email() == null ? "" : c.email()).orElse("");
        ReceiptDialog dialog = new ReceiptDialog(receipts, t, email);
        dialog.open();
        return dialog;
    }

    void askReason(PaidTicket t, boolean voidIt) {
        Dialog dialog = new Dialog();
        dialog.setId("reversal-dialog");
        dialog.setHeaderTitle(getTranslation(voidIt ? "tickets.void" : "tickets.refund") + "  " + t.receiptNo()
                + "  " + Yen.format(t.total()));
        TextField reason = new TextField(getTranslation("tickets.reason"));
        reason.setId("reversal-reason");
        reason.setMaxLength(PaidTicket.Reversal.REASON_MAX_LENGTH);
        reason.setRequired(true);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation(voidIt ? "tickets.void" : "tickets.refund"), e -> {
            try {
                if (voidIt) {
                    checkout.voidTicket(t.id(), reason.getValue());
                } else {
                    checkout.refund(t.id(), reason.getValue());
                }
                dialog.close();
                Notifications.success(getTranslation("tickets.done"));
                load();
            } catch (CheckoutException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(UserMessages.text(this, ex));
            }
        });
        confirm.setId("reversal-confirm");
        confirm.setMinHeight("48px");
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.setMinHeight("48px");
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
