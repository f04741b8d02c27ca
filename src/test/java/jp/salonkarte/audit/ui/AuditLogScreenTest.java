package jp.salonkarte.audit.ui;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.audit.AuditEvent;
import jp.salonkarte.audit.AuditKind;
import jp.salonkarte.audit.AuditedCustomers;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.store.StaffService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The owner looks up who touched a customer's data: by customer, by staff member, by day. */
@IntegrationTest
@WithUserDetails("owner@example.com")
class AuditLogScreenTest extends SpringBrowserlessTest {

    @Autowired CustomerService customers;
    @Autowired StaffService staff;
    @Autowired AuditedCustomers named;
    @Autowired java.time.Clock clock;

    private List<AuditEvent> rows(AuditLogView view) {
        var grid = test(view.grid);
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    @Test
    void searchingACustomerShowsOnlyTheirEventsWithTheirNameAndTheKindInJapanese() {
        Customer c = customers.save(Customer.create("記録", "閲子", "キロク", "エツコ", Instant.now()));
        customers.save(customers.find(c.id()).orElseThrow());
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(test(view.grid).size()).as("everything at first").isGreaterThanOrEqualTo(2);

        List<AuditedCustomers.Named> found = named.search("きろく えつこ");
        assertThat(found).extracting(AuditedCustomers.Named::id).contains(c.id());
        view.customer.setValue(found.stream().filter(n -> n.id() == c.id()).findFirst().orElseThrow());

        assertThat(rows(view)).extracting(AuditEvent::kind)
                .containsExactly(AuditKind.CUSTOMER_CHANGED, AuditKind.CUSTOMER_CREATED);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("顧客情報を変更した");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("山田 花子");
        assertThat(test(view.grid).getCellText(0, 0)).matches("\\d{4}/\\d{2}/\\d{2}\\(.\\) \\d{2}:\\d{2}");
        Component cell = test(view.grid).getCellComponent(0, 3);
        assertThat(((Button) cell).getText()).isEqualTo("記録 閲子");
        test((Button) cell).click();
        assertThat(getCurrentView().getClass().getSimpleName()).as("tap opens the karte").isEqualTo("KarteView");
    }

    @Test
    void theKartesLinkOpensTheLogOnThatCustomerAndStaffAndDaysNarrowIt() {
        Customer c = customers.save(Customer.create("記録", "二子", "キロク", "フタコ", Instant.now()));
        navigate(jp.salonkarte.karte.ui.KarteView.class, Map.of("customerId", String.valueOf(c.id())));
        test($(Button.class).withId("karte-audit").single()).click();
        AuditLogView view = (AuditLogView) getCurrentView();

        assertThat(view.customer.getValue().id()).isEqualTo(c.id());
        assertThat(rows(view)).extracting(AuditEvent::kind)
                .containsExactly(AuditKind.KARTE_VIEWED, AuditKind.CUSTOMER_CREATED);

        view.staff.setValue(view.staff.getListDataView().getItems()
                .filter(s -> "staff@example.com".equals(s.email())).findFirst().orElseThrow());
        assertThat(test(view.grid).size()).as("the stylist did nothing here").isZero();
        view.staff.setValue(view.staff.getListDataView().getItems()
                .filter(s -> "owner@example.com".equals(s.email())).findFirst().orElseThrow());
        assertThat(test(view.grid).size()).isEqualTo(2);

        java.time.LocalDate today = java.time.LocalDate.now(clock);
        view.to.setValue(today.minusDays(1));
        assertThat(test(view.grid).size()).as("nothing before today").isZero();
        view.to.setValue(today);
        view.from.setValue(today);
        assertThat(test(view.grid).size()).isEqualTo(2);

        customers.save(Customer.create("記録", "別子", "キロク", "ベツコ", Instant.now()));
        test($(Button.class).withId("audit-clear").single()).click();
        assertThat(view.customer.getValue()).isNull();
        assertThat(view.staff.getValue()).isNull();
        assertThat(test(view.grid).size()).as("another customer's event too").isGreaterThan(2);
    }

    @Test
    void detailsReadInWords() {
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(view.detail("rows=12")).isEqualTo("12件");
        assertThat(view.detail("photo=3")).isEqualTo("写真 No.3");
        assertThat(view.detail("free text")).isEqualTo("free　text");
        assertThat(view.detail(null)).isEmpty();
    }

    @Test
    void theOwnerSeesTheTabInTheSettings() {
        navigate(AuditLogView.class);
        assertThat($(Button.class).withId("settings-tab-audit").exists()).isTrue();
    }

    @Test
    @WithUserDetails("manager@example.com")
    void aManagerNeitherSeesTheTabNorOpensTheScreen() {
        navigate("settings/staff", Component.class);
        assertThat($(Button.class).withId("settings-tab-audit").exists()).isFalse();
        try {
            navigate("settings/audit", Component.class);
        } catch (Exception | AssertionError refused) {
            // refused: the check below is the proof
        }
        assertThat(getCurrentView()).isNotInstanceOf(AuditLogView.class);
    }

    @Test
    @WithUserDetails("staff@example.com")
    void staffCannotOpenTheScreenByUrl() {
        try {
            navigate("settings/audit", Component.class);
        } catch (Exception | AssertionError refused) {
            // refused: the check below is the proof
        }
        assertThat(getCurrentView()).isNotInstanceOf(AuditLogView.class);
    }
}
