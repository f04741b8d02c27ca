package jp.salonkarte.reservation.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.reservation.BoardBroadcaster;
import jp.salonkarte.reservation.Booking;
import jp.salonkarte.reservation.BookingRequest;
import jp.salonkarte.reservation.BookingService;
import jp.salonkarte.reservation.BookingSource;
import jp.salonkarte.reservation.BookingStatus;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Reception at the board: tap a slot, book, drag to another stylist, undo; a clash is refused. */
@IntegrationTest
@WithUserDetails("staff@example.com")
class ReservationBoardScreenTest extends SpringBrowserlessTest {

    private static final AtomicInteger NEXT_DAY = new AtomicInteger();

    @Autowired BookingService bookings;
    @Autowired CustomerService customers;
    @Autowired StaffService staffService;
    @Autowired StoreService stores;
    @Autowired BoardBroadcaster broadcaster;

    /** A Wednesday far ahead (the demo salon closes on Tuesdays), one per test. */
    private LocalDate day() {
        return LocalDate.of(2032, 1, 7).plusWeeks(NEXT_DAY.getAndIncrement());
    }

    private List<Staff> staff() {
        return staffService.list(stores.currentStore().orElseThrow().id()).stream().filter(Staff::active).toList();
    }

    private ReservationBoardView boardOn(LocalDate day) {
        ReservationBoardView view = navigate(ReservationBoardView.class);
        view.date.setValue(day);
        return view;
    }

    @Test
    void tappingAFreeSlotOpensTheSheetAndBookingPutsItOnTheBoard() {
        LocalDate day = day();
        Customer c = customers.save(Customer.create("台帳", "花子", "ダイチョウ", "ハナコ", Instant.now()));
        ReservationBoardView view = boardOn(day);
        Staff second = staff().get(1);
        assertThat(view.board.model().columns()).extracting(ReservationBoard.Column::key)
                .contains("s:" + second.id());

        ComponentUtil.fireEvent(view.board, new ReservationBoard.SlotTap(view.board, true, "s:" + second.id(), 11 * 60));
        BookingSheet sheet = $(BookingSheet.class).single();
        assertThat(sheet.staff.getValue().id()).isEqualTo(second.id());
        assertThat(sheet.time.getValue()).hasToString("11:00");
        sheet.customer.setValue(c);
        var cut = sheet.menus.getListDataView().getItems().filter(m -> m.name().contains("カット")).findFirst()
                .orElseThrow();
        sheet.menus.setValue(java.util.Set.of(cut));
        assertThat(sheet.duration.getValue()).as("the menu's length").isEqualTo(cut.durationMinutes());
        assertThat(sheet.nominated.getValue()).as("指名 is not assumed").isFalse();
        test($(com.vaadin.flow.component.checkbox.Checkbox.class).withId("booking-nominated").single()).click();
        test($(Button.class).withId("booking-save").single()).click();

        List<Booking> booked = bookings.day(stores.currentStore().orElseThrow().id(), day).stream()
                .filter(b -> b.customerId() == c.id()).toList();
        assertThat(booked).singleElement().satisfies(b -> {
            assertThat(b.startsAt()).isEqualTo(day.atTime(11, 0));
            assertThat(b.menus()).extracting(Booking.Menu::name).containsExactly(cut.name());
            assertThat(b.nominated()).as("the customer asked for this stylist").isTrue();
        });
        assertThat(view.board.model().items()).anySatisfy(i -> {
            assertThat(i.id()).isEqualTo(booked.getFirst().id());
            assertThat(i.col()).isEqualTo("s:" + second.id());
            assertThat(i.title()).contains("台帳 花子");
        });
    }

    @Test
    void aDraggedBookingMovesToAnotherStylistAndUndoPutsItBack() {
        LocalDate day = day();
        long storeId = stores.currentStore().orElseThrow().id();
        Customer c = customers.save(Customer.create("移動", "次郎", "イドウ", "ジロウ", Instant.now()));
        Staff a = staff().get(0);
        Staff b = staff().get(1);
        Booking booking = bookings.book(new BookingRequest(storeId, c.id(), a.id(), day.atTime(13, 0), 60, List.of(),
                null, BookingSource.PHONE, false));
        ReservationBoardView view = boardOn(day);

        ComponentUtil.fireEvent(view.board, new ReservationBoard.Move(view.board, true, booking.id(), "s:" + b.id(),
                15 * 60));

        Booking moved = bookings.find(booking.id()).orElseThrow();
        assertThat(moved.staffId()).isEqualTo(b.id());
        assertThat(moved.startsAt()).isEqualTo(day.atTime(15, 0));
        assertThat(view.board.model().items()).anySatisfy(i -> {
            assertThat(i.id()).isEqualTo(booking.id());
            assertThat(i.col()).isEqualTo("s:" + b.id());
            assertThat(i.start()).isEqualTo(15 * 60);
        });
        test($(Button.class).withId("board-undo").single()).click();
        Booking back = bookings.find(booking.id()).orElseThrow();
        assertThat(back.staffId()).isEqualTo(a.id());
        assertThat(back.startsAt()).isEqualTo(day.atTime(13, 0));
    }

    @Test
    void droppingOnAnotherBookingIsRefusedAndNothingMoves() {
        LocalDate day = day();
        long storeId = stores.currentStore().orElseThrow().id();
        Customer c = customers.save(Customer.create("重複", "三郎", "チョウフク", "サブロウ", Instant.now()));
        Staff a = staff().get(0);
        Booking first = bookings.book(new BookingRequest(storeId, c.id(), a.id(), day.atTime(10, 0), 60, List.of(),
                null, BookingSource.PHONE, false));
        Booking second = bookings.book(new BookingRequest(storeId, c.id(), a.id(), day.atTime(12, 0), 60, List.of(),
                null, BookingSource.PHONE, false));
        ReservationBoardView view = boardOn(day);

        ComponentUtil.fireEvent(view.board, new ReservationBoard.Move(view.board, true, second.id(), "s:" + a.id(),
                10 * 60 + 30));

        assertThat(bookings.find(second.id()).orElseThrow().startsAt()).isEqualTo(day.atTime(12, 0));
        assertThat($(Notification.class).all()).anySatisfy(n -> assertThat(test(n).getText()).contains("別の予約"));
        assertThat(view.board.model().items()).anySatisfy(i -> {
            assertThat(i.id()).isEqualTo(second.id());
            assertThat(i.start()).as("drawn back where it was").isEqualTo(12 * 60);
        });
        assertThat(first.status()).isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void theWeekViewShowsOneStylistsDaysAndOpeningABookingShowsItsStatusActions() {
        LocalDate day = day();
        long storeId = stores.currentStore().orElseThrow().id();
        Customer c = customers.save(Customer.create("週間", "四子", "シュウカン", "ヨツコ", Instant.now()));
        Staff a = staff().get(2);
        Booking booking = bookings.book(new BookingRequest(storeId, c.id(), a.id(), day.atTime(16, 0), 45, List.of(),
                "前回と同じ", BookingSource.WALK_IN, false));
        ReservationBoardView view = boardOn(day);
        view.mode.setValue(ReservationBoardView.Mode.WEEK);
        view.weekStaff.setValue(a);

        assertThat(view.board.model().columns()).hasSize(7).first().extracting(ReservationBoard.Column::key)
                .isEqualTo("d:" + day.with(java.time.DayOfWeek.MONDAY));
        assertThat(view.board.model().items()).anySatisfy(i -> assertThat(i.col()).isEqualTo("d:" + day));
        assertThat(view.board.model().columns()).filteredOn(col -> col.key().equals("d:" + day.minusDays(1)))
                .singleElement().satisfies(col -> assertThat(col.windows()).as("Tuesday: closed").isEmpty());

        ComponentUtil.fireEvent(view.board, new ReservationBoard.Open(view.board, true, booking.id()));
        test($(Button.class).withId("booking-action-arrived").single()).click();
        assertThat(bookings.find(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.ARRIVED);
    }

    @Test
    void openBoardsHearOfCommittedChanges() {
        LocalDate day = day();
        long storeId = stores.currentStore().orElseThrow().id();
        Customer c = customers.save(Customer.create("速報", "五郎", "ソクホウ", "ゴロウ", Instant.now()));
        List<BookingService.BookingsChanged> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runnable unregister = broadcaster.register(heard::add);
        try {
            bookings.book(new BookingRequest(storeId, c.id(), staff().get(3).id(), day.atTime(17, 0), 30, List.of(),
                    null, BookingSource.PHONE, false));
        } finally {
            unregister.run();
        }
        assertThat(heard).singleElement().satisfies(e -> {
            assertThat(e.storeId()).isEqualTo(storeId);
            assertThat(e.days()).containsExactly(day);
        });
    }
}
