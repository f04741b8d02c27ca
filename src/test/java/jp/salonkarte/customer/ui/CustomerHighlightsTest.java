package jp.salonkarte.customer.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import com.vaadin.browserless.SpringBrowserlessTest;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerActivities;
import jp.salonkarte.customer.CustomerMergeService;
import jp.salonkarte.customer.CustomerService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Search results show the last visit and the next booking still to come; a merge takes both along. */
@IntegrationTest
@WithUserDetails("owner@example.com")
class CustomerHighlightsTest extends SpringBrowserlessTest {

    @Autowired CustomerService customers;
    @Autowired CustomerActivities activities;
    @Autowired CustomerMergeService merging;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private Customer customer(String given) {
        return customers.save(Customer.create("来店", given, "ライテン", "テスト", Instant.now()));
    }

    private void visit(Customer c, LocalDate day) {
        jdbc.sql("insert into visit (customer_id, store_id, staff_id, visited_on, created_at, updated_at)"
                + " select ?, id, null, ?, now(3), now(3) from store limit 1").params(c.id(), day).update();
    }

    private void booking(Customer c, LocalDateTime start, String status) {
        jdbc.sql("insert into booking (store_id, customer_id, staff_id, starts_at, ends_at, status, created_at,"
                + " updated_at) select store_id, ?, id, ?, ?, ?, now(3), now(3) from staff order by id limit 1")
                .params(c.id(), start, start.plusHours(1), status).update();
    }

    @Test
    void resultsShowTheLastVisitAndTheNextBookingStillToCome() {
        LocalDate today = LocalDate.now(clock);
        Customer c = customer("一");
        visit(c, today.minusDays(40));
        visit(c, today.minusDays(3));
        booking(c, today.minusDays(10).atTime(11, 0), "DONE");
        booking(c, today.plusDays(2).atTime(10, 0), "CANCELLED");
        booking(c, today.plusDays(5).atTime(14, 30), "BOOKED");
        booking(c, today.plusDays(30).atTime(14, 30), "BOOKED");
        Customer nobody = customer("二");

        var h = activities.of(java.util.List.of(c.id(), nobody.id()));

        assertThat(h.get(c.id()).lastVisit()).isEqualTo(today.minusDays(3).atStartOfDay());
        assertThat(h.get(c.id()).nextBooking()).isEqualTo(today.plusDays(5).atTime(14, 30));
        assertThat(h.get(nobody.id()).lastVisit()).isNull();
        assertThat(h.get(nobody.id()).nextBooking()).isNull();

        CustomersView list = navigate(CustomersView.class);
        test(list.search).setValue(c.customerNo());
        int column = 2; // name, phone, visits
        String cell = test(list.grid).getCellComponent(0, column).getElement().getTextRecursively();
        assertThat(cell).contains("前回 " + today.minusDays(3).format(DateTimeFormatter.ofPattern("yyyy/M/d")))
                .contains("次回予約 " + today.plusDays(5).format(DateTimeFormatter.ofPattern("M/d")) + " 14:30");
        test(list.search).setValue(nobody.customerNo());
        assertThat(test(list.grid).getCellComponent(0, column).getElement().getTextRecursively())
                .isEqualTo("来店なし");
    }

    @Test
    void aMergeMovesVisitsAndBookingsToTheSurvivorAndAnUndoBringsThemBack() {
        LocalDate today = LocalDate.now(clock);
        Customer survivor = customer("三");
        Customer merged = customer("三");
        visit(merged, today.minusDays(7));
        booking(merged, today.plusDays(3).atTime(16, 0), "BOOKED");

        var preview = merging.preview(survivor.id(), merged.id());
        assertThat(preview.moves()).containsEntry("merge.moves.visits", 1).containsEntry("merge.moves.bookings", 1);
        var merge = merging.merge(customers.find(survivor.id()).orElseThrow(), merged.id());

        var h = activities.of(java.util.List.of(survivor.id(), merged.id()));
        assertThat(h.get(survivor.id()).lastVisit()).isEqualTo(today.minusDays(7).atStartOfDay());
        assertThat(h.get(survivor.id()).nextBooking()).isEqualTo(today.plusDays(3).atTime(16, 0));
        assertThat(h.get(merged.id()).nextBooking()).isNull();

        merging.undo(merge.id());
        h = activities.of(java.util.List.of(survivor.id(), merged.id()));
        assertThat(h.get(merged.id()).nextBooking()).isEqualTo(today.plusDays(3).atTime(16, 0));
        assertThat(h.get(survivor.id()).lastVisit()).isNull();
    }
}
