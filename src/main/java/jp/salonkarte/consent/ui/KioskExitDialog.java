package jp.salonkarte.consent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import jp.salonkarte.base.ui.ClientAddress;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.security.KioskLock;
import jp.salonkarte.security.ui.PinPad;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;

/**
 * Leaving customer mode: the PIN of the staff member who handed the iPad over (or, after
 * 「ほかのスタッフ」, of another one, who then becomes the iPad's user, like the staff switch).
 * A wrong PIN is said and the kiosk stays locked; five wrong tries lock that PIN for a while.
 */
class KioskExitDialog extends Dialog {

    private final StaffService staffService;
    private final CurrentStaff currentStaff;
    private final KioskLock lock;

    KioskExitDialog(StaffService staffService, CurrentStaff currentStaff, KioskLock lock) {
        this.staffService = staffService;
        this.currentStaff = currentStaff;
        this.lock = lock;
        setId("kiosk-exit-dialog");
        setHeaderTitle(getTranslation("consent.kiosk.exit.title"));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("kiosk-exit-cancel");
        getFooter().add(cancel);
        staffService.find(lock.staffId()).filter(Staff::active).ifPresentOrElse(this::askPin, this::showStaff);
    }

    private void askPin(Staff staff) {
        removeAll();
        Span who = new Span(getTranslation("consent.kiosk.exit.pin-of", staff.displayName()));
        who.addClassName("pin-who");
        PinPad pad = new PinPad(pin -> staffService.checkPin(staff.id(), pin, ClientAddress.current()), check -> unlock(check.staff()));
        Button other = new Button(getTranslation("consent.kiosk.exit.other-staff"), e -> showStaff());
        other.setId("kiosk-exit-other");
        add(who, pad, other);
        pad.focus();
    }

    private void showStaff() {
        removeAll();
        FlexLayout list = new FlexLayout();
        list.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        list.addClassName("staff-switch-list");
        for (Staff s : staffService.list(lock.storeId())) {
            if (s.active() && s.pinHash() != null) {
                Button b = new Button(s.displayName(), e -> askPin(s));
                b.setId("kiosk-exit-staff-" + s.id());
                b.addClassName("staff-chip");
                list.add(b);
            }
        }
        add(list);
    }

    private void unlock(Staff staff) {
        var ui = getUI();
        KioskLock.unlock();
        KioskSessions.clear();
        close();
        if (staff.id() != lock.staffId()) {
            currentStaff.switchTo(staff);
            ui.ifPresent(u -> u.getPage().setLocation(lock.returnPath()));
        } else {
            ui.ifPresent(u -> u.navigate(lock.returnPath()));
        }
    }
}
