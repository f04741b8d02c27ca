package jp.salonkarte.e2e;

import java.time.LocalDate;
import java.util.List;

import jp.salonkarte.e2e.pages.BoardPage;
import jp.salonkarte.e2e.pages.LoginPage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reception at iPad size: tap a free slot on the board, book a customer, drag the booking to
 * another stylist's column with a finger, reload and see it there. A second iPad (Chromium) with
 * the same day open sees the new booking arrive without reloading (push).
 */
@ExtendWith(AppUnderTest.class)
class BoardE2EIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Browsers.CHROMIUM, Browsers.WEBKIT})
    void bookByTapDragToAnotherStylistAndSeeItOnAnotherIpad(String browser) {
        // a Wednesday well ahead, different per browser (the demo salon closes on Tuesdays)
        LocalDate day = browser.equals(Browsers.CHROMIUM) ? LocalDate.of(2033, 3, 2) : LocalDate.of(2033, 3, 9);
        try (BrowserSession reception = Browsers.open(browser);
                BrowserSession otherIpad = Browsers.open(Browsers.CHROMIUM)) {
            try {
                LoginPage.open(otherIpad.driver(), AppUnderTest.baseUrl()).loginAsDemoOwner();
                BoardPage watching = BoardPage.open(otherIpad.driver(), AppUnderTest.baseUrl()).showDay(day);

                LoginPage.open(reception.driver(), AppUnderTest.baseUrl()).loginAsDemoOwner();
                BoardPage board = BoardPage.open(reception.driver(), AppUnderTest.baseUrl()).showDay(day);
                List<Long> staff = board.staffColumns();
                assertThat(staff).hasSizeGreaterThanOrEqualTo(2);

                board.tapSlot(staff.get(0), 11 * 60);
                reception.screenshot("board-sheet-" + browser);
                String customer = board.bookFirstCustomerFound("090");
                String name = customer.substring(0, customer.indexOf('（')); // "山田 花子（ヤマダ ハナコ）…"
                long id = board.awaitBooking(name);
                assertThat(board.items().get(id)).isEqualTo("s:" + staff.get(0) + "@" + (11 * 60));
                reception.screenshot("board-booked-" + browser);

                assertThat(watching.awaitBooking(name)).as("the other iPad, by push").isEqualTo(id);

                board.drag(id, staff.get(1), 14 * 60);
                reception.screenshot("board-moved-" + browser);
                BoardPage reloaded = board.reload().showDay(day);
                assertThat(reloaded.items().get(id)).as("moved, after a reload")
                        .isEqualTo("s:" + staff.get(1) + "@" + (14 * 60));
            } catch (RuntimeException | AssertionError e) {
                reception.screenshotQuietly("failure-board-" + browser);
                otherIpad.screenshotQuietly("failure-board-other-" + browser);
                throw e;
            }
        }
    }
}
