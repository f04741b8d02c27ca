package jp.salonkarte.reservation.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.base.ui.UserMessages;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.reservation.Booking;
import jp.salonkarte.reservation.BookingException;
import jp.salonkarte.reservation.BookingRequest;
import jp.salonkarte.reservation.BookingService;
import jp.salonkarte.reservation.BookingSource;
import jp.salonkarte.reservation.BookingStatus;
import jp.salonkarte.store.MenuItem;
import jp.salonkarte.store.Staff;

/**
 * The booking sheet: who (search or create a customer), what (menus; the length is their sum
 * until staff change it), with whom, when, a note and where the booking came from. For an
 * existing booking also its status: arrived (opens the karte), checkout, cancel, no-show.
 * A refused booking keeps the sheet open with the reason; outside hours asks first.
 */
class BookingSheet extends Dialog {

    final ComboBox<Customer> customer = new ComboBox<>();
    final MultiSelectComboBox<MenuItem> menus = new MultiSelectComboBox<>();
    final IntegerField duration = new IntegerField();
    final Select<Staff> staff = new Select<>();
    final DatePicker date = new DatePicker();
    final TimePicker time = new TimePicker();
    final Select<BookingSource> source = new Select<>();
    /** 指名: the customer asked for this stylist (counted in 指名率). */
    final com.vaadin.flow.component.checkbox.Checkbox nominated = new com.vaadin.flow.component.checkbox.Checkbox();
    final TextArea note = new TextArea();
    private final BookingService bookings;
    private final java.time.Clock clock;
    private final CustomerService customers;
    private final long storeId;
    private final @Nullable Booking existing;
    private final Runnable changed;
    private final Consumer<String> navigate;
    private boolean durationTouched;

    BookingSheet(BookingService bookings, CustomerService customers, long storeId, List<Staff> staffList,
            List<MenuItem> menuItems, @Nullable Booking existing, @Nullable Long staffId, @Nullable LocalDateTime start,
            Runnable changed, Consumer<String> navigate, java.time.Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
        this.customers = customers;
        this.storeId = storeId;
        this.existing = existing;
        this.changed = changed;
        this.navigate = navigate;
        setId("booking-sheet");
        setHeaderTitle(getTranslation(existing == null ? "booking.new" : "booking.edit"));
        setWidth("min(760px, 98vw)");

        customer.setId("booking-customer");
        customer.setLabel(getTranslation("booking.customer"));
        customer.setPlaceholder(getTranslation("booking.customer.placeholder"));
        customer.setItems(query -> customers.search(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        customer.setItemLabelGenerator(c -> c.displayName() + "（" + c.displayKana() + "）"
                + (c.mobilePhone() != null ? " " + c.mobilePhone() : ""));
        customer.setRequired(true);
        customer.setWidthFull();
        customer.addValueChangeListener(e -> {
            int noShows = e.getValue() == null ? 0 : bookings.noShows(e.getValue().id());
            customer.setHelperText(noShows == 0 ? null : getTranslation("booking.customer.no-shows", noShows));
            if (e.getValue() != null && e.getValue().hasCautions()) {
                customer.setHelperText((noShows == 0 ? "" : customer.getHelperText() + "　")
                        + "⚠ " + e.getValue().cautions());
            }
        });
        Button newCustomer = new Button(getTranslation("booking.customer.new"), new Icon(VaadinIcon.PLUS),
                e -> createCustomer());
        newCustomer.setId("booking-new-customer");

        menus.setId("booking-menus");
        menus.setLabel(getTranslation("booking.menus"));
        menus.setItems(menuItems.stream().filter(m -> m.active() && m.kind() == jp.salonkarte.store.MenuKind.SERVICE)
                .toList());
        menus.setItemLabelGenerator(m -> m.name() + (m.durationMinutes() == null ? "" : "（" + m.durationMinutes()
                + getTranslation("unit.minutes") + "）"));
        menus.addValueChangeListener(e -> {
            if (!durationTouched) {
                int sum = e.getValue().stream().map(MenuItem::durationMinutes).filter(Objects::nonNull)
                        .mapToInt(Integer::intValue).sum();
                if (sum > 0) {
                    duration.setValue(sum);
                }
            }
        });
        duration.setId("booking-duration");
        duration.setLabel(getTranslation("booking.duration"));
        duration.setSuffixComponent(new Span(getTranslation("unit.minutes")));
        duration.setMin(BookingRequest.MIN_MINUTES);
        duration.setMax(BookingRequest.MAX_MINUTES);
        duration.setStep(5);
        duration.setStepButtonsVisible(true);
        duration.setRequired(true);
        duration.setValue(60);
        duration.addValueChangeListener(e -> durationTouched |= e.isFromClient());

        staff.setId("booking-staff");
        staff.setLabel(getTranslation("booking.staff"));
        staff.setItems(staffList);
        staff.setItemLabelGenerator(Staff::displayName);
        jp.salonkarte.base.ui.DatePickers.localized(date);
        date.setId("booking-date");
        date.setLabel(getTranslation("booking.date"));
        date.setRequired(true);
        time.setId("booking-time");
        time.setLabel(getTranslation("booking.time"));
        time.setStep(java.time.Duration.ofMinutes(15));
        time.setRequired(true);
        source.setId("booking-source");
        source.setLabel(getTranslation("booking.source"));
        source.setItems(BookingSource.values());
        source.setItemLabelGenerator(s -> getTranslation("booking.source." + s.name().toLowerCase(java.util.Locale.ROOT)));
        note.setId("booking-note");
        note.setLabel(getTranslation("booking.note"));
        note.setMaxLength(BookingRequest.NOTE_MAX_LENGTH);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        HorizontalLayout who = new HorizontalLayout(customer, newCustomer);
        who.setWidthFull();
        who.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        form.add(who, 2);
        form.add(menus, 2);
        nominated.setId("booking-nominated");
        nominated.setLabel(getTranslation("booking.nominated"));
        form.add(staff, duration, date, time, source, nominated);
        form.add(note, 2);

        if (existing != null) {
            customers.find(existing.customerId()).ifPresent(customer::setValue);
            menus.setValue(menuItems.stream().filter(m -> existing.menus().stream()
                    .anyMatch(b -> Objects.equals(b.menuItemId(), m.id()))).collect(java.util.stream.Collectors.toSet()));
            durationTouched = true;
            duration.setValue(existing.durationMinutes());
            staffList.stream().filter(s -> s.id() == existing.staffId()).findFirst().ifPresent(staff::setValue);
            date.setValue(existing.startsAt().toLocalDate());
            time.setValue(existing.startsAt().toLocalTime());
            source.setValue(existing.source());
            nominated.setValue(existing.nominated());
            note.setValue(Objects.toString(existing.note(), ""));
            add(statusBar(existing));
        } else {
            staffList.stream().filter(s -> Objects.equals(s.id(), staffId)).findFirst().ifPresent(staff::setValue);
            LocalDateTime at = Objects.requireNonNull(start, "a new booking starts where the board was tapped");
            date.setValue(at.toLocalDate());
            time.setValue(at.toLocalTime());
            source.setValue(BookingSource.PHONE);
        }
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> save(false));
        save.setId("booking-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.close"), e -> close());
        cancel.setId("booking-close");
        getFooter().add(cancel, save);
    }

    /** The booking's status and the buttons that move it on. */
    private Div statusBar(Booking booking) {
        Span status = new Span(getTranslation("booking.status." + booking.status().name().toLowerCase(java.util.Locale.ROOT)));
        status.setId("booking-status");
        status.getElement().getThemeList().add("badge");
        Div bar = new Div(status);
        bar.addClassName("booking-status-bar");
        for (BookingStatus next : List.of(BookingStatus.ARRIVED, BookingStatus.IN_CHECKOUT, BookingStatus.BOOKED,
                BookingStatus.NO_SHOW, BookingStatus.CANCELLED)) {
            if (!booking.status().next().contains(next)) {
                continue;
            }
            String key = next.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            Button button = new Button(getTranslation("booking.action." + key), e -> changeStatus(booking, next));
            button.setId("booking-action-" + key);
            if (next == BookingStatus.CANCELLED || next == BookingStatus.NO_SHOW) {
                button.addThemeVariants(ButtonVariant.ERROR);
            }
            bar.add(button);
        }
        Button karte = new Button(getTranslation("karte.open"), new Icon(VaadinIcon.NOTEBOOK),
                e -> navigate.accept("customers/karte/" + booking.customerId()));
        karte.setId("booking-karte");
        karte.addThemeVariants(ButtonVariant.TERTIARY);
        // The consent feature's start page, by route (reservation does not depend on it).
        Button consent = new Button(getTranslation("booking.consent"), new Icon(VaadinIcon.FILE_TEXT_O),
                e -> navigate.accept("customers/consent/" + booking.customerId() + "?booking=" + booking.id()));
        consent.setId("booking-consent");
        consent.addThemeVariants(ButtonVariant.TERTIARY);
        bar.add(karte, consent);
        return bar;
    }

    private void changeStatus(Booking booking, BookingStatus next) {
        if (next == BookingStatus.CANCELLED || next == BookingStatus.NO_SHOW) {
            String key = next == BookingStatus.CANCELLED ? "cancelled" : "no-show";
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("booking-status-confirm");
            confirm.setHeader(getTranslation("booking.action." + key));
            confirm.setText(getTranslation("booking.confirm." + key, booking.customerName()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.back"));
            confirm.setConfirmText(getTranslation("booking.action." + key));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(e -> applyStatus(booking, next));
            confirm.open();
        } else {
            applyStatus(booking, next);
        }
    }

    private void applyStatus(Booking booking, BookingStatus next) {
        try {
            if (next == BookingStatus.IN_CHECKOUT) {
                var draft = bookings.startCheckout(booking.id());
                close();
                changed.run();
                navigate.accept("checkout?booking=" + draft.bookingId());
                return;
            }
            bookings.setStatus(booking.id(), next);
            close();
            changed.run();
            Notifications.success(getTranslation("booking.status.changed",
                    getTranslation("booking.status." + next.name().toLowerCase(java.util.Locale.ROOT))));
            if (next == BookingStatus.ARRIVED) {
                navigate.accept("customers/karte/" + booking.customerId());
            }
        } catch (BookingException e) {
            UserMessages.show(this, e);
            changed.run();
        }
    }

    /** Validates the sheet and books (or changes); outside hours asks before booking anyway. */
    void save(boolean overrideHours) {
        if (customer.getValue() == null || duration.getValue() == null || duration.isInvalid() || date.getValue() == null
                || time.getValue() == null || staff.getValue() == null) {
            customer.setInvalid(customer.getValue() == null);
            Notifications.error(getTranslation("validation.fix-fields"));
            return;
        }
        BookingRequest request = new BookingRequest(storeId, customer.getValue().id(), staff.getValue().id(),
                LocalDateTime.of(date.getValue(), time.getValue()), duration.getValue(),
                menus.getSelectedItems().stream().map(MenuItem::id).toList(), note.getValue(), source.getValue(),
                overrideHours, nominated.getValue());
        try {
            if (existing == null) {
                bookings.book(request);
            } else {
                bookings.update(existing.id(), existing.version(), request);
            }
        } catch (BookingException e) {
            if (e.overridable() && !overrideHours) {
                confirmOutsideHours(() -> save(true));
            } else {
                UserMessages.show(this, e);
                changed.run();
            }
            return;
        }
        close();
        changed.run();
        Notifications.success(getTranslation(existing == null ? "booking.saved" : "booking.updated"));
    }

    /** Staff may book outside business hours or a shift after saying so; never over another booking. */
    static void confirmOutsideHours(Runnable anyway) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("booking-hours-confirm");
        confirm.setHeader(confirm.getTranslation("booking.confirm.outside-hours.title"));
        confirm.setText(confirm.getTranslation("booking.confirm.outside-hours"));
        confirm.setCancelable(true);
        confirm.setCancelText(confirm.getTranslation("action.back"));
        confirm.setConfirmText(confirm.getTranslation("booking.confirm.outside-hours.go"));
        confirm.addConfirmListener(e -> anyway.run());
        confirm.open();
    }

    /** A new customer from the sheet: name, furigana and phone are enough to book; the rest later. */
    private void createCustomer() {
        TextField family = new TextField(getTranslation("customer.family-name"));
        TextField given = new TextField(getTranslation("customer.given-name"));
        TextField familyKana = new TextField(getTranslation("customer.family-kana"));
        TextField givenKana = new TextField(getTranslation("customer.given-kana"));
        TextField phone = new TextField(getTranslation("customer.mobile"));
        family.setId("booking-new-family");
        given.setId("booking-new-given");
        familyKana.setId("booking-new-family-kana");
        givenKana.setId("booking-new-given-kana");
        phone.setId("booking-new-phone");
        phone.getElement().setAttribute("type", "tel");
        phone.getElement().setAttribute("inputmode", "tel");
        FormLayout form = new FormLayout(family, given, familyKana, givenKana, phone);
        Dialog dialog = new Dialog(form);
        dialog.setId("booking-new-customer-dialog");
        dialog.setHeaderTitle(getTranslation("booking.customer.new"));
        Button create = new Button(getTranslation("action.save"), e -> {
            try {
                Customer draft = Customer.create(family.getValue().strip(), given.getValue().strip(),
                        familyKana.getValue().strip(), givenKana.getValue().strip(), clock.instant());
                String tel = phone.getValue().isBlank() ? null : phone.getValue().strip();
                Customer saved = customers.save(new Customer(null, null, draft.familyName(), draft.givenName(),
                        draft.familyNameKana(), draft.givenNameKana(), tel, null, null, null, null, null, null, null, null,
                        null, null, null, false, true, draft.createdAt(), draft.updatedAt(), java.util.Set.of(), 0));
                customer.setValue(saved);
                dialog.close();
            } catch (IllegalArgumentException ex) {
                Notifications.error(getTranslation("booking.customer.invalid"));
            }
        });
        create.setId("booking-new-customer-save");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Button back = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(back, create);
        dialog.open();
    }

    static LocalDateTime at(LocalDate day, int minute) {
        return day.atTime(LocalTime.of(minute / 60, minute % 60));
    }
}
