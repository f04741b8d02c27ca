package jp.salonkarte.audit.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

import jp.salonkarte.audit.AuditEvent;
import jp.salonkarte.audit.AuditFilter;
import jp.salonkarte.audit.AuditLog;
import jp.salonkarte.audit.AuditedCustomers;
import jp.salonkarte.base.ui.DatePickers;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.ui.SettingsTabs;

/**
 * 閲覧・操作の記録: for the owner only, who opened which customer's karte, photos and consent
 * forms, exported or imported customers, changed or merged them, newest first and loaded as
 * the list scrolls. Narrowed by customer (searched by name, or given by the karte's link),
 * staff member and days.
 */
@Route(SettingsTabs.AUDIT_ROUTE)
@PageTitle("Salon Karte")
@RolesAllowed(Role.OWNER_NAME)
class AuditLogView extends VerticalLayout implements BeforeEnterObserver {

    final ComboBox<AuditedCustomers.Named> customer = new ComboBox<>();
    final ComboBox<Staff> staff = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEvent> grid = new Grid<>();
    private final AuditLog audit;
    private final AuditedCustomers customers;
    private final Map<Long, String> staffNames;
    /** Names of the customers on the pages loaded so far (looked up once per page, not per row). */
    private final Map<Long, String> customerNames = new HashMap<>();
    private final DateTimeFormatter at;
    private final Clock clock;

    AuditLogView(AuditLog audit, AuditedCustomers customers, StaffService staffService, CurrentStaff currentStaff,
            Clock clock) {
        this.audit = audit;
        this.customers = customers;
        this.clock = clock;
        this.at = DateTimeFormatter.ofPattern("yyyy/MM/dd(E) HH:mm", getLocale());
        List<Staff> staffList = staffService.list(currentStaff.require().storeId());
        this.staffNames = staffList.stream().collect(Collectors.toMap(Staff::id, Staff::displayName));
        setSizeFull();

        customer.setId("audit-customer");
        customer.setLabel(getTranslation("audit.filter.customer"));
        customer.setPlaceholder(getTranslation("audit.filter.customer.placeholder"));
        customer.setItemLabelGenerator(AuditedCustomers.Named::name);
        customer.setItems(query -> customers.search(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        customer.setClearButtonVisible(true);
        customer.setWidth("16em");
        staff.setId("audit-staff");
        staff.setLabel(getTranslation("audit.filter.staff"));
        staff.setItems(staffList);
        staff.setItemLabelGenerator(Staff::displayName);
        staff.setClearButtonVisible(true);
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.filter.to"));
        for (DatePicker picker : List.of(from, to)) {
            DatePickers.localized(picker);
            picker.setClearButtonVisible(true);
            picker.setMax(java.time.LocalDate.now(clock));
        }
        Button clear = new Button(getTranslation("audit.filter.clear"), e -> clearFilters());
        clear.setId("audit-clear");
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        FlexLayout filters = new FlexLayout(customer, staff, from, to, clear);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassNames(LumoUtility.Gap.MEDIUM);

        grid.setId("audit-grid");
        grid.setEmptyStateText(getTranslation("audit.none"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> at.format(e.at().atZone(clock.getZone()))).setHeader(getTranslation("audit.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::staffName).setHeader(getTranslation("audit.staff")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.kind().labelKey())).setHeader(getTranslation("audit.kind"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::customerCell).setHeader(getTranslation("audit.customer")).setAutoWidth(true);
        grid.addColumn(e -> detail(e.detail())).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        grid.setSizeFull();

        customer.addValueChangeListener(e -> refresh());
        staff.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        add(SettingsTabs.header(this, "settings.audit", AuditLogView.class), filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /** {@code ?customer=ID} (the karte's 「このお客様の記録」) starts on that customer's events. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("customer").flatMap(AuditLogView::parseId)
                .ifPresent(id -> customers.names(List.of(id)).forEach((key, name) ->
                        customer.setValue(new AuditedCustomers.Named(key, name))));
    }

    AuditFilter filter() {
        return new AuditFilter(customer.getValue() == null ? null : customer.getValue().id(),
                staff.getValue() == null ? null : staff.getValue().id(), from.getValue(), to.getValue());
    }

    private void refresh() {
        AuditFilter filter = filter();
        grid.setItems(query -> {
            List<AuditEvent> page = audit.list(filter, query.getOffset(), query.getLimit());
            Set<Long> unknown = page.stream().map(AuditEvent::customerId).filter(Objects::nonNull)
                    .filter(id -> !customerNames.containsKey(id)).collect(Collectors.toSet());
            if (!unknown.isEmpty()) {
                customerNames.putAll(customers.names(unknown));
            }
            return page.stream();
        }, query -> audit.count(filter));
    }

    private void clearFilters() {
        customer.clear();
        staff.clear();
        from.clear();
        to.clear();
    }

    private String staffName(AuditEvent event) {
        if (event.staffId() == null) {
            return getTranslation("audit.staff.none");
        }
        return staffNames.getOrDefault(event.staffId(), getTranslation("audit.staff.unknown", event.staffId()));
    }

    private com.vaadin.flow.component.Component customerCell(AuditEvent event) {
        if (event.customerId() == null) {
            return new Span(getTranslation("audit.customer.all"));
        }
        long id = event.customerId();
        Button open = new Button(customerNames.getOrDefault(id, getTranslation("audit.customer.unknown", id)),
                e -> getUI().ifPresent(ui -> ui.navigate("customers/karte/" + id)));
        open.addThemeVariants(ButtonVariant.TERTIARY);
        open.addClassName("audit-customer-link");
        return open;
    }

    /** Details are stored as {@code key=value} words ({@code rows=12 photo=34}); each known key reads in words. */
    String detail(String detail) {
        if (detail == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String word : detail.split(" ")) {
            int eq = word.indexOf('=');
            String key = eq > 0 ? "audit.detail." + word.substring(0, eq) : null;
            String text = key == null ? word : getTranslation(key, word.substring(eq + 1));
            if (key != null && text.contains(key)) {
                text = word;
            }
            out.append(out.isEmpty() ? "" : "　").append(text);
        }
        return out.toString();
    }

    private static java.util.Optional<Long> parseId(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
