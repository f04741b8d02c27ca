package jp.salonkarte.analytics;

import java.time.LocalDate;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.base.SystemActor;
import jp.salonkarte.checkout.Discount;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly summary of a hand-computed salon, queued on Monday 2026-11-23 (the test clock) for the
 * week 11/16–11/22:
 *
 * <pre>
 * 11/17 c1 cut ¥5,500 (her first visit)        11/11 (the week before) a walk-in ¥4,400
 * 11/18 c2 colour ¥8,800 + shampoo ¥3,520       c2 came first on 2026-10-01
 * c3 last came on 2026-05-20, nothing since     → lapsed during the week (six months later)
 * c4 first 2026-08-18, again 2026-09-10         → the settled week 8/17–8/23: 1 of 1 came back
 * </pre>
 *
 * Sales ¥17,820 (+305.0 % on ¥4,400), 2 customers (+100.0 %), ¥8,910 per customer, 1 new customer.
 */
@IntegrationTest
class WeeklySummaryTest {

    @Autowired WeeklySummary summary;
    @Autowired ReportSettings settings;
    @Autowired JdbcClient jdbc;

    private SalonHistory salon;

    @BeforeEach
    void aWeek() {
        salon = new SalonHistory(jdbc, "週次テスト店");
        long owner = salon.staff("大野", "織江", "OWNER");
        jdbc.sql("update staff set email = ? where id = ?").params(ownerMail(), owner).update();
        salon.staff("無", "名", "OWNER"); // an owner without a mail address gets none
        var cut = new SalonHistory.Line(null, "SERVICE", "カット", 5_500, 1, 10, owner);
        long c1 = salon.customer("一", "花");
        long c2 = salon.customer("二", "花");
        long c3 = salon.customer("三", "花");
        long c4 = salon.customer("四", "花");
        salon.ticket(LocalDate.of(2026, 11, 17), c1, owner, Discount.NONE, "CASH", cut);
        salon.ticket(LocalDate.of(2026, 10, 1), c2, owner, Discount.NONE, "CASH", cut);
        salon.ticket(LocalDate.of(2026, 11, 18), c2, owner, Discount.NONE, "CARD",
                new SalonHistory.Line(null, "SERVICE", "カラー", 8_800, 1, 10, owner),
                new SalonHistory.Line(null, "PRODUCT", "シャンプー", 3_520, 1, 10, owner));
        salon.ticket(LocalDate.of(2026, 11, 11), null, owner, Discount.NONE, "CASH",
                new SalonHistory.Line(null, "SERVICE", "スパ", 4_400, 1, 10, owner));
        salon.ticket(LocalDate.of(2026, 5, 20), c3, owner, Discount.NONE, "CASH", cut);
        jdbc.sql("update customer set family_name = '三浦', given_name = '失子' where id = ?").param(c3).update();
        salon.ticket(LocalDate.of(2026, 8, 18), c4, owner, Discount.NONE, "CASH", cut);
        salon.ticket(LocalDate.of(2026, 9, 10), c4, owner, Discount.NONE, "CASH", cut);
    }

    /** Staff addresses are unique across stores, and every test makes a store of its own. */
    private String ownerMail() {
        return "owner-weekly-" + salon.storeId + "@example.jp";
    }

    private int enqueue() {
        return SystemActor.call("weekly test", () -> summary.enqueue(salon.storeId));
    }

    @Test
    void theOwnerGetsLastWeeksFiguresOnceThroughTheOutbox() {
        assertThat(enqueue()).isEqualTo(1);
        assertThat(enqueue()).as("the same week again: the dedupe key holds").isZero();

        var mail = jdbc.sql("select kind, recipient, subject, body from mail_outbox where store_id = ?")
                .param(salon.storeId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)}).single();
        assertThat(mail[0]).isEqualTo("WEEKLY_REPORT");
        assertThat(mail[1]).isEqualTo(ownerMail());
        assertThat(mail[2]).isEqualTo("【週次テスト店】週次レポート 11/16(月)〜11/22(日)");
        assertThat(mail[3]).contains("売上（税込）　¥17,820（前週比 +305.0%）")
                .contains("客数　　　　　2人（前週比 +100.0%）")
                .contains("客単価　　　　¥8,910")
                .contains("新規のお客様　1人")
                .contains("新規再来率　　100.0%（8/17(月)〜8/23(日)の新規 1人のうち90日以内に再来 1人）")
                .contains("新しく失客になったお客様　1人")
                .contains("三浦 失子 様（最終来店 5/20(水)）")
                .contains("/reports");
    }

    @Test
    void noMailWhenTheSettingsSayOff() {
        SystemActor.run("weekly test", () -> settings.save(salon.storeId, new ReportSettings.Values(90, 6, 14, false)));

        assertThat(enqueue()).isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where store_id = ?").param(salon.storeId)
                .query(Long.class).single()).isZero();
    }
}
