package jp.salonkarte.checkout.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jp.salonkarte.base.Yen;
import jp.salonkarte.checkout.Payment;
import jp.salonkarte.checkout.PaymentMethod;

/**
 * Takes the payment (お支払い): pick a method, key in the amount (for cash, what the customer
 * handed over; the change shows big), add more methods for a split payment, then commit. The
 * commit key is made when the dialog opens, so every tap on 会計確定 in this dialog — a double
 * tap, a retry after a network hiccup — commits the ticket at most once (DD019).
 */
class PaymentDialog extends Dialog {

    final UUID commitKey = UUID.randomUUID();
    final long total;
    final List<Payment> added = new ArrayList<>();
    final Keypad keypad = new Keypad(0, true);
    final Span remainingText = new Span();
    final Span changeText = new Span();
    final Div addedList = new Div();
    final Button commit = new Button();
    PaymentMethod method = PaymentMethod.CASH;
    private final List<Button> methodButtons = new ArrayList<>();
    private final Function<List<Payment>, Boolean> onCommit;

    /** {@code onCommit} commits and says whether it succeeded (the dialog then closes). */
    PaymentDialog(long total, Function<List<Payment>, Boolean> onCommit) {
        this.total = total;
        this.onCommit = onCommit;
        setId("payment-dialog");
        setHeaderTitle(getTranslation("checkout.pay.title", Yen.format(total)));
        setWidth("min(720px, 98vw)");
        setCloseOnOutsideClick(false);

        HorizontalLayout methods = new HorizontalLayout();
        methods.setWidthFull();
        for (PaymentMethod m : PaymentMethod.values()) {
            Button b = new Button(getTranslation(m.labelKey()), e -> choose(m));
            b.setId("payment-method-" + m.name().toLowerCase());
            b.setMinHeight("56px");
            b.addClassNames(LumoUtility.Flex.GROW);
            methodButtons.add(b);
            methods.add(b);
        }
        remainingText.setId("payment-remaining");
        remainingText.addClassNames(LumoUtility.FontSize.LARGE);
        changeText.setId("payment-change");
        changeText.addClassNames(LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD,
                LumoUtility.TextColor.PRIMARY);
        Button exact = new Button(getTranslation("checkout.pay.exact"), e -> keypad.set(remaining()));
        exact.setId("payment-exact");
        exact.setMinHeight("48px");
        Button add = new Button(getTranslation("checkout.pay.add"), e -> addPending());
        add.setId("payment-add");
        add.setMinHeight("48px");
        addedList.setId("payment-added");
        keypad.onChange(v -> refresh());

        VerticalLayout left = new VerticalLayout(methods, remainingText, addedList, new HorizontalLayout(exact, add),
                changeText);
        left.setPadding(false);
        HorizontalLayout body = new HorizontalLayout(left, keypad);
        body.setWidthFull();
        body.setFlexGrow(1, left);
        keypad.setWidth("260px");
        add(body);

        commit.setText(getTranslation("checkout.pay.commit"));
        commit.setId("checkout-commit");
        commit.setMinHeight("56px");
        commit.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        commit.addClickListener(e -> commit());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("payment-cancel");
        cancel.setMinHeight("56px");
        getFooter().add(cancel, commit);
        choose(PaymentMethod.CASH);
    }

    long remaining() {
        return total - added.stream().mapToLong(Payment::amount).sum();
    }

    void choose(PaymentMethod m) {
        method = m;
        for (int i = 0; i < methodButtons.size(); i++) {
            Button b = methodButtons.get(i);
            if (PaymentMethod.values()[i] == m) {
                b.addThemeVariants(ButtonVariant.PRIMARY);
            } else {
                b.removeThemeVariants(ButtonVariant.PRIMARY);
            }
        }
        keypad.set(m == PaymentMethod.CASH ? 0 : remaining());
    }

    /** The payment the keypad holds now, or null when it pays nothing or cannot be taken. */
    Payment pending() {
        long entered = keypad.value();
        long remaining = remaining();
        if (entered <= 0 || remaining <= 0) {
            return null;
        }
        if (method == PaymentMethod.CASH) {
            return Payment.cash(Math.min(entered, remaining), entered);
        }
        return entered > remaining ? null : Payment.of(method, entered);
    }

    private void addPending() {
        Payment p = pending();
        if (p != null) {
            added.add(p);
            Span row = new Span(getTranslation(p.method().labelKey()) + " " + Yen.format(p.amount()));
            row.addClassNames(LumoUtility.Display.BLOCK);
            addedList.add(row);
            choose(remaining() > 0 ? PaymentMethod.CARD : method);
        }
    }

    List<Payment> payments() {
        List<Payment> all = new ArrayList<>(added);
        Payment p = pending();
        if (p != null) {
            all.add(p);
        }
        return all;
    }

    private void refresh() {
        Payment p = pending();
        long left = remaining() - (p == null ? 0 : p.amount());
        remainingText.setText(getTranslation("checkout.pay.remaining", Yen.format(Math.max(left, 0))));
        long change = payments().stream().mapToLong(Payment::change).sum();
        changeText.setText(getTranslation("checkout.pay.change", Yen.format(change)));
        commit.setEnabled(left == 0);
    }

    /** Commits with this dialog's key; safe to call more than once. */
    void commit() {
        List<Payment> payments = payments();
        if (payments.stream().mapToLong(Payment::amount).sum() != total) {
            return;
        }
        if (onCommit.apply(payments)) {
            close();
        }
    }
}
