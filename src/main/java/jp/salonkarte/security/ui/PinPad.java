package jp.salonkarte.security.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextFieldVariant;

import jp.salonkarte.store.PinCheck;

/**
 * A staff PIN typed on a big keypad (ids {@code pin-input}, {@code pin-key-0}…{@code pin-key-9},
 * {@code pin-key-c}, {@code pin-key-ok}), checked on the server by {@code checker}; a wrong or
 * locked PIN is said in the field, and {@code onOk} runs only for the right one. Used by the
 * staff switch and to leave the customer kiosk (お客様モード).
 */
public class PinPad extends Div {

    private final PasswordField pin = new PasswordField();
    private final Function<String, PinCheck> checker;
    private final Consumer<PinCheck> onOk;

    public PinPad(Function<String, PinCheck> checker, Consumer<PinCheck> onOk) {
        this.checker = checker;
        this.onOk = onOk;
        addClassName("pin-pad");
        pin.setLabel(getTranslation("staff.pin"));
        pin.setId("pin-input");
        pin.setRevealButtonVisible(false);
        pin.setAllowedCharPattern("[0-9]");
        pin.setMaxLength(6);
        pin.getElement().setAttribute("inputmode", "numeric");
        pin.getElement().setAttribute("autocomplete", "off");
        pin.addThemeVariants(TextFieldVariant.LUMO_ALIGN_CENTER);
        Div keypad = new Div();
        keypad.addClassName("pin-keypad");
        for (String key : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "OK"}) {
            Button k = new Button(key);
            k.setId("pin-key-" + key.toLowerCase());
            k.addClickListener(e -> {
                switch (key) {
                    case "C" -> pin.clear();
                    case "OK" -> submit();
                    default -> {
                        if (pin.getValue().length() < 6) {
                            pin.setValue(pin.getValue() + key);
                        }
                    }
                }
            });
            if ("OK".equals(key)) {
                k.addThemeVariants(ButtonVariant.PRIMARY);
            }
            keypad.add(k);
        }
        pin.addKeyDownListener(Key.ENTER, e -> submit());
        add(pin, keypad);
    }

    public void focus() {
        pin.focus();
    }

    private void submit() {
        PinCheck check = checker.apply(pin.getValue());
        switch (check.outcome()) {
            case OK -> onOk.accept(check);
            case WRONG -> {
                pin.clear();
                pin.setInvalid(true);
                pin.setErrorMessage(getTranslation("pin.wrong", check.attemptsLeft()));
            }
            case LOCKED -> {
                pin.clear();
                pin.setInvalid(true);
                String until = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Tokyo"))
                        .format(check.lockedUntil());
                pin.setErrorMessage(getTranslation("pin.locked", until));
            }
            case NO_PIN -> {
                pin.setInvalid(true);
                pin.setErrorMessage(getTranslation("pin.none"));
            }
        }
    }
}
