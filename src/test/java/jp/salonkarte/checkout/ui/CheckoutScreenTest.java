package jp.salonkarte.checkout.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.base.ui.UserAction;
import jp.salonkarte.checkout.CheckoutService;
import jp.salonkarte.checkout.DailyClose;
import jp.salonkarte.checkout.DailyCloseService;
import jp.salonkarte.checkout.PaidTicket;
import jp.salonkarte.checkout.Payment;
import jp.salonkarte.checkout.PaymentMethod;
import jp.salonkarte.checkout.TicketLine;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.reservation.Booking;
import jp.salonkarte.reservation.BookingRequest;
import jp.salonkarte.reservation.BookingService;
import jp.salonkarte.reservation.BookingSource;
import jp.salonkarte.reservation.BookingStatus;
import jp.salonkarte.store.MenuItem;
import jp.salonkarte.store.MenuService;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Reception at the register: a booking's ticket, a reduced-rate product, cash with change, one charge per tap; the close. */
@IntegrationTest
@WithUserDetails("staff@example.com")
class CheckoutScreenTest extends SpringBrowserlessTest {

    private static final AtomicInteger NEXT_WEEK = new AtomicInteger();

    @Autowired BookingService bookings;
    @Autowired CustomerService customers;
    @Autowired StaffService staffService;
    @Autowired StoreService stores;
    @Autowired MenuService menus;
    @Autowired CheckoutService checkout;
    @Autowired DailyCloseService closes;
    @Autowired JdbcClient jdbc;

    private long storeId() {
        return stores.currentStore().orElseThrow().id();
    }

    private MenuItem menu(String name) {
        return menus.list(storeId()).stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private void click(String id) {
        test($(Button.class).withId(id).single()).click();
    }

    private void type(String digits) {
        for (char c : digits.toCharArray()) {
            click("keypad-" + c);
        }
    }

    @Test
    void aTicketOpenedFromABookingIsPreFilledAndAReducedRateProductIsMarked() {
        Staff stylist = staffService.list(storeId()).stream().filter(Staff::active).findFirst().orElseThrow();
        MenuItem cut = menu("カット");
        Customer c = customers.save(Customer.create("伝票", "花子", "デンピョウ", "ハナコ", Instant.now()));
        Booking booking = bookings.book(new BookingRequest(storeId(), c.id(), stylist.id(),
                LocalDate.of(2034, 5, 3).plusWeeks(NEXT_WEEK.getAndIncrement()).atTime(10, 0), 60, List.of(cut.id()),
                null, BookingSource.PHONE, true));

        navigate(CheckoutView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("checkout",
                com.vaadin.flow.router.QueryParameters.of("booking", Long.toString(booking.id())));
        CheckoutView view = $(CheckoutView.class).single();

        assertThat(view.draft.bookingId()).isEqualTo(booking.id());
        assertThat(view.customer.getText()).contains("伝票 花子");
        assertThat(view.draft.lines()).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("カット");
            assertThat(l.staffId()).isEqualTo(stylist.id());
        });
        assertThat($(Button.class).withId("checkout-line-0").exists()).isTrue();

        MenuItem tea = menu("ハーブティー（持ち帰り）");
        click("category-retail");
        click("item-" + tea.id());
        assertThat(view.draft.lines()).extracting(TicketLine::taxRate).containsExactly(10, 8);
        assertThat($(Button.class).withId("checkout-line-1").single().getElement().getTextRecursively()).contains("※");
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("checkout-rate-8").single().getElement().getTextRecursively())
                .contains("¥1,296").contains("¥96");
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("checkout-rate-10").single().getElement().getTextRecursively())
                .contains("¥5,500").contains("¥500");
        assertThat($(Span.class).withId("checkout-total").single().getText()).contains("¥6,796");

        click("checkout-pay");
        click("payment-method-card");
        click("checkout-commit");
        assertThat(view.paid).isNotNull();
        assertThat(view.paid.bookingId()).isEqualTo(booking.id());
        assertThat(view.paid.rateTotals()).extracting(r -> r.tax()).containsExactly(500L, 96L);
        assertThat(bookings.find(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.DONE);
    }

    @Test
    void tappingALineChangesItsQuantityAndDiscount() {
        CheckoutView view = navigate(CheckoutView.class);
        click("category-cut");
        click("item-" + menu("前髪カット").id());
        click("checkout-line-0");
        click("line-plus");
        click("keypad-clear");
        type("100");
        click("line-ok");
        assertThat(view.draft.lines().getFirst().quantity()).isEqualTo(2);
        assertThat(view.draft.lines().getFirst().amount()).isEqualTo(2 * 1100 - 100);
        assertThat($(Span.class).withId("checkout-total").single().getText()).contains("¥2,100");
    }

    @Test
    void payingCashShowsTheChangeAndADoubleCommitChargesOnce() {
        CheckoutView view = navigate(CheckoutView.class);
        click("category-cut");
        click("item-" + menu("カット").id());
        click("category-option");
        click("item-" + menu("眉カット").id());
        assertThat($(Span.class).withId("checkout-total").single().getText()).contains("¥7,150");

        click("checkout-pay");
        click("payment-method-cash");
        type("10000");
        assertThat(view.paymentDialog.changeText.getText()).contains("¥2,850");
        click("checkout-commit");

        PaidTicket paid = view.paid;
        assertThat(paid).isNotNull();
        assertThat(paid.payments()).containsExactly(Payment.cash(7150, 10000));
        assertThat(paid.change()).isEqualTo(2850);
        assertThat($(Span.class).withId("checkout-change").single().getText()).contains("¥2,850");

        // the same dialog committing again (a double tap that got through) returns the same ticket
        view.paymentDialog.commit();
        assertThat(view.paid.id()).isEqualTo(paid.id());
        assertThat(checkout.findByKey(view.paymentDialog.commitKey).orElseThrow().id()).isEqualTo(paid.id());
        assertThat(jdbc.sql("select count(*) from payment where ticket_id = ?").params(paid.id()).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from ticket where commit_key = ?")
                .params(view.paymentDialog.commitKey.toString()).query(Integer.class).single()).isEqualTo(1);

        click("checkout-new");
        assertThat(view.draft.lines()).isEmpty();
        assertThat(view.paid).isNull();
    }

    @Test
    void theReceiptShowsOnScreenAndItsPdfIsMailedToTheCustomer() {
        CheckoutView view = navigate(CheckoutView.class);
        click("category-cut");
        click("item-" + menu("カット").id());
        click("checkout-pay");
        click("payment-method-cash");
        type("10000");
        click("checkout-commit");

        click("checkout-receipt");
        ReceiptDialog dialog = (ReceiptDialog) $(com.vaadin.flow.component.dialog.Dialog.class).withId("receipt-dialog")
                .single();
        String paper = dialog.paper.getElement().getTextRecursively();
        assertThat(paper).contains("領収書", "No." + view.paid.receiptNo(), "カット", "お預り（現金）", "¥10,000", "お釣り");

        String to = "screen-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String count = "select count(*) from mail_outbox where kind = 'RECEIPT' and recipient = ?";
        test(dialog.email).setValue("screen@example");
        UserAction.run(() -> click("receipt-mail-send"));
        assertThat(jdbc.sql(count).params("screen@example").query(Integer.class).single()).isZero();
        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).all().getLast()).getText())
                .isEqualTo("メールアドレスを正しく入力してください（例: hanako@example.jp）");

        test(dialog.email).setValue(to);
        click("receipt-mail-send");
        click("receipt-mail-send"); // a second tap in the same dialog sends nothing more
        assertThat(jdbc.sql(count).params(to).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from mail_attachment a join mail_outbox m on m.id = a.mail_id
                where m.recipient = ? and a.content_type = 'application/pdf'""").params(to).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aTicketHalfRungUpSurvivesAReloadButNotItsPayment() {
        navigate(CheckoutView.class);
        click("category-cut");
        click("item-" + menu("カット").id());

        CheckoutView first = (CheckoutView) com.vaadin.flow.component.UI.getCurrent().getCurrentView();
        navigate(TicketsView.class);
        CheckoutView reloaded = navigate(CheckoutView.class);
        assertThat(reloaded).isNotSameAs(first);
        assertThat(reloaded.draft.lines()).extracting(TicketLine::name).containsExactly("カット");

        click("checkout-pay");
        click("payment-method-cash");
        type("10000");
        click("checkout-commit");
        assertThat(reloaded.paid).isNotNull();

        navigate(TicketsView.class);
        CheckoutView afterPayment = navigate(CheckoutView.class);
        assertThat(afterPayment).isNotSameAs(reloaded);
        assertThat(afterPayment.draft.lines()).as("a paid ticket is never offered again").isEmpty();
    }

    @Test
    void aSplitPaymentTakesCardThenCash() {
        CheckoutView view = navigate(CheckoutView.class);
        click("category-color");
        click("item-" + menu("ワンカラー").id());
        click("checkout-pay");
        click("payment-method-card");
        click("keypad-clear");
        type("5000");
        click("payment-add");
        click("payment-method-cash");
        type("3000");
        click("checkout-commit");
        assertThat(view.paid.payments()).extracting(Payment::method)
                .containsExactly(PaymentMethod.CARD, PaymentMethod.CASH);
        assertThat(view.paid.change()).isEqualTo(300);
    }

    @Test
    @WithUserDetails("manager@example.com")
    void theCloseRecordsTheOverShortOfTheCount() {
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(8000));
        DailyCloseView view = navigate(DailyCloseView.class);
        view.day.setValue(day);
        view.openingFloat.setValue(20000);
        Map<Integer, Integer> counts = Map.of(10000, 1, 5000, 1, 1000, 4, 500, 1, 100, 4, 10, 9);
        counts.forEach((d, n) -> view.counts.get(d).setValue(n));
        assertThat(view.overShort.getText()).contains("不足").contains("¥10");

        click("close-commit");
        assertThat(closes.find(storeId(), day)).as("nothing is closed before the confirmation").isEmpty();
        var confirm = $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).withId("close-confirm").single();
        assertThat(confirm.getElement().getProperty("message")).contains("不足", "¥10");
        test(confirm).confirm();

        DailyClose close = closes.find(storeId(), day).orElseThrow();
        assertThat(close.expectedCash()).isEqualTo(20000);
        assertThat(close.countedCash()).isEqualTo(19990);
        assertThat(close.overShort()).isEqualTo(-10);
        assertThat(view.commit.isVisible()).isFalse();
        assertThat(view.print.isVisible()).isTrue();
        assertThat(view.counts.get(10000).isReadOnly()).isTrue();
    }

    @Test
    @WithUserDetails("manager@example.com")
    void aManagerVoidsTodaysTicketWithAReasonAndTheRowShowsIt() {
        var draft = new jp.salonkarte.checkout.TicketDraft(storeId(), null, null, List.of(new TicketLine(
                jp.salonkarte.checkout.LineKind.FREE, null, "取消テスト", 1000, 1, 10, null,
                jp.salonkarte.checkout.Discount.NONE)), jp.salonkarte.checkout.Discount.NONE);
        PaidTicket t = checkout.commit(draft, java.util.UUID.randomUUID(), List.of(Payment.cash(1000, 1000)));
        navigate(TicketsView.class);

        click("void-" + t.id());
        test($(com.vaadin.flow.component.textfield.TextField.class).withId("reversal-reason").single())
                .setValue("打ち間違い");
        click("reversal-confirm");

        assertThat(checkout.find(t.id()).orElseThrow().reversal()).satisfies(r -> {
            assertThat(r.kind()).isEqualTo(PaidTicket.Reversal.Kind.VOID);
            assertThat(r.reason()).isEqualTo("打ち間違い");
        });
        assertThat($(Span.class).withId("ticket-state-" + t.id()).single().getText()).contains("取消済み");
    }

    @Test
    void aWalkInTicketCanBeGivenACustomer() {
        Customer c = customers.save(Customer.create("飛込", "太郎", "トビコミ", "タロウ", Instant.now()));
        CheckoutView view = navigate(CheckoutView.class);
        view.customerPicker.setValue(c);
        assertThat(view.draft.customerId()).isEqualTo(c.id());
        assertThat(view.customer.getText()).contains("飛込 太郎");
    }
}
