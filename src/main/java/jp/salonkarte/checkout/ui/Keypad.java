package jp.salonkarte.checkout.ui;

import java.util.function.LongConsumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jp.salonkarte.base.Yen;

/**
 * A numeric keypad (テンキー) for amounts and counts, big enough for a finger: 0–9, 00, back and
 * clear. Ids {@code keypad-0}…{@code keypad-9}, {@code keypad-00}, {@code keypad-back},
 * {@code keypad-clear}, {@code keypad-display}; only one keypad is on the page at a time.
 */
class Keypad extends Composite<Div> implements com.vaadin.flow.component.HasSize {

    static final long MAX = 99_999_999;

    private final Span display = new Span();
    private final boolean yen;
    private long value;
    private LongConsumer listener = v -> { };

    Keypad(long initial, boolean yen) {
        this.yen = yen;
        this.value = initial;
        Div root = getContent();
        root.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        display.setId("keypad-display");
        display.addClassNames(LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD, LumoUtility.TextAlignment.RIGHT);
        Div grid = new Div();
        grid.getStyle().set("display", "grid").set("grid-template-columns", "repeat(3, 1fr)").set("gap", "8px");
        for (String key : new String[] {"7", "8", "9", "4", "5", "6", "1", "2", "3", "0", "00", "back"}) {
            Button b = new Button(key.equals("back") ? "⌫" : key, e -> press(key));
            b.setId("keypad-" + key);
            b.setMinHeight("64px");
            b.addClassNames(LumoUtility.FontSize.XLARGE);
            grid.add(b);
        }
        Button clear = new Button("C", e -> set(0));
        clear.setId("keypad-clear");
        clear.setMinHeight("56px");
        root.add(display, grid, clear);
        show();
    }

    void press(String key) {
        switch (key) {
            case "back" -> set(value / 10);
            case "00" -> set(value * 100 > MAX ? value : value * 100);
            default -> {
                long next = value * 10 + Long.parseLong(key);
                set(next > MAX ? value : next);
            }
        }
    }

    void set(long newValue) {
        value = newValue;
        show();
        listener.accept(value);
    }

    long value() {
        return value;
    }

    void onChange(LongConsumer newListener) {
        this.listener = newListener;
    }

    private void show() {
        display.setText(yen ? Yen.format(value) : Long.toString(value));
    }
}
