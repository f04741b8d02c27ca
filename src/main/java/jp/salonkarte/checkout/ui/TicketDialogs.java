package jp.salonkarte.checkout.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import jp.salonkarte.checkout.Discount;
import jp.salonkarte.checkout.LineKind;
import jp.salonkarte.checkout.TicketLine;

/** The register's two small keypad dialogs: the ticket discount (¥ or %) and a free item (自由入力). */
final class TicketDialogs {

    private TicketDialogs() {
    }

    /** Asks for the ticket discount, starting from the current one; a percentage stops at 100. */
    static Dialog discount(Discount current, Consumer<Discount> onOk) {
        Dialog dialog = new Dialog();
        dialog.setId("discount-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("checkout.discount"));
        RadioButtonGroup<Discount.Kind> kind = new RadioButtonGroup<>();
        kind.setItems(Discount.Kind.YEN, Discount.Kind.PERCENT);
        kind.setItemLabelGenerator(k -> k == Discount.Kind.YEN ? "¥" : "%");
        kind.setValue(current.kind());
        kind.setId("discount-kind");
        Keypad keypad = new Keypad(current.value(), false);
        Button ok = new Button(dialog.getTranslation("checkout.ok"), e -> {
            long v = keypad.value();
            if (kind.getValue() == Discount.Kind.PERCENT && v > 100) {
                keypad.set(100);
                return;
            }
            onOk.accept(new Discount(kind.getValue(), Math.min(v, Discount.YEN_MAX)));
            dialog.close();
        });
        ok.setId("discount-ok");
        ok.setMinHeight("48px");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new VerticalLayout(kind, keypad));
        dialog.getFooter().add(ok);
        dialog.open();
        return dialog;
    }

    /** Asks for a free item's name, tax rate (8 % marked ※) and price, done by {@code staffId}. */
    static Dialog freeItem(long staffId, Consumer<TicketLine> onOk) {
        Dialog dialog = new Dialog();
        dialog.setId("free-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("checkout.free"));
        TextField name = new TextField(dialog.getTranslation("checkout.free.name"));
        name.setId("free-name");
        name.setMaxLength(TicketLine.NAME_MAX_LENGTH);
        name.setWidthFull();
        RadioButtonGroup<Integer> rate = new RadioButtonGroup<>();
        rate.setId("free-rate");
        rate.setLabel(dialog.getTranslation("checkout.free.rate"));
        rate.setItems(10, 8);
        rate.setItemLabelGenerator(r -> r + "%" + (r == 8 ? " ※" : ""));
        rate.setValue(10);
        Keypad keypad = new Keypad(0, true);
        Button ok = new Button(dialog.getTranslation("checkout.ok"), e -> {
            if (name.getValue().isBlank() || keypad.value() > TicketLine.UNIT_PRICE_MAX) {
                name.setInvalid(true);
                name.setErrorMessage(dialog.getTranslation("checkout.free.invalid"));
                return;
            }
            onOk.accept(new TicketLine(LineKind.FREE, null, name.getValue(), keypad.value(), 1, rate.getValue(),
                    staffId, Discount.NONE));
            dialog.close();
        });
        ok.setId("free-ok");
        ok.setMinHeight("48px");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new VerticalLayout(name, rate, keypad));
        dialog.getFooter().add(ok);
        dialog.open();
        return dialog;
    }
}
