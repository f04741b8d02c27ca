package jp.salonkarte.reservation.ui;

import jp.salonkarte.base.SystemActor;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.reservation.BookingException;
import jp.salonkarte.reservation.BookingService;
import jp.salonkarte.reservation.BookingSource;
import jp.salonkarte.reservation.BookingStatus;
import jp.salonkarte.reservation.WebBookingFixtures;
import jp.salonkarte.reservation.WebBookingService;
import jp.salonkarte.store.MenuItem;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A customer books on the public page without logging in, and manages the booking from the link. */
@IntegrationTest
class WebBookingScreenTest extends SpringBrowserlessTest {

    @Autowired BookingService bookings;
    @Autowired WebBookingService web;
    @Autowired StoreService stores;
    @Autowired JdbcClient jdbc;

    private Button button(String id) {
        return $(Button.class).withId(id).single();
    }

    private long webBookings() {
        return jdbc.sql("select count(*) from booking where source = 'WEB'").query(Long.class).single();
    }

    /** Menu, anyone, a free time: the page is then at the details step. */
    private WebBookingView upToDetails() {
        WebBookingView view = navigate(WebBookingView.class);
        CheckboxGroup<MenuItem> first = view.menus.groups.values().iterator().next();
        first.setValue(java.util.Set.of(first.getListDataView().getItems().findFirst().orElseThrow()));
        test(button("webbook-next-menus")).click();
        assertThat(view.step()).isEqualTo(WebBookingView.Step.STAFF);
        assertThat(view.staff.getValue().id()).as("指名なし is the default").isNull();
        test(button("webbook-next-staff")).click();
        assertThat(view.step()).isEqualTo(WebBookingView.Step.TIME);
        List<Button> times = $(Button.class).all().stream()
                .filter(b -> b.getId().orElse("").startsWith("webbook-time-")).toList();
        assertThat(times).isNotEmpty();
        test(times.get(ThreadLocalRandom.current().nextInt(times.size()))).click();
        assertThat(view.step()).isEqualTo(WebBookingView.Step.DETAILS);
        return view;
    }

    private long storeId() {
        return stores.publicStore().orElseThrow().id();
    }

    private void fillDetails(WebBookingView view, String phone, String familyKana) {
        test($(TextField.class).withId("webbook-family-name").single()).setValue("桜井");
        test($(TextField.class).withId("webbook-given-name").single()).setValue("結衣");
        test($(TextField.class).withId("webbook-family-kana").single()).setValue(familyKana);
        test($(TextField.class).withId("webbook-given-kana").single()).setValue("ゆい");
        test($(TextField.class).withId("webbook-phone").single()).setValue(phone);
        test($(EmailField.class).withId("webbook-email").single()).setValue("yui@example.com");
        test($(TextField.class).withId("webbook-human").single()).setValue(String.valueOf(view.details.humanA + view.details.humanB));
    }

    private static String randomMobile() {
        return "080-" + ThreadLocalRandom.current().nextInt(1000, 10000) + "-" + ThreadLocalRandom.current().nextInt(1000, 10000);
    }

    @Test
    void aCustomerPicksMenuStaffTimeAndDetailsAndConfirmsAWebBooking() {
        WebBookingView view = upToDetails();
        assertThat($(TextField.class).withId("webbook-phone").single().getElement().getAttribute("type")).isEqualTo("tel");
        assertThat($(EmailField.class).withId("webbook-email").single().getElement().getAttribute("inputmode"))
                .isEqualTo("email");
        fillDetails(view, randomMobile(), "さくらい");
        test(button("webbook-next-details")).click();
        assertThat(view.step()).isEqualTo(WebBookingView.Step.CONFIRM);
        assertThat(view.details.familyKana.getValue()).as("hiragana becomes katakana").isEqualTo("サクライ");
        view.openedAt = view.openedAt.minusSeconds(60); // a person took a minute

        test(button("webbook-confirm")).click();

        assertThat(view.step()).isEqualTo(WebBookingView.Step.DONE);
        var booking = SystemActor.call("test", () -> bookings.find(view.confirmation().bookingId())).orElseThrow();
        assertThat(booking.source()).isEqualTo(BookingSource.WEB);
        assertThat(booking.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(booking.customerName()).isEqualTo("桜井 結衣");
        assertThat(view.confirmation().token()).hasSize(43);
        assertThat($(Button.class).withId("webbook-manage-link").single().isVisible()).isTrue();
    }

    @Test
    void aBadPhoneOrFuriganaShowsJapaneseMessagesAndBooksNothing() {
        long before = webBookings();
        WebBookingView view = upToDetails();
        fillDetails(view, "12345", "sakurai");
        test(button("webbook-next-details")).click();

        assertThat(view.step()).isEqualTo(WebBookingView.Step.DETAILS);
        TextField phone = $(TextField.class).withId("webbook-phone").single();
        TextField kana = $(TextField.class).withId("webbook-family-kana").single();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).contains("電話番号の形式が正しくありません");
        assertThat(kana.isInvalid()).isTrue();
        assertThat(kana.getErrorMessage()).contains("カタカナまたはひらがな");
        assertThat($(Paragraph.class).withId("webbook-details-error").single().isVisible()).isTrue();

        // Even a page that skipped its own checks is refused by the service.
        view.openedAt = view.openedAt.minusSeconds(60);
        view.confirm();
        assertThat(view.confirmation()).isNull();
        assertThat(webBookings()).isEqualTo(before);
    }

    @Test
    void aFilledHoneypotOrAnInstantSubmitIsRefused() {
        long before = webBookings();
        WebBookingView view = upToDetails();
        fillDetails(view, randomMobile(), "サクライ");
        test(button("webbook-next-details")).click();
        assertThat(view.step()).isEqualTo(WebBookingView.Step.CONFIRM);

        test(button("webbook-confirm")).click(); // within seconds of opening the page: a script
        assertThat(view.confirmation()).isNull();

        view.openedAt = view.openedAt.minusSeconds(60);
        view.details.website.setValue("http://spam.example");
        test(button("webbook-confirm")).click();
        assertThat(view.confirmation()).isNull();
        assertThat(view.step()).isEqualTo(WebBookingView.Step.CONFIRM);
        assertThat(webBookings()).isEqualTo(before);
    }

    @Test
    void aWrongSumIsRefusedWithAMessage() {
        WebBookingView view = upToDetails();
        fillDetails(view, randomMobile(), "サクライ");
        test($(TextField.class).withId("webbook-human").single()).setValue(String.valueOf(view.details.humanA + view.details.humanB + 1));
        test(button("webbook-next-details")).click();
        assertThat(view.step()).isEqualTo(WebBookingView.Step.DETAILS);
        assertThat($(TextField.class).withId("webbook-human").single().getErrorMessage()).contains("計算の答えが違います");
    }

    private WebBookingService.Confirmation bookedThroughService() {
        List<Long> menus = WebBookingFixtures.firstMenu(web, storeId());
        return web.book(WebBookingFixtures.form(storeId(), menus, WebBookingFixtures.freeStart(web, storeId(), menus),
                "manage@example.com"));
    }

    @Test
    void theManageLinkShowsTheBookingAndCancelsItBeforeTheCutOff() {
        WebBookingService.Confirmation booked = bookedThroughService();
        navigate("book/manage/" + booked.token(), WebBookingManageView.class);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).noneMatch(t -> t.contains("予約 花子"));

        test(button("webbook-manage-cancel")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(SystemActor.call("test", () -> bookings.find(booked.bookingId())).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat($(Button.class).withId("webbook-manage-cancel").exists()).isFalse();
    }

    @Test
    void afterTheCutOffTheLinkRefusesChangesWithAMessage() {
        WebBookingService.Confirmation booked = bookedThroughService();
        jdbc.sql("insert into web_booking_settings (store_id, cancel_cutoff_hours) values (?, 720)"
                + " on duplicate key update cancel_cutoff_hours = 720").param(storeId()).update();
        try {
            navigate("book/manage/" + booked.token(), WebBookingManageView.class);
            assertThat($(Paragraph.class).withId("webbook-manage-cutoff").single().getText()).contains("受付期限を過ぎました");
            assertThat($(Button.class).withId("webbook-manage-cancel").exists()).isFalse();
            assertThatThrownBy(() -> web.cancel(booked.token())).isInstanceOf(BookingException.class)
                    .extracting(e -> ((BookingException) e).messageKey()).isEqualTo("webbook.error.cutoff");
            assertThat(SystemActor.call("test", () -> bookings.find(booked.bookingId())).orElseThrow().status()).isEqualTo(BookingStatus.BOOKED);
        } finally {
            jdbc.sql("update web_booking_settings set cancel_cutoff_hours = 24 where store_id = ?").param(storeId())
                    .update();
        }
    }

    @Test
    void anUnknownLinkShowsNothingButNotFound() {
        navigate("book/manage/" + "x".repeat(43), WebBookingManageView.class);
        assertThat($(Paragraph.class).withId("webbook-manage-not-found").single().getText())
                .contains("ご予約が見つかりません");
    }

    @Test
    void theManageLinkMovesTheBookingToAnotherFreeTime() {
        WebBookingService.Confirmation booked = bookedThroughService();
        var before = SystemActor.call("test", () -> bookings.find(booked.bookingId())).orElseThrow().startsAt();
        WebBookingManageView view = navigate("book/manage/" + booked.token(), WebBookingManageView.class);
        test(button("webbook-manage-change")).click();
        List<Button> times = $(Button.class).all().stream()
                .filter(b -> b.getId().orElse("").startsWith("webbook-time-")).toList();
        test(times.getLast()).click();
        test(button("webbook-manage-change-confirm")).click();
        assertThat(SystemActor.call("test", () -> bookings.find(booked.bookingId())).orElseThrow().startsAt()).isNotEqualTo(before);
        assertThat(view.slots).isNotNull();
    }
}
