package jp.salonkarte.analytics.ui;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.analytics.ContactList;
import jp.salonkarte.analytics.RfmRanks;
import jp.salonkarte.analytics.SalonHistory;
import jp.salonkarte.checkout.Discount;
import jp.salonkarte.karte.ui.KarteView;
import jp.salonkarte.store.StaffService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFM on the screens, in the demo salon: a customer who came every month from May to October 2026
 * for ¥15,000 (R4 F4 M4 = 12, ゴールド; cycle 31 days, 22 days over on 2026-11-23) is on
 * 「今日連絡したいお客様」, leaves it once staff record the call, and wears the gold medal on the karte.
 */
@IntegrationTest
@WithUserDetails("owner@example.com")
class RfmScreenTest extends SpringBrowserlessTest {

    @Autowired JdbcClient jdbc;
    @Autowired StaffService staff;
    @Autowired RfmRanks rfm;

    private long store;
    private long customer;

    @BeforeEach
    void aGoldCustomerDueForACall() {
        var stylist = staff.findByEmail("staff@example.com").orElseThrow();
        store = stylist.storeId();
        SalonHistory history = new SalonHistory(jdbc, store);
        customer = history.customer("月例", "金子");
        for (int month = 5; month <= 10; month++) {
            history.ticket(LocalDate.of(2026, month, 1), customer, stylist.id(), Discount.NONE, "CARD",
                    new SalonHistory.Line(null, "SERVICE", "カラー", 15_000, 1, 10, stylist.id()));
        }
        rfm.recompute(store);
    }

    /** The demo salon is shared by every test: the customer's tickets and scores go again. */
    @AfterEach
    void forget() {
        for (String table : new String[] {"payment", "ticket_rate_total", "ticket_line"}) {
            jdbc.sql("delete from " + table + " where ticket_id in (select id from ticket where customer_id = ?)")
                    .param(customer).update();
        }
        for (String table : new String[] {"ticket", "customer_contact", "rfm_score", "rfm_rank_history"}) {
            jdbc.sql("delete from " + table + " where customer_id = ?").param(customer).update();
        }
    }

    @Test
    void anOverdueGoldCustomerIsListedAndLeavesTheListOnceCalled() {
        ReportsView view = navigate(ReportsView.class);
        assertThat(view.rfm.contactOpen.getText()).startsWith("今日連絡したいお客様");
        test(view.rfm.contactOpen).click();
        ContactDialog dialog = $(ContactDialog.class).single();
        ContactList.Candidate mine = dialog.rows().stream().filter(c -> c.customerId() == customer).findFirst()
                .orElseThrow();
        assertThat(mine.rankName()).isEqualTo("ゴールド");
        assertThat(mine.overdueDays()).isEqualTo(22);
        int before = dialog.rows().size();

        int row = dialog.rows().indexOf(mine);
        Button done = (Button) test(dialog.grid).getCellComponent(row, "actions").getChildren()
                .filter(c -> c.getId().orElse("").equals("contact-done-" + customer)).findFirst().orElseThrow();
        test(done).click();
        test($(Button.class).withId("contact-channel-PHONE").single()).click();

        assertThat(dialog.rows()).hasSize(before - 1).noneMatch(c -> c.customerId() == customer);
        assertThat(jdbc.sql("select channel from customer_contact where customer_id = ?").param(customer)
                .query(String.class).single()).isEqualTo("PHONE");
        assertThat(view.rfm.contactOpen.getText()).as("the count follows")
                .satisfiesAnyOf(t -> assertThat(t).contains(before - 1 + "人"), t -> assertThat(t).contains("いません"));
    }

    @Test
    void theKarteMedalIsTheRfmRankAndOpensItsScoresAndHistory() {
        KarteView karte = navigate(KarteView.class, Map.of("customerId", String.valueOf(customer)));
        Span medal = $(Span.class).withId("karte-rank").single();
        assertThat(medal.isVisible()).isTrue();
        assertThat(medal.getText()).isEqualTo("ゴールドランク（R4・F4・M4）");
        assertThat(medal.getElement().getAttribute("data-rank")).isEqualTo("rfm");
        assertThat(medal.getStyle().get("color")).isEqualTo("#B8860B");

        test(medal).click();
        Dialog dialog = $(Dialog.class).withId("karte-rank-dialog").single();
        assertThat($(Paragraph.class).withId("karte-rank-now").single().getText()).contains("ゴールド");
        assertThat(dialog.getElement().getTextRecursively()).contains("ゴールド");
        assertThat(karte).isNotNull();
    }

    @Test
    void theRankButtonsListEachRanksCustomers() {
        ReportsView view = navigate(ReportsView.class);
        Button gold = view.rfm.ranks.getChildren().map(Button.class::cast)
                .filter(b -> b.getText().startsWith("ゴールド")).findFirst().orElseThrow();
        test(gold).click();
        assertThat($(CustomerDrillDialog.class).single().rows()).anyMatch(r -> r.customerId() == customer);
    }
}
