package jp.salonkarte.reservation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.customer.CustomerTag;
import jp.salonkarte.customer.DuplicateFinder;
import jp.salonkarte.customer.DuplicateGroup;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Web bookings find the right customer, never double-book, and leave nothing behind when refused. */
@IntegrationTest
@WithUserDetails("manager@example.com")
class WebBookingServiceTest {

    @Autowired java.time.Clock clock;
    @Autowired WebBookingService web;
    @Autowired BookingService bookings;
    @Autowired CustomerService customers;
    @Autowired DuplicateFinder duplicates;
    @Autowired StoreService stores;

    private long storeId() {
        return stores.currentStore().orElseThrow().id();
    }

    private List<Long> menus() {
        return WebBookingFixtures.firstMenu(web, storeId());
    }

    private static String mobile() {
        return "070-" + ThreadLocalRandom.current().nextInt(1000, 10000) + "-" + ThreadLocalRandom.current().nextInt(1000, 10000);
    }

    private WebBookingForm form(String kana, String phone, String email) {
        LocalDateTime start = WebBookingFixtures.freeStart(web, storeId(), menus());
        return new WebBookingForm(storeId(), menus(), null, start, "木村", "陽菜", kana, "ヒナ", phone, email, null);
    }

    private String key(Runnable r) {
        try {
            r.run();
            return "no exception";
        } catch (BookingException e) {
            return e.messageKey();
        }
    }

    @Test
    void aNewVisitorBecomesACustomerAndTheSamePersonAgainIsMatchedNotDuplicated() {
        String phone = mobile();
        var first = web.book(form("キムラ", phone, "hina@example.com"));
        assertThat(web.customerMatch(first.bookingId())).contains("NEW");
        long customerId = bookings.find(first.bookingId()).orElseThrow().customerId();
        Customer created = customers.find(customerId).orElseThrow();
        assertThat(created.mobilePhone()).isEqualTo(phone);
        assertThat(created.email()).isEqualTo("hina@example.com");

        // Same phone in another notation, reading in hiragana: the same customer.
        var second = web.book(form("きむら", phone.replace("-", ""), "other@example.com"));
        assertThat(web.customerMatch(second.bookingId())).contains("MATCHED");
        assertThat(bookings.find(second.bookingId()).orElseThrow().customerId()).isEqualTo(customerId);
        assertThat(customers.find(customerId).orElseThrow().email()).as("an anonymous page never edits a record")
                .isEqualTo("hina@example.com");
    }

    @Test
    void aSharedPhoneWithAnotherNameMakesANewCustomerFlaggedForTheDuplicateFinder() {
        String phone = mobile();
        var first = web.book(form("キムラ", phone, "a@example.com"));
        var second = web.book(form("タナカ", phone, "b@example.com"));
        assertThat(web.customerMatch(second.bookingId())).contains("UNSURE");
        long firstCustomer = bookings.find(first.bookingId()).orElseThrow().customerId();
        long secondCustomer = bookings.find(second.bookingId()).orElseThrow().customerId();
        assertThat(secondCustomer).isNotEqualTo(firstCustomer);
        assertThat(customers.find(secondCustomer).orElseThrow().tags()).extracting(CustomerTag::tag)
                .contains(WebBookingService.UNSURE_TAG);
        assertThat(duplicates.find()).anySatisfy(g -> {
            assertThat(g.customers()).extracting(Customer::id).contains(firstCustomer, secondCustomer);
            assertThat(g.reasons()).contains(DuplicateGroup.Reason.SAME_PHONE);
        });
    }

    @Test
    void aTimeTakenMeanwhileIsRefusedAndLeavesNoCustomerBehind() {
        WebBookingForm first = form("キムラ", mobile(), "c@example.com");
        var booked = web.book(first);
        long staffId = bookings.find(booked.bookingId()).orElseThrow().staffId();
        String phone = mobile();
        WebBookingForm same = new WebBookingForm(storeId(), menus(), staffId, first.startsAt(), "木村", "陽菜",
                "キムラ", "ヒナ", phone, "d@example.com", null);
        assertThat(key(() -> web.book(same))).isEqualTo("webbook.error.taken");
        assertThat(customers.findActiveByPhoneOrEmail(phone, "")).isEmpty();
    }

    @Test
    void aNamedStylistIsANominationAndAnyoneIsNot() {
        var anyone = web.book(form("キムラ", mobile(), "n1@example.com"));
        assertThat(bookings.find(anyone.bookingId()).orElseThrow().nominated()).as("指名なし").isFalse();

        long staffId = web.bookableStaff(storeId()).getFirst().id();
        var free = web.freeTimes(storeId(), menus(), staffId).entrySet().stream()
                .filter(e -> !e.getValue().isEmpty()).findFirst().orElseThrow();
        var named = web.book(new WebBookingForm(storeId(), menus(), staffId, free.getKey().atTime(free.getValue().getLast()),
                "木村", "陽菜", "キムラ", "ヒナ", mobile(), "n2@example.com", null));
        assertThat(bookings.find(named.bookingId()).orElseThrow().nominated()).as("a name chosen").isTrue();
    }

    @Test
    void badInputIsRefusedByTheServiceWhateverThePageSent() {
        assertThat(key(() -> web.book(form("kimura", mobile(), "e@example.com")))).isEqualTo("webbook.error.kana");
        assertThat(key(() -> web.book(form("キムラ", "12345", "e@example.com")))).isEqualTo("webbook.error.phone");
        assertThat(key(() -> web.book(form("キムラ", mobile(), "not-an-address")))).isEqualTo("webbook.error.email");
        WebBookingForm past = new WebBookingForm(storeId(), menus(), null, LocalDateTime.now(clock).minusDays(1), "木村",
                "陽菜", "キムラ", "ヒナ", mobile(), "e@example.com", null);
        assertThat(key(() -> web.book(past))).isEqualTo("webbook.error.taken");
        WebBookingForm noMenu = new WebBookingForm(storeId(), List.of(), null, LocalDateTime.now(clock).plusDays(3), "木村",
                "陽菜", "キムラ", "ヒナ", mobile(), "e@example.com", null);
        assertThat(key(() -> web.book(noMenu))).isEqualTo("webbook.error.no-menu");
    }

    @Test
    void theManagePageNeverAnswersForAMalformedToken() {
        assertThat(web.manage("short")).isEmpty();
        assertThat(web.manage("' or 1=1 --" + "x".repeat(32))).isEmpty();
    }
}
