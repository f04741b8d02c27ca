package jp.salonkarte.customer.ui;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.PermitAll;

import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerActivities;
import jp.salonkarte.customer.CustomerActivities.Highlights;
import jp.salonkarte.customer.CustomerCsvExport;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.store.Role;

/**
 * Customers (顧客): one search box that finds as you type, by any part of a name, reading,
 * phone or number; when nobody matches, one tap creates the customer with what was typed.
 */
@Route("customers")
@PageTitle("Salon Karte")
@Menu(order = 20, title = "nav.customers", icon = "vaadin:notebook")
@PermitAll
class CustomersView extends VerticalLayout {

    final TextField search = new TextField();
    final Grid<Customer> grid = new Grid<>();
    final Div notFound = new Div();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("M/d H:mm");
    private final CustomerService customers;
    private final CustomerActivities activities;
    private final Map<Long, Highlights> highlights = new HashMap<>();

    CustomersView(CustomerService customers, CustomerActivities activities, CustomerCsvExport csvExport,
            CurrentStaff currentStaff) {
        this.customers = customers;
        this.activities = activities;
        setSizeFull();
        search.setId("customer-search");
        search.setPlaceholder(getTranslation("customer.search.placeholder"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.TIMEOUT);
        search.setValueChangeTimeout(250);
        search.getElement().setAttribute("autocomplete", "off");
        search.getElement().setAttribute("enterkeyhint", "search");
        search.setWidthFull();
        search.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("customer.new"), new Icon(VaadinIcon.PLUS), e -> openNew(""));
        add.setId("customer-new");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(search, add);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        Button duplicates = new Button(getTranslation("duplicate.title"), new Icon(VaadinIcon.USERS),
                e -> getUI().ifPresent(ui -> ui.navigate(DuplicatesView.class)));
        duplicates.setId("customer-duplicates");
        duplicates.addThemeVariants(ButtonVariant.TERTIARY);
        duplicates.setVisible(currentStaff.hasAnyRole(Role.OWNER, Role.MANAGER));
        HorizontalLayout tools = new HorizontalLayout(duplicates);
        tools.addClassName("customer-tools");
        if (currentStaff.hasAnyRole(Role.OWNER)) { // every customer's data in bulk: the owner's call (DD038)
            // Personal data of every customer: only owners and managers take it out or bring it in.
            Button exportButton = new Button(getTranslation("csv.export"), new Icon(VaadinIcon.DOWNLOAD));
            exportButton.addThemeVariants(ButtonVariant.TERTIARY);
            exportButton.setTabIndex(-1); // the link around it is what gets focus and is tapped
            Anchor export = new Anchor((DownloadHandler) event -> {
                event.setFileName(csvExport.fileName());
                event.setContentType("text/csv; charset=UTF-8");
                try (var out = event.getOutputStream()) {
                    csvExport.write(out);
                }
            }, "");
            export.add(exportButton);
            export.setId("customer-export");
            Button importButton = new Button(getTranslation("csv.import"), new Icon(VaadinIcon.UPLOAD),
                    e -> getUI().ifPresent(ui -> ui.navigate(CustomerImportView.class)));
            importButton.setId("customer-import");
            importButton.addThemeVariants(ButtonVariant.TERTIARY);
            tools.add(export, importButton);
        }

        grid.setId("customer-grid");
        grid.addColumn(new ComponentRenderer<>(CustomersView::nameCell)).setHeader(getTranslation("customer.name"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.mobilePhone() != null ? c.mobilePhone() : c.landlinePhone() == null ? ""
                : c.landlinePhone()).setHeader(getTranslation("customer.phone")).setWidth("160px").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::activityCell)).setHeader(getTranslation("customer.visits"))
                .setWidth("170px").setFlexGrow(0);
        grid.addColumn(Customer::customerNo).setHeader(getTranslation("customer.number")).setWidth("100px")
                .setFlexGrow(0);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CustomerEditView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        grid.setSizeFull();

        notFound.setId("customer-not-found");
        notFound.addClassName("not-found-panel");
        notFound.setVisible(false);
        add(bar, tools, notFound, grid);
        refresh();
        search.focus();
    }

    private static Div nameCell(Customer c) {
        Span name = new Span(c.displayName());
        name.addClassName("customer-name");
        Span kana = new Span(c.displayKana());
        kana.addClassName("customer-kana");
        Div cell = new Div(name, kana);
        cell.addClassName("customer-cell");
        if (c.hasCautions()) {
            Span caution = new Span("⚠ " + c.cautions());
            caution.addClassName("caution-text");
            cell.add(caution);
        }
        if (!c.active()) {
            cell.addClassName("inactive");
        }
        return cell;
    }

    void refresh() {
        String q = search.getValue().strip();
        if (q.isEmpty()) {
            notFound.setVisible(false);
            grid.setVisible(true);
            grid.setItems(query -> {
                List<Customer> page = customers.list(VaadinSpringDataHelpers.toSpringPageRequest(query));
                highlights.putAll(activities.of(page.stream().map(Customer::id).toList()));
                return page.stream();
            });
            return;
        }
        List<Customer> found = customers.search(q);
        highlights.putAll(activities.of(found.stream().map(Customer::id).toList()));
        grid.setItems(found);
        grid.setVisible(!found.isEmpty());
        notFound.removeAll();
        notFound.setVisible(found.isEmpty());
        if (found.isEmpty()) {
            Button create = new Button(getTranslation("customer.create-from-search", q), new Icon(VaadinIcon.PLUS),
                    e -> openNew(q));
            create.setId("customer-create-from-search");
            create.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
            notFound.add(new Span(getTranslation("customer.search.none", q)), create);
        }
    }

    /** Last visit and next booking, the two things reception asks first. */
    private Div activityCell(Customer c) {
        Highlights h = highlights.getOrDefault(c.id(), new Highlights(null, null));
        Div cell = new Div();
        cell.addClassName("activity-cell");
        if (h.lastVisit() == null) {
            cell.add(new Span(getTranslation("customer.no-visits")));
        } else {
            cell.add(new Span(getTranslation("customer.last-visit", h.lastVisit().format(DAY))));
        }
        if (h.nextBooking() != null) {
            Span next = new Span(getTranslation("customer.next-booking", h.nextBooking().format(DAY_TIME)));
            next.addClassName("next-booking");
            cell.add(next);
        }
        return cell;
    }

    private void openNew(String typed) {
        getUI().ifPresent(ui -> ui.navigate("customers/edit", QueryParameters.of("q", typed)));
    }
}
