package jp.salonkarte.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextFieldVariant;

import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.store.PinCheck;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;

/**
 * Quick staff switch on a shared iPad: tap your name, type your 4–6 digit PIN on a big
 * keypad. Five wrong tries lock that person's PIN for a while.
 */
class StaffSwitchDialog extends Dialog {

    private final StaffService staffService;
    private final CurrentStaff currentStaff;

    StaffSwitchDialog(StaffService staffService, CurrentStaff currentStaff) {
        this.staffService = staffService;
        this.currentStaff = currentStaff;
        setId("staff-switch-dialog");
        setHeaderTitle(getTranslation("shell.switch-staff"));
        Button close = new Button(getTranslation("action.cancel"), e -> close());
        close.setId("staff-switch-cancel");
        getFooter().add(close);
        showStaff();
    }

    private void showStaff() {
        removeAll();
        FlexLayout list = new FlexLayout();
        list.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        list.addClassName("staff-switch-list");
        long storeId = currentStaff.require().storeId();
        for (Staff s : staffService.list(storeId)) {
            if (!s.active() || s.pinHash() == null) {
                continue;
            }
            Button b = new Button(s.displayName(), e -> askPin(s));
            b.setId("staff-switch-" + s.id());
            b.addClassName("staff-chip");
            b.getStyle().set("border-left", "6px solid " + s.color());
            list.add(b);
        }
        add(list);
    }

    private void askPin(Staff staff) {
        removeAll();
        Span who = new Span(staff.displayName());
        who.addClassName("pin-who");
        PasswordField pin = new PasswordField(getTranslation("staff.pin"));
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
                    case "OK" -> submit(staff, pin);
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
        pin.addKeyDownListener(com.vaadin.flow.component.Key.ENTER, e -> submit(staff, pin));
        Button back = new Button(getTranslation("action.back"), e -> showStaff());
        back.setId("pin-back");
        add(who, pin, keypad, back);
        pin.focus();
    }

    private void submit(Staff staff, PasswordField pin) {
        PinCheck check = staffService.checkPin(staff.id(), pin.getValue());
        switch (check.outcome()) {
            case OK -> {
                currentStaff.switchTo(check.staff());
                close();
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
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
