package jp.salonkarte.reservation.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.reservation.BookingException;
import jp.salonkarte.reservation.Shifts;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;
import jp.salonkarte.store.ui.SettingsTabs;

/**
 * Shifts, for managers: a staff member's weekly pattern (or simply the store's hours) and the
 * days that differ (a day off, a late start). The board greys out what is not worked, and
 * bookings there need a confirmation.
 */
@Route(SettingsTabs.SHIFTS_ROUTE)
@PageTitle("Salon Karte")
@RolesAllowed({Role.OWNER_NAME, Role.MANAGER_NAME})
class ShiftsView extends VerticalLayout {

    final Select<Staff> staff = new Select<>();
    final Select<Boolean> usesStoreHours = new Select<>();
    final Map<DayOfWeek, Checkbox> works = new EnumMap<>(DayOfWeek.class);
    final Map<DayOfWeek, TimePicker> starts = new EnumMap<>(DayOfWeek.class);
    final Map<DayOfWeek, TimePicker> ends = new EnumMap<>(DayOfWeek.class);
    final Div pattern = new Div();
    final Div exceptions = new Div();
    final DatePicker exceptionDay = new DatePicker();
    final Checkbox exceptionOff = new Checkbox();
    final TimePicker exceptionStart = new TimePicker();
    final TimePicker exceptionEnd = new TimePicker();
    final TextField exceptionNote = new TextField();
    private final Shifts shifts;
    private final Store store;
    private final Clock clock;

    ShiftsView(Shifts shifts, StoreService stores, StaffService staffService, CurrentStaff currentStaff, Clock clock) {
        this.shifts = shifts;
        this.clock = clock;
        this.store = stores.find(currentStaff.require().storeId()).orElseThrow();
        setMaxWidth("960px");
        add(SettingsTabs.header(this, "settings.shifts", ShiftsView.class));

        staff.setId("shift-staff");
        staff.setLabel(getTranslation("booking.staff"));
        staff.setItems(staffService.list(store.id()).stream().filter(Staff::active).toList());
        staff.setItemLabelGenerator(Staff::displayName);
        staff.addValueChangeListener(e -> load());

        usesStoreHours.setId("shift-mode");
        usesStoreHours.setWidth("min(30em, 100%)");
        usesStoreHours.setItems(true, false);
        usesStoreHours.setItemLabelGenerator(b -> getTranslation(b ? "shift.store-hours" : "shift.pattern",
                store.openingTime() + "–" + store.closingTime()));
        usesStoreHours.addValueChangeListener(e -> pattern.setVisible(Boolean.FALSE.equals(e.getValue())));

        pattern.addClassName("shift-pattern");
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(TextStyle.SHORT, getLocale() == null ? Locale.JAPAN : getLocale());
            Checkbox on = new Checkbox(name);
            on.setId("shift-works-" + day.getValue());
            TimePicker start = time("shift-start-" + day.getValue(), getTranslation("shift.start"));
            TimePicker end = time("shift-end-" + day.getValue(), getTranslation("shift.end"));
            on.addValueChangeListener(e -> {
                start.setEnabled(e.getValue());
                end.setEnabled(e.getValue());
            });
            works.put(day, on);
            starts.put(day, start);
            ends.put(day, end);
            HorizontalLayout row = new HorizontalLayout(on, start, end);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.addClassName("shift-row");
            pattern.add(row);
        }
        Button save = new Button(getTranslation("action.save"), e -> savePattern());
        save.setId("shift-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);

        jp.salonkarte.base.ui.DatePickers.localized(exceptionDay);
        exceptionDay.setId("shift-exception-day");
        exceptionDay.setLabel(getTranslation("shift.exception.day"));
        exceptionOff.setId("shift-exception-off");
        exceptionOff.setLabel(getTranslation("shift.exception.off"));
        exceptionOff.setValue(true);
        exceptionStart.setId("shift-exception-start");
        exceptionStart.setLabel(getTranslation("shift.start"));
        exceptionStart.setStep(java.time.Duration.ofMinutes(15));
        exceptionEnd.setId("shift-exception-end");
        exceptionEnd.setLabel(getTranslation("shift.end"));
        exceptionEnd.setStep(java.time.Duration.ofMinutes(15));
        exceptionOff.addValueChangeListener(e -> {
            exceptionStart.setEnabled(!e.getValue());
            exceptionEnd.setEnabled(!e.getValue());
        });
        exceptionStart.setEnabled(false);
        exceptionEnd.setEnabled(false);
        exceptionNote.setId("shift-exception-note");
        exceptionNote.setLabel(getTranslation("shift.exception.note"));
        exceptionNote.setMaxLength(100);
        Button addException = new Button(getTranslation("shift.exception.add"), new Icon(VaadinIcon.PLUS),
                e -> saveException());
        addException.setId("shift-exception-add");
        HorizontalLayout exceptionForm = new HorizontalLayout(exceptionDay, exceptionOff, exceptionStart, exceptionEnd,
                exceptionNote, addException);
        exceptionForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        exceptionForm.setWrap(true);
        exceptions.setId("shift-exceptions");

        add(staff, new H3(getTranslation("shift.weekly")), usesStoreHours, pattern, save,
                new H3(getTranslation("shift.exceptions")), new Paragraph(getTranslation("shift.exceptions.hint")),
                exceptionForm, exceptions);
        staff.getListDataView().getItems().findFirst().ifPresent(staff::setValue);
    }

    private static TimePicker time(String id, String label) {
        TimePicker t = new TimePicker(label);
        t.setId(id);
        t.setStep(java.time.Duration.ofMinutes(15));
        t.setWidth("9em");
        return t;
    }

    /** Shows the chosen staff member's pattern and coming exceptions. */
    void load() {
        Staff s = staff.getValue();
        if (s == null) {
            return;
        }
        Map<DayOfWeek, Shifts.Window> weekly = shifts.pattern(s.id());
        usesStoreHours.setValue(weekly.isEmpty());
        pattern.setVisible(!weekly.isEmpty());
        for (DayOfWeek day : DayOfWeek.values()) {
            Shifts.Window w = weekly.get(day);
            boolean open = !store.closedDaysOfWeek().contains(day);
            works.get(day).setValue(weekly.isEmpty() ? open : w != null);
            starts.get(day).setValue(w != null ? w.start() : store.openingTime());
            ends.get(day).setValue(w != null ? w.end() : store.closingTime());
            starts.get(day).setEnabled(works.get(day).getValue());
            ends.get(day).setEnabled(works.get(day).getValue());
        }
        exceptions.removeAll();
        LocalDate today = LocalDate.now(clock);
        List<Shifts.DayChange> coming = shifts.exceptions(List.of(s.id()), today, today.plusYears(1));
        if (coming.isEmpty()) {
            exceptions.add(new Span(getTranslation("shift.exceptions.none")));
        }
        for (Shifts.DayChange change : coming) {
            String what = change.window() == null ? getTranslation("board.day-off")
                    : change.window().start() + "–" + change.window().end();
            Span text = new Span(change.day().format(ReservationBoardView.DAY) + "　" + what
                    + (change.note() == null ? "" : "（" + change.note() + "）"));
            Button remove = new Button(new Icon(VaadinIcon.TRASH), e -> {
                shifts.removeException(s.id(), change.day());
                load();
            });
            remove.setId("shift-exception-remove-" + change.day());
            remove.setAriaLabel(getTranslation("shift.exception.remove"));
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            HorizontalLayout row = new HorizontalLayout(text, remove);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            row.addClassName("shift-exception");
            exceptions.add(row);
        }
    }

    void savePattern() {
        Staff s = staff.getValue();
        if (s == null) {
            return;
        }
        Map<DayOfWeek, Shifts.Window> weekly = new EnumMap<>(DayOfWeek.class);
        if (Boolean.FALSE.equals(usesStoreHours.getValue())) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (!works.get(day).getValue()) {
                    continue;
                }
                LocalTime start = starts.get(day).getValue();
                LocalTime end = ends.get(day).getValue();
                if (start == null || end == null || !start.isBefore(end)) {
                    starts.get(day).setInvalid(true);
                    Notifications.error(getTranslation("shift.error.day", works.get(day).getLabel()));
                    return;
                }
                weekly.put(day, new Shifts.Window(start, end));
            }
        }
        shifts.savePattern(s.id(), weekly);
        Notifications.success(getTranslation("shift.saved"));
        load();
    }

    void saveException() {
        Staff s = staff.getValue();
        LocalDate day = exceptionDay.getValue();
        if (s == null || day == null) {
            exceptionDay.setInvalid(day == null);
            Notifications.error(getTranslation("validation.fix-fields"));
            return;
        }
        try {
            Shifts.Window window = exceptionOff.getValue() ? null
                    : new Shifts.Window(java.util.Objects.requireNonNull(exceptionStart.getValue()),
                            java.util.Objects.requireNonNull(exceptionEnd.getValue()));
            shifts.saveException(s.id(), day, window, exceptionNote.getValue());
        } catch (BookingException | NullPointerException e) {
            Notifications.error(getTranslation("shift.error.times"));
            return;
        }
        Notifications.success(getTranslation("shift.saved"));
        exceptionNote.clear();
        load();
    }
}
