package jp.salonkarte.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import jp.salonkarte.base.ui.ClientAddress;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.security.ui.PinPad;
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
        PinPad pad = new PinPad(pin -> staffService.checkPin(staff.id(), pin, ClientAddress.current()), check -> {
            currentStaff.switchTo(check.staff());
            close();
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        Button back = new Button(getTranslation("action.back"), e -> showStaff());
        back.setId("pin-back");
        add(who, pad, back);
        pad.focus();
    }
}
