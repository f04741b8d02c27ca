package jp.salonkarte.reservation.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.base.ui.UserMessages;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.reservation.BoardBroadcaster;
import jp.salonkarte.reservation.Booking;
import jp.salonkarte.reservation.BookingException;
import jp.salonkarte.reservation.BookingService;
import jp.salonkarte.reservation.BookingStatus;
import jp.salonkarte.reservation.Shifts;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.store.MenuItem;
import jp.salonkarte.store.MenuService;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;

/**
 * The reservation board (予約台帳), the first screen reception sees: one day with the staff as
 * columns, or one staff member's week; time down the side on the 15-minute grid, non-working
 * time greyed out and today's line moving with the clock. Tap a free slot to book, tap a booking
 * to open it, drag to move (with an undo), drag the bottom edge to change the length. Other
 * iPads' changes arrive by push.
 */
@Route("")
@PageTitle("Salon Karte")
@Menu(order = 10, title = "nav.reservations", icon = "vaadin:calendar-clock")
@PermitAll
class ReservationBoardView extends VerticalLayout {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日（E）", java.util.Locale.JAPAN);
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M/d（E）", java.util.Locale.JAPAN);

    enum Mode { DAY, WEEK }

    final ReservationBoard board = new ReservationBoard();
    final DatePicker date = new DatePicker();
    final Select<Mode> mode = new Select<>();
    final Select<Staff> weekStaff = new Select<>();
    final Span summary = new Span();
    private final BookingService bookings;
    private final CustomerService customers;
    private final Shifts shifts;
    private final BoardBroadcaster broadcaster;
    private final Clock clock;
    private final Store store;
    private final List<Staff> staff;
    private final List<MenuItem> menuItems;
    private @Nullable Runnable unregister;

    ReservationBoardView(BookingService bookings, CustomerService customers, Shifts shifts, StoreService stores,
            StaffService staffService, MenuService menus, BoardBroadcaster broadcaster, CurrentStaff currentStaff,
            Clock clock) {
        this.bookings = bookings;
        this.customers = customers;
        this.shifts = shifts;
        this.broadcaster = broadcaster;
        this.clock = clock;
        long storeId = currentStaff.require().storeId();
        this.store = stores.find(storeId).orElseThrow();
        this.staff = staffService.list(storeId).stream().filter(Staff::active).toList();
        this.menuItems = menus.list(storeId);
        setSizeFull();
        setPadding(true);
        addClassName("board-view");

        Button previous = new Button(new Icon(VaadinIcon.ANGLE_LEFT), e -> step(-1));
        previous.setId("board-previous");
        previous.setAriaLabel(getTranslation("board.previous"));
        Button next = new Button(new Icon(VaadinIcon.ANGLE_RIGHT), e -> step(1));
        next.setId("board-next");
        next.setAriaLabel(getTranslation("board.next"));
        Button today = new Button(getTranslation("board.today"), e -> date.setValue(LocalDate.now(clock)));
        today.setId("board-today");
        jp.salonkarte.base.ui.DatePickers.localized(date);
        date.setId("board-date");
        date.setAriaLabel(getTranslation("board.date"));
        date.setValue(LocalDate.now(clock));
        date.setWidth("11em");
        date.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                date.setValue(e.getOldValue());
            } else {
                refresh();
            }
        });
        mode.setId("board-mode");
        mode.setAriaLabel(getTranslation("board.mode"));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("board.mode." + m.name().toLowerCase(java.util.Locale.ROOT)));
        mode.setValue(Mode.DAY);
        mode.setWidth("10em");
        weekStaff.setId("board-week-staff");
        weekStaff.setAriaLabel(getTranslation("booking.staff"));
        weekStaff.setItems(staff);
        weekStaff.setItemLabelGenerator(Staff::displayName);
        if (!staff.isEmpty()) {
            weekStaff.setValue(staff.stream().filter(s -> s.id() == currentStaff.require().staffId()).findFirst()
                    .orElse(staff.getFirst()));
        }
        weekStaff.setVisible(false);
        mode.addValueChangeListener(e -> {
            weekStaff.setVisible(e.getValue() == Mode.WEEK);
            refresh();
        });
        weekStaff.addValueChangeListener(e -> refresh());
        Button book = new Button(getTranslation("booking.new"), new Icon(VaadinIcon.PLUS), e -> openNew(null,
                nextFreeStart()));
        book.setId("board-new");
        book.addThemeVariants(ButtonVariant.PRIMARY);
        summary.setId("board-summary");
        summary.addClassName("board-summary");
        HorizontalLayout bar = new HorizontalLayout(previous, date, next, today, mode, weekStaff, summary, book);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.setWrap(true);
        bar.expand(summary);
        bar.addClassName("board-bar");
        swipe(bar);

        board.setId("board");
        board.setSizeFull();
        board.addSlotTapListener(e -> column(e.col()).ifPresent(c -> openNew(c.staffId(),
                BookingSheet.at(c.day(), e.minute()))));
        board.addOpenListener(e -> bookings.find(e.id()).ifPresentOrElse(this::openExisting, this::refresh));
        board.addMoveListener(e -> column(e.col()).ifPresent(c -> move(e.id(), c.staffId(),
                BookingSheet.at(c.day(), e.start()), false)));
        board.addResizeListener(e -> resize(e.id(), e.minutes(), false));
        add(bar, board);
        setFlexGrow(1, board);
        refresh();
        board.scrollToMinute(LocalTime.now(clock).getHour() * 60 - 60);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unregister = broadcaster.register(changed -> {
            if (changed.storeId() == store.id() && changed.days().stream().anyMatch(this::shows)) {
                ui.access(this::refresh);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
    }

    /**
     * A horizontal swipe on the toolbar goes to the previous or next day (week); the grid itself
     * scrolls sideways through the staff columns, so it keeps its own gestures.
     */
    private void swipe(HorizontalLayout bar) {
        jp.salonkarte.base.ui.Swipe.onHorizontal(bar, 80, this::step);
    }

    private void step(int direction) {
        date.setValue(date.getValue().plusDays(mode.getValue() == Mode.WEEK ? 7L * direction : direction));
    }

    /** The first day shown and the number of days (1, or 7 from Monday). */
    private LocalDate firstDay() {
        return mode.getValue() == Mode.WEEK ? date.getValue().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : date.getValue();
    }

    private int days() {
        return mode.getValue() == Mode.WEEK ? 7 : 1;
    }

    private boolean shows(LocalDate day) {
        return !day.isBefore(firstDay()) && day.isBefore(firstDay().plusDays(days()));
    }

    /** A board column: whose and which day. */
    record ColumnKey(long staffId, LocalDate day) {
    }

    java.util.Optional<ColumnKey> column(String key) {
        try {
            if (key.startsWith("s:")) {
                return java.util.Optional.of(new ColumnKey(Long.parseLong(key.substring(2)), date.getValue()));
            }
            if (key.startsWith("d:") && weekStaff.getValue() != null) {
                return java.util.Optional.of(new ColumnKey(weekStaff.getValue().id(), LocalDate.parse(key.substring(2))));
            }
        } catch (RuntimeException e) {
            // a stale or forged key: nothing to do
        }
        return java.util.Optional.empty();
    }

    /** Re-reads the shown day (or week) and sends the board its model. */
    void refresh() {
        LocalDate first = firstDay();
        int days = days();
        boolean week = mode.getValue() == Mode.WEEK;
        List<Staff> shownStaff = week ? (weekStaff.getValue() == null ? List.of() : List.of(weekStaff.getValue()))
                : staff;
        List<Long> ids = shownStaff.stream().map(Staff::id).toList();
        Map<LocalDate, Map<Long, Shifts.Window>> hours = shifts.workingHours(store, first, first.plusDays(days - 1L), ids);
        List<Booking> list = bookings.between(store.id(), first.atStartOfDay(), first.plusDays(days).atStartOfDay())
                .stream().filter(b -> b.status() != BookingStatus.CANCELLED && ids.contains(b.staffId())).toList();

        int open = minute(store.openingTime());
        int close = store.closingTime().equals(LocalTime.MAX) ? 24 * 60 : minute(store.closingTime());
        for (Booking b : list) { // bookings made outside hours stay visible
            open = Math.min(open, minute(b.startsAt().toLocalTime()) / 60 * 60);
            close = Math.max(close, b.endsAt().toLocalDate().isAfter(b.startsAt().toLocalDate()) ? 24 * 60
                    : (minute(b.endsAt().toLocalTime()) + 59) / 60 * 60);
        }
        List<ReservationBoard.Column> columns = new ArrayList<>();
        if (week) {
            for (int d = 0; d < days; d++) {
                LocalDate day = first.plusDays(d);
                columns.add(new ReservationBoard.Column("d:" + day, day.format(SHORT), null, null,
                        windows(hours.getOrDefault(day, Map.of()).get(ids.isEmpty() ? -1L : ids.getFirst()))));
            }
        } else {
            for (Staff s : shownStaff) {
                Shifts.Window w = hours.getOrDefault(first, Map.of()).get(s.id());
                columns.add(new ReservationBoard.Column("s:" + s.id(), s.displayName(),
                        w == null ? getTranslation("board.day-off") : w.start() + "–" + w.end(), s.color(), windows(w)));
            }
        }
        List<ReservationBoard.Item> items = list.stream().map(b -> new ReservationBoard.Item(b.id(),
                week ? "d:" + b.startsAt().toLocalDate() : "s:" + b.staffId(), minute(b.startsAt().toLocalTime()),
                b.endsAt().toLocalDate().isAfter(b.startsAt().toLocalDate()) ? 24 * 60 : minute(b.endsAt().toLocalTime()),
                b.customerName() + " 様", itemSub(b), b.status().name(), b.customerHasCautions(), b.status().editable()))
                .toList();
        LocalDateTime now = LocalDateTime.now(clock);
        boolean today = shows(now.toLocalDate());
        board.setModel(new ReservationBoard.Model(open, close, today ? minute(now.toLocalTime()) : null,
                today && week ? "d:" + now.toLocalDate() : null, columns, items));
        long active = list.stream().filter(b -> b.status().occupies()).count();
        long noShows = list.stream().filter(b -> b.status() == BookingStatus.NO_SHOW).count();
        summary.setText((week ? first.format(SHORT) + "〜" + first.plusDays(6).format(SHORT) : first.format(DAY)) + "　"
                + getTranslation("board.summary", active, noShows));
    }

    private String itemSub(Booking b) {
        String menus = b.menus().stream().map(Booking.Menu::name).collect(Collectors.joining("・"));
        String status = b.status() == BookingStatus.BOOKED ? ""
                : "【" + getTranslation("booking.status." + b.status().name().toLowerCase(java.util.Locale.ROOT)) + "】";
        return status + (menus.isEmpty() ? Objects.toString(b.note(), "") : menus);
    }

    private static List<int[]> windows(Shifts.@Nullable Window w) {
        return w == null ? List.of() : List.<int[]>of(new int[] {minute(w.start()),
                w.end().equals(LocalTime.MAX) ? 24 * 60 : minute(w.end())});
    }

    private static int minute(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    /** Now rounded up to the grid (for "+ 予約" without a tapped slot), on the shown day. */
    private LocalDateTime nextFreeStart() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate day = mode.getValue() == Mode.WEEK ? now.toLocalDate() : date.getValue();
        int m = day.equals(now.toLocalDate()) ? (minute(now.toLocalTime()) + 14) / 15 * 15 : minute(store.openingTime());
        return BookingSheet.at(day, Math.min(m, 23 * 60 + 45));
    }

    void openNew(@Nullable Long staffId, LocalDateTime start) {
        Long who = staffId != null ? staffId : mode.getValue() == Mode.WEEK && weekStaff.getValue() != null
                ? weekStaff.getValue().id() : null;
        new BookingSheet(bookings, customers, store.id(), staff, menuItems, null, who, start, this::refresh,
                this::navigate, clock).open();
    }

    void openExisting(Booking booking) {
        new BookingSheet(bookings, customers, store.id(), staff, menuItems, booking, null, null, this::refresh,
                this::navigate, clock).open();
    }

    private void navigate(String location) {
        getUI().ifPresent(ui -> ui.navigate(location));
    }

    /** Moves a dragged booking; outside hours asks first; afterwards "undo" puts it back. */
    void move(long id, long staffId, LocalDateTime start, boolean overrideHours) {
        Booking before = bookings.find(id).orElse(null);
        if (before == null) {
            refresh();
            return;
        }
        try {
            Booking moved = bookings.move(id, staffId, start, overrideHours);
            refresh();
            undoToast(getTranslation("board.moved", moved.customerName(), moved.startsAt().format(SHORT_TIME)),
                    () -> move(id, before.staffId(), before.startsAt(), true));
        } catch (BookingException e) {
            refresh(); // the booking goes back where it was until staff decide
            if (e.overridable() && !overrideHours) {
                BookingSheet.confirmOutsideHours(() -> move(id, staffId, start, true));
            } else {
                UserMessages.show(this, e);
            }
        }
    }

    void resize(long id, int minutes, boolean overrideHours) {
        Booking before = bookings.find(id).orElse(null);
        if (before == null) {
            refresh();
            return;
        }
        try {
            Booking resized = bookings.resize(id, minutes, overrideHours);
            refresh();
            undoToast(getTranslation("board.resized", resized.customerName(), resized.durationMinutes()),
                    () -> resize(id, before.durationMinutes(), true));
        } catch (BookingException e) {
            refresh();
            if (e.overridable() && !overrideHours) {
                BookingSheet.confirmOutsideHours(() -> resize(id, minutes, true));
            } else {
                UserMessages.show(this, e);
            }
        }
    }

    static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("M/d H:mm", java.util.Locale.JAPAN);

    /** A toast with "元に戻す" for a few seconds after a move. */
    private void undoToast(String text, Runnable undo) {
        Notification toast = new Notification();
        toast.setId("board-undo-toast");
        toast.setDuration(8000);
        toast.setPosition(Notification.Position.BOTTOM_CENTER);
        Button undoButton = new Button(getTranslation("action.undo"), e -> {
            toast.close();
            undo.run();
        });
        undoButton.setId("board-undo");
        undoButton.addThemeVariants(ButtonVariant.TERTIARY);
        undoButton.addClassName("undo-button");
        Span message = new Span(text);
        HorizontalLayout content = new HorizontalLayout(message, undoButton);
        content.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        content.setWidth("min(560px, 88vw)");
        content.expand(message);
        toast.add(content);
        toast.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        toast.open();
    }

    Set<Long> staffIds() {
        return staff.stream().map(Staff::id).collect(Collectors.toSet());
    }
}
