package jp.salonkarte.analytics.ui;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.analytics.Cohorts;
import jp.salonkarte.analytics.CustomerList;
import jp.salonkarte.analytics.Period;
import jp.salonkarte.analytics.ReportScope;
import jp.salonkarte.analytics.SalesReport;
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
 * The reports screen on the demo salon, with a May 2019 of known tickets written into it (a month
 * the demo leaves empty): the cards show the hand-computed figures, the (i) the definition, a row
 * opens its tickets and a ticket the karte; staff see their own figures only.
 */
@IntegrationTest
@WithUserDetails("owner@example.com")
class ReportsViewTest extends SpringBrowserlessTest {

    private static final LocalDate MAY = LocalDate.of(2019, 5, 10);

    @Autowired JdbcClient jdbc;
    @Autowired StaffService staff;
    @Autowired Cohorts cohorts;

    private long stylist;
    private long customer;
    private long ticket;
    private long walkIn;

    @BeforeEach
    void may2019() {
        long store = staff.findByEmail("staff@example.com").orElseThrow().storeId();
        stylist = staff.findByEmail("staff@example.com").orElseThrow().id();
        long manager = staff.findByEmail("manager@example.com").orElseThrow().id();
        SalonHistory history = new SalonHistory(jdbc, store);
        customer = history.customer("五月", "晴");
        // The stylist: a cut at ¥6,600 for a customer; the manager: a walk-in's treatment at ¥4,400.
        ticket = history.ticket(MAY, customer, stylist, Discount.NONE, "CARD",
                new SalonHistory.Line(null, "SERVICE", "カット（五月）", 6600, 1, 10, stylist));
        walkIn = history.ticket(MAY.plusDays(1), null, manager, Discount.NONE, "CASH",
                new SalonHistory.Line(null, "SERVICE", "トリートメント（五月）", 4400, 1, 10, manager));
    }

    /** The demo salon is shared by every test: May 2019 is left empty again. */
    @AfterEach
    void forgetMay() {
        for (String table : new String[] {"payment", "ticket_rate_total", "ticket_line"}) {
            jdbc.sql("delete from " + table + " where ticket_id in (?, ?)").params(ticket, walkIn).update();
        }
        jdbc.sql("delete from ticket where id in (?, ?)").params(ticket, walkIn).update();
    }

    private ReportsView mayReport() {
        ReportsView view = navigate(ReportsView.class);
        view.show(Period.custom(MAY.withDayOfMonth(1), MAY.withDayOfMonth(31)));
        return view;
    }

    private String text(String id) {
        return $(Span.class).withId(id).single().getText();
    }

    @Test
    void theCardsShowTheMonthsFiguresWithTheirDefinitions() {
        mayReport();
        assertThat(text("reports-kpi-sales")).isEqualTo("¥11,000");
        assertThat(text("reports-kpi-tax-excluded")).isEqualTo("¥10,000");
        assertThat(text("reports-kpi-customers")).isEqualTo("2人");
        assertThat(text("reports-kpi-per-customer")).isEqualTo("¥5,500");
        assertThat(text("reports-kpi-sales-detail")).contains("前期比 —").contains("前年比 —");
        assertThat(text("reports-rate-10")).contains("¥11,000").contains("¥1,000");

        assertThat(text("reports-cust-new-returned")).as("五月 晴 came once").isEqualTo("0.0%");
        assertThat(text("reports-cust-new-returned-detail")).isEqualTo("0/1人");
        assertThat(text("reports-cust-new-returned-compare")).as("April 2019 and May 2018 are empty")
                .isEqualTo("前期 —　前年 —");
        assertThat($(Button.class).withId("reports-tier-new").single().getText()).isEqualTo("新規（1回） 1人");

        test($(Button.class).withId("reports-kpi-per-customer-info").single()).click();
        Dialog definition = $(Dialog.class).withId("reports-definition").single();
        assertThat(definition.getHeaderTitle()).isEqualTo("客単価");
        assertThat($(Paragraph.class).withId("reports-definition-text").single().getText())
                .contains("売上（税込）÷ 客数");
    }

    @Test
    void aRowOpensItsTicketsAndATicketTheKarte() {
        ReportsView view = mayReport();
        test($(Button.class).withId("reports-by-staff").single()).click();
        @SuppressWarnings("unchecked")
        Grid<SalesReport.Row> table = $(Grid.class).withId("reports-table").single();
        List<SalesReport.Row> rows = test(table).size() == 0 ? List.of()
                : java.util.stream.IntStream.range(0, test(table).size()).mapToObj(i -> test(table).getRow(i)).toList();
        assertThat(rows).extracting(SalesReport.Row::sales).containsExactly(6_600L, 4_400L);

        test(table).clickRow(0);
        DrillDialog drill = $(DrillDialog.class).single();
        assertThat(drill.rows()).extracting(SalesReport.TicketRow::ticketId).containsExactly(ticket);
        assertThat(drill.rows().getFirst().customerName()).isEqualTo("五月 晴");

        var open = test(drill.grid).getCellComponent(0, "open");
        Button karte = (Button) open.getChildren().filter(c -> c.getId().orElse("").equals("drill-karte-" + ticket))
                .findFirst().orElseThrow();
        test(karte).click();
        assertThat(getCurrentView()).isInstanceOf(KarteView.class);
        assertThat(view.period().from()).isEqualTo(MAY.withDayOfMonth(1));
    }

    @Test
    void aCustomerFigureListsItsCustomersWithTheCountedOnesMarked() {
        mayReport();
        test($(Button.class).withId("reports-cust-new-returned-list").single()).click();
        CustomerDrillDialog list = $(CustomerDrillDialog.class).single();
        assertThat(list.rows()).extracting(CustomerList.Row::customerId).containsExactly(customer);
        assertThat(list.rows().getFirst().name()).isEqualTo("五月 晴");
        assertThat(test(list.grid).getCellText(0, 0)).as("五月 晴 did not come back: no ✓").isEmpty();
        test($(Button.class).withId("reports-customers-close").single()).click();

        test($(Button.class).withId("reports-tier-new").single()).click();
        assertThat($(CustomerDrillDialog.class).single().rows()).extracting(CustomerList.Row::customerId)
                .containsExactly(customer);
    }

    @Test
    void aCohortCellListsTheCustomersWhoCameBackAndEachOpensTheKarte() {
        ReportsView view = navigate(ReportsView.class);
        List<Cohorts.Cohort> table = cohorts.table(ReportScope.store(
                staff.findByEmail("owner@example.com").orElseThrow().storeId()));
        int row = java.util.stream.IntStream.range(0, table.size())
                .filter(i -> table.get(i).cell(1) != null && table.get(i).cell(1).count() > 0).findFirst()
                .orElseThrow(() -> new AssertionError("the demo's history has a cohort with returns: " + table));
        Cohorts.Cohort cohort = table.get(row);
        assertThat(test(view.cohorts.grid).size()).isEqualTo(Cohorts.COHORTS);

        Button cell = (Button) test(view.cohorts.grid).getCellComponent(row, "m1");
        assertThat(cell.getId()).hasValue("cohort-" + cohort.month() + "-1");
        assertThat(cell.getText()).endsWith("%");
        test(cell).click();
        CustomerDrillDialog list = $(CustomerDrillDialog.class).single();
        assertThat(list.rows()).extracting(CustomerList.Row::customerId)
                .containsExactlyInAnyOrderElementsOf(cohort.returned().getFirst());
        assertThat(list.rows()).allSatisfy(r -> assertThat(r.visits()).as("came back: two visits or more")
                .isGreaterThanOrEqualTo(2));

        long first = list.rows().getFirst().customerId();
        test((Button) test(list.grid).getCellComponent(0, "open")).click();
        assertThat(getCurrentView()).isInstanceOf(KarteView.class);
        assertThat(first).isPositive();
    }

    @Test
    void aTapOnADaysBarOpensThatDaysTicketsAndATicketItsReceipt() {
        ReportsView view = mayReport();
        // May 2019 in days: bar 9 is the 10th, this period's series (0).
        tools.jackson.databind.node.ObjectNode tap = com.vaadin.flow.internal.JacksonUtils.createObjectNode();
        tap.put("event.detail.seriesIndex", 0);
        tap.put("event.detail.dataIndex", 9);
        tap.put("event.detail.category", "5/10");
        view.daily.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(view.daily.getElement(), "point-tap", tap));
        DrillDialog drill = $(DrillDialog.class).single();
        assertThat(drill.rows()).extracting(SalesReport.TicketRow::ticketId).containsExactly(ticket);

        var open = test(drill.grid).getCellComponent(0, "open");
        Button receipt = (Button) open.getChildren().filter(c -> c.getId().orElse("").equals("drill-ticket-" + ticket))
                .findFirst().orElseThrow();
        test(receipt).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("TicketsView");
        assertThat($(Dialog.class).all()).as("the ticket's receipt is open").isNotEmpty();
    }

    @Test
    void theArrowsMoveByThePeriodChosen() {
        ReportsView view = navigate(ReportsView.class);
        Period thisMonth = view.period();
        assertThat(thisMonth.kind()).isEqualTo(Period.Kind.MONTH);
        test($(Button.class).withId("reports-previous").single()).click();
        assertThat(view.period()).isEqualTo(thisMonth.previous());
        test($(Button.class).withId("reports-kind-day").single()).click();
        assertThat(view.period().kind()).isEqualTo(Period.Kind.DAY);
        test($(Button.class).withId("reports-next").single()).click();
        assertThat(view.period().days()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("staff@example.com")
    void aStylistSeesTheirOwnFiguresOnly() {
        mayReport();
        assertThat($(Span.class).withId("reports-mine").exists()).isTrue();
        assertThat($(com.vaadin.flow.component.select.Select.class).withId("reports-staff").exists()).isFalse();
        assertThat($(Button.class).withId("reports-by-payment").exists()).isFalse();
        assertThat(text("reports-kpi-sales")).isEqualTo("¥6,600");
        assertThat(text("reports-kpi-customers")).isEqualTo("1人");
    }

    @Test
    void csvOpensInExcelAndCannotRunFormulas() throws Exception {
        StringWriter out = new StringWriter();
        ReportCsv.write(List.of(List.of("お客様", "金額"), List.of("=HYPERLINK(\"x\")", "-5500"),
                List.of("山田, 花子", "1200")), out);
        assertThat(out.toString()).startsWith("\uFEFFお客様,金額\r\n")
                .contains("'=HYPERLINK(\"\"x\"\")").contains(",-5500\r\n").contains("\"山田, 花子\",1200");
    }
}
