package jp.salonkarte.checkout.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.checkout.Discount;
import jp.salonkarte.checkout.TicketLine;
import jp.salonkarte.store.Staff;

/**
 * Changes one ticket line: quantity with − / +, the staff member it counts for, and its discount
 * (% or yen on the keypad); or removes it. Hands back the changed line (null: removed).
 */
class LineDialog extends Dialog {

    final Span quantity = new Span();
    final Select<Staff> staff = new Select<>();
    final RadioButtonGroup<Discount.Kind> discountKind = new RadioButtonGroup<>();
    final Keypad keypad;
    private TicketLine line;

    LineDialog(TicketLine original, List<Staff> staffList, Consumer<@Nullable TicketLine> done) {
        this.line = original;
        setId("line-dialog");
        setHeaderTitle(original.name());
        setWidth("min(560px, 96vw)");
        Button minus = new Button("−", e -> changeQuantity(-1));
        minus.setId("line-minus");
        Button plus = new Button("+", e -> changeQuantity(1));
        plus.setId("line-plus");
        for (Button b : List.of(minus, plus)) {
            b.setMinHeight("56px");
            b.setMinWidth("72px");
            b.addClassNames(LumoUtility.FontSize.XLARGE);
        }
        quantity.setId("line-quantity");
        quantity.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.BOLD);
        HorizontalLayout qty = new HorizontalLayout(new Span(getTranslation("checkout.line.quantity")), minus, quantity,
                plus);
        qty.setAlignItems(HorizontalLayout.Alignment.CENTER);

        staff.setId("line-staff");
        staff.setLabel(getTranslation("checkout.line.staff"));
        staff.setItems(staffList);
        staff.setItemLabelGenerator(s -> s == null ? "—" : s.displayName());
        staff.setEmptySelectionAllowed(true);
        staffList.stream().filter(s -> s.id().equals(original.staffId())).findFirst().ifPresent(staff::setValue);

        discountKind.setId("line-discount-kind");
        discountKind.setLabel(getTranslation("checkout.line.discount"));
        discountKind.setItems(Discount.Kind.YEN, Discount.Kind.PERCENT);
        discountKind.setItemLabelGenerator(k -> k == Discount.Kind.YEN ? "¥" : "%");
        discountKind.setValue(original.discount().kind());
        keypad = new Keypad(original.discount().value(), false);

        add(new VerticalLayout(qty, staff, discountKind, keypad));
        showQuantity();

        Button remove = new Button(getTranslation("checkout.line.remove"), e -> {
            done.accept(null);
            close();
        });
        remove.setId("line-remove");
        remove.addThemeVariants(ButtonVariant.ERROR);
        Button ok = new Button(getTranslation("checkout.ok"), e -> {
            long value = keypad.value();
            if (discountKind.getValue() == Discount.Kind.PERCENT && value > 100) {
                keypad.set(100);
                return;
            }
            Staff s = staff.getValue();
            done.accept(line.withStaff(s == null ? null : s.id())
                    .withDiscount(new Discount(discountKind.getValue(), Math.min(value, Discount.YEN_MAX))));
            close();
        });
        ok.setId("line-ok");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        for (Button b : List.of(remove, ok)) {
            b.setMinHeight("48px");
        }
        getFooter().add(remove, ok);
    }

    private void changeQuantity(int delta) {
        int next = line.quantity() + delta;
        if (next >= 1 && next <= TicketLine.QUANTITY_MAX) {
            line = line.withQuantity(next);
            showQuantity();
        }
    }

    private void showQuantity() {
        quantity.setText(Integer.toString(line.quantity()));
    }
}
