package jp.salonkarte.analytics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.base.SystemActor;
import jp.salonkarte.base.UserMessageException;
import jp.salonkarte.checkout.Discount;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * RFM scores and the contact list of a hand-computed salon; today is the test clock's 2026-11-23.
 *
 * <pre>
 * c1 10 visits, 2026-01-13 … 11-13 (every 30 days), ¥11,000 each: R5 (10 days) F5 M5 (¥110,000) = 15 プラチナ
 * c2  6 visits, 05-01 … 10-01 monthly, ¥7,700 each: R4 (53 days) F4 M3 (¥46,200) = 11 ゴールド;
 *     cycle = mean of the last 3 intervals (31, 31, 30) = 31 days → due 11-01, 22 days over (> 14): listed
 * c3  as c2, with a booking on 12-05                  → not listed (a booking ahead)
 * c4  as c2, contacted 3 days ago                      → not listed (contacted within 7 days)
 * c8  as c2, contacted 10 days ago                     → listed
 * c5  one visit 2026-03-01, ¥5,500: R1 (267 days) F1 M1 = 3 ブロンズ (not a contact rank)
 * c6  one visit 2025-10-01, before the 12 months       → no score
 * c7  one ticket 2026-11-01, voided                    → no score
 * </pre>
 */
@IntegrationTest
class RfmRanksTest {

    @Autowired RfmRanks rfm;
    @Autowired ContactList contacts;
    @Autowired JdbcClient jdbc;

    private SalonHistory salon;
    private long a;
    private long b;
    private long c1, c2, c3, c4, c5, c6, c7, c8;

    @BeforeEach
    void salon() {
        salon = new SalonHistory(jdbc, "RFMテスト店");
        a = salon.staff("安藤", "亜美", "STAFF");
        b = salon.staff("別所", "文", "STAFF");
        c1 = salon.customer("一", "花");
        for (int i = 0; i < 10; i++) {
            visit(c1, LocalDate.of(2026, 11, 13).minusDays(30L * i), 11_000, a);
        }
        c2 = monthly("二");
        c3 = monthly("三");
        salon.booking(c3, a, LocalDateTime.of(2026, 12, 5, 11, 0), LocalDateTime.of(2026, 11, 1, 10, 0), "BOOKED", true);
        c4 = monthly("四");
        contact(c4, LocalDateTime.of(2026, 11, 20, 15, 0));
        c8 = monthly("八");
        contact(c8, LocalDateTime.of(2026, 11, 13, 15, 0));
        c5 = salon.customer("五", "花");
        visit(c5, LocalDate.of(2026, 3, 1), 5_500, b);
        c6 = salon.customer("六", "花");
        visit(c6, LocalDate.of(2025, 10, 1), 5_500, b);
        c7 = salon.customer("七", "花");
        long voided = visit(c7, LocalDate.of(2026, 11, 1), 5_500, b);
        salon.reverse(voided, "VOID", LocalDate.of(2026, 11, 1), b);
    }

    private long monthly(String family) {
        long c = salon.customer(family, "花");
        for (int month = 5; month <= 10; month++) {
            visit(c, LocalDate.of(2026, month, 1), 7_700, a);
        }
        return c;
    }

    private long visit(long customer, LocalDate day, long yen, long staff) {
        return salon.ticket(day, customer, staff, Discount.NONE, "CARD",
                new SalonHistory.Line(null, "SERVICE", "カラー", yen, 1, 10, staff));
    }

    private void contact(long customer, LocalDateTime at) {
        jdbc.sql("""
                insert into customer_contact (store_id, customer_id, staff_id, channel, contacted_at)
                values (?, ?, ?, 'PHONE', ?)""").params(salon.storeId, customer, a, at).update();
    }

    private <T> T system(java.util.function.Supplier<T> work) {
        return SystemActor.call("rfm test", work);
    }

    @Test
    void theThresholdsAreTheOnesTheDefinitionPublishes() {
        assertThat(List.of(RfmRanks.recency(30), RfmRanks.recency(31), RfmRanks.recency(90), RfmRanks.recency(181)))
                .containsExactly(5, 4, 3, 1);
        assertThat(List.of(RfmRanks.frequency(10), RfmRanks.frequency(9), RfmRanks.frequency(4), RfmRanks.frequency(1)))
                .containsExactly(5, 4, 3, 1);
        assertThat(List.of(RfmRanks.monetary(100_000), RfmRanks.monetary(99_999), RfmRanks.monetary(10_000),
                RfmRanks.monetary(9_999))).containsExactly(5, 4, 2, 1);
    }

    @Test
    void everyCustomerWithAStandingVisitInTwelveMonthsIsScoredAndRanked() {
        assertThat(system(() -> rfm.recompute(salon.storeId))).isEqualTo(6);

        RfmRanks.Score s1 = system(() -> rfm.scoreOf(salon.storeId, c1)).orElseThrow();
        assertThat(List.of(s1.recency(), s1.frequency(), s1.monetary())).containsExactly(5, 5, 5);
        assertThat(s1.rankName()).isEqualTo("プラチナ");
        assertThat(s1.amount()).isEqualTo(110_000);
        RfmRanks.Score s2 = system(() -> rfm.scoreOf(salon.storeId, c2)).orElseThrow();
        assertThat(List.of(s2.recency(), s2.frequency(), s2.monetary(), s2.total())).containsExactly(4, 4, 3, 11);
        assertThat(s2.rankName()).isEqualTo("ゴールド");
        assertThat(system(() -> rfm.scoreOf(salon.storeId, c5)).orElseThrow().rankName()).isEqualTo("ブロンズ");
        assertThat(system(() -> rfm.scoreOf(salon.storeId, c6))).as("last visit over 12 months ago").isEmpty();
        assertThat(system(() -> rfm.scoreOf(salon.storeId, c7))).as("a voided ticket is no visit").isEmpty();
        assertThat(system(() -> rfm.customersByRank(salon.storeId)))
                .containsEntry("プラチナ", List.of(c1)).containsEntry("ブロンズ", List.of(c5));
        assertThat(system(() -> rfm.history(salon.storeId, c1))).extracting(RfmRanks.Change::rankName)
                .containsExactly("プラチナ");
    }

    @Test
    void aLostRankIsARowOfTheHistory() {
        system(() -> rfm.recompute(salon.storeId));
        long ticket = jdbc.sql("select id from ticket where customer_id = ?").param(c5).query(Long.class).single();
        salon.reverse(ticket, "REFUND", LocalDate.of(2026, 11, 23), b);

        system(() -> rfm.recompute(salon.storeId));

        assertThat(system(() -> rfm.scoreOf(salon.storeId, c5))).isEmpty();
        assertThat(system(() -> rfm.history(salon.storeId, c5))).singleElement()
                .satisfies(c -> assertThat(c.rankName()).as("the same day's entry, replaced: no rank").isNull());
    }

    @Test
    void theContactListHasTheOverdueHighRanksWithoutABookingOrARecentContact() {
        system(() -> rfm.recompute(salon.storeId));

        List<ContactList.Candidate> due = system(() -> contacts.today(ReportScope.store(salon.storeId)));

        assertThat(due).extracting(ContactList.Candidate::customerId).containsExactlyInAnyOrder(c2, c8);
        ContactList.Candidate first = due.getFirst();
        assertThat(first.cycleDays()).isEqualTo(31);
        assertThat(first.overdueDays()).isEqualTo(22);
        assertThat(first.lastVisit()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(first.rankName()).isEqualTo("ゴールド");
        assertThat(system(() -> contacts.today(ReportScope.staff(salon.storeId, b)))).as("B's customers").isEmpty();
    }

    @Test
    void newRanksReplaceTheDefaultsAndRankEveryoneAtOnce() {
        system(() -> rfm.recompute(salon.storeId));

        system(() -> {
            rfm.saveRanks(salon.storeId, List.of(new RfmRanks.Rank("VIP", 12, "#c2185b", true),
                    new RfmRanks.Rank("一般", 3, "#8A8D91", false)));
            return null;
        });

        assertThat(system(() -> rfm.ranks(salon.storeId))).extracting(RfmRanks.Rank::name).containsExactly("VIP", "一般");
        assertThat(system(() -> rfm.scoreOf(salon.storeId, c1)).orElseThrow().rankName()).isEqualTo("VIP");
        assertThat(system(() -> rfm.scoreOf(salon.storeId, c1)).orElseThrow().rankColor()).isEqualTo("#C2185B");
        assertThat(system(() -> rfm.scoreOf(salon.storeId, c2)).orElseThrow().rankName()).isEqualTo("一般");
        assertThat(system(() -> contacts.today(ReportScope.store(salon.storeId)))).as("一般 is not a contact rank")
                .isEmpty();
    }

    @Test
    void badRanksAreRefusedAndChangeNothing() {
        assertThatThrownBy(() -> system(() -> {
            rfm.saveRanks(salon.storeId, List.of(new RfmRanks.Rank("VIP", 12, "#C2185B", true),
                    new RfmRanks.Rank("VIP", 5, "#8A8D91", false)));
            return null;
        })).isInstanceOf(UserMessageException.class).hasMessageContaining("rfm.error.nameTwice");
        assertThatThrownBy(() -> system(() -> {
            rfm.saveRanks(salon.storeId, List.of(new RfmRanks.Rank("VIP", 16, "#C2185B", true)));
            return null;
        })).hasMessageContaining("rfm.error.score");
        assertThatThrownBy(() -> system(() -> {
            rfm.saveRanks(salon.storeId, List.of(new RfmRanks.Rank("VIP", 12, "red", true)));
            return null;
        })).hasMessageContaining("rfm.error.color");
        assertThatThrownBy(() -> system(() -> {
            rfm.saveRanks(salon.storeId, List.of());
            return null;
        })).hasMessageContaining("rfm.error.count");

        assertThat(system(() -> rfm.ranks(salon.storeId))).isEqualTo(RfmRanks.DEFAULT_RANKS);
    }
}
