package jp.salonkarte.customer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.PermitAll;

import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;

/** Customers in kana order, loaded lazily; the karte and search come with issues 3 and 4. */
@Route("customers")
@PageTitle("Salon Karte")
@Menu(order = 20, title = "nav.customers", icon = "vaadin:notebook")
@PermitAll
class CustomerListView extends VerticalLayout {

    CustomerListView(CustomerService customers) {
        setSizeFull();
        H2 title = new H2(getTranslation("nav.customers") + " (" + customers.count() + ")");
        title.setId("customers-title");
        Grid<Customer> grid = new Grid<>();
        grid.setId("customer-grid");
        grid.addColumn(Customer::displayName).setHeader(getTranslation("customer.name")).setFlexGrow(2);
        grid.addColumn(Customer::displayKana).setHeader(getTranslation("customer.kana")).setFlexGrow(2);
        grid.addColumn(c -> c.mobilePhone() == null ? "" : c.mobilePhone()).setHeader(getTranslation("customer.phone"))
                .setFlexGrow(2);
        grid.setItems(query -> customers.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        add(title, grid);
    }
}
