package jp.salonkarte.customer.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import jp.salonkarte.base.PhoneNumber;
import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.base.ui.UserMessages;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerMerge;
import jp.salonkarte.customer.CustomerMergeService;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.customer.FuriganaSuggester;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.StoreService;

/** One customer's record: create (prefilled from the search box) or edit; deactivate, never delete. */
@Route("customers/edit/:id?")
@PageTitle("Salon Karte")
@PermitAll
class CustomerEditView extends VerticalLayout implements BeforeEnterObserver {

    private final CustomerService customers;
    private final CustomerMergeService merging;
    private final CurrentStaff currentStaff;
    private final StaffService staff;
    private final Div history = new Div();
    private final Clock clock;
    private final CustomerForm form;
    private final H2 title = new H2();
    private final Div caution = new Div();
    private final Button activeToggle = new Button();
    private final Button karteButton = new Button(getTranslation("karte.open"), new com.vaadin.flow.component.icon.Icon(com.vaadin.flow.component.icon.VaadinIcon.NOTEBOOK));
    private CustomerDraft draft = new CustomerDraft();

    CustomerEditView(CustomerService customers, CustomerMergeService merging, CurrentStaff currentStaff,
            FuriganaSuggester furigana, StaffService staff, StoreService stores, Clock clock) {
        this.customers = customers;
        this.merging = merging;
        this.currentStaff = currentStaff;
        this.staff = staff;
        this.clock = clock;
        long storeId = stores.currentStore().orElseThrow().id();
        this.form = new CustomerForm(furigana, staff.list(storeId), customers.allTags());
        setMaxWidth("960px");
        title.setId("customer-title");
        caution.setId("customer-caution");
        caution.addClassName("caution-banner");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("customer-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button back = new Button(getTranslation("action.back"), e -> getUI().ifPresent(ui -> ui.navigate("customers")));
        back.setId("customer-back");
        karteButton.setId("customer-karte");
        karteButton.addThemeVariants(ButtonVariant.PRIMARY);
        karteButton.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("customers/karte/" + draft.id)));
        activeToggle.setId("customer-active-toggle");
        activeToggle.addThemeVariants(ButtonVariant.TERTIARY);
        activeToggle.addClickListener(e -> confirmActiveToggle());
        // Save stays in reach at the bottom of the screen however long the form; deactivating is set apart.
        activeToggle.getStyle().set("margin-inline-start", "auto");
        HorizontalLayout actions = new HorizontalLayout(back, save, activeToggle);
        actions.addClassName("sticky-actions");
        actions.setWidthFull();
        FlexLayout header = new FlexLayout(title, karteButton);
        header.addClassName("customer-header");
        history.setId("customer-merge-history");
        add(header, caution, history, form, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isPresent()) {
            var found = customers.find(id.get());
            if (found.isEmpty()) {
                event.forwardTo("customers");
                return;
            }
            draft = CustomerDraft.of(found.get());
        } else {
            String q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
            draft = CustomerDraft.fromSearch(q, PhoneNumber.looksLikePhone(q));
        }
        form.edit(draft);
        refreshHeader(draft.id == null ? null : draft.toCustomer(clock.instant()));
    }

    private void refreshHeader(Customer c) {
        if (c == null) {
            title.setText(getTranslation("customer.new"));
            caution.setVisible(false);
            activeToggle.setVisible(false);
            karteButton.setVisible(false);
            refreshHistory(null);
            return;
        }
        title.setText(c.displayName() + "（" + c.displayKana() + "） No." + c.customerNo()
                + (c.active() ? "" : " " + getTranslation("field.inactive")));
        caution.removeAll();
        caution.add(new Span("⚠ " + getTranslation("customer.cautions") + ": " + (c.cautions() == null ? "" : c.cautions())));
        caution.setVisible(c.hasCautions());
        activeToggle.setVisible(true);
        karteButton.setVisible(true);
        activeToggle.setText(getTranslation(c.active() ? "customer.deactivate" : "customer.reactivate"));
        refreshHistory(c);
    }

    /** Merges this customer took part in, newest first, each with undo or the reason it is gone. */
    private void refreshHistory(Customer c) {
        history.removeAll();
        if (c == null) {
            return;
        }
        var merges = merging.history(c.id());
        if (merges.isEmpty()) {
            return;
        }
        history.add(new H2(getTranslation("merge.history")));
        var format = java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm")
                .withZone(java.time.ZoneId.of("Asia/Tokyo"));
        for (CustomerMerge m : merges) {
            String by = m.mergedByStaffId() == null ? java.util.Objects.requireNonNullElse(m.mergedBy(), "")
                    : staff.find(m.mergedByStaffId()).map(jp.salonkarte.store.Staff::displayName).orElse("");
            Span line = new Span(getTranslation("merge.history.line", format.format(m.mergedAt()), by,
                    label(m.survivorId()), label(m.mergedId())));
            Div row = new Div(line);
            row.addClassName("merge-history-row");
            var blocker = merging.undoBlocker(m);
            if (blocker.isEmpty()) {
                Button undo = new Button(getTranslation("merge.undo"), e -> {
                    try {
                        merging.undo(m.id());
                        Notifications.success(getTranslation("merge.undone"));
                    } catch (CustomerMergeService.UndoNotPossible ex) {
                        UserMessages.show(this, ex);
                    }
                    customers.find(c.id()).ifPresent(fresh -> {
                        draft = CustomerDraft.of(fresh);
                        form.edit(draft);
                        refreshHeader(fresh);
                    });
                });
                undo.setId("merge-undo-" + m.id());
                row.add(undo);
            } else {
                Span reason = new Span(getTranslation(blocker.get()));
                reason.addClassName("merge-undo-blocked");
                row.add(reason);
            }
            history.add(row);
        }
    }

    private String label(long customerId) {
        return customers.find(customerId).map(x -> x.displayName() + "（No." + x.customerNo() + "）").orElse("");
    }

    void save() {
        CustomerDraft edited = copyOf(draft);
        if (!form.writeTo(edited)) {
            Notifications.error(getTranslation("validation.fix-fields"));
            return;
        }
        Customer saved = customers.save(edited.toCustomer(clock.instant()));
        draft = CustomerDraft.of(saved);
        Notifications.success(getTranslation("saved", saved.displayName()));
        getUI().ifPresent(ui -> ui.navigate(CustomerEditView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(saved.id()))));
        refreshHeader(saved);
    }

    private void confirmActiveToggle() {
        boolean deactivate = draft.active;
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("customer-active-confirm");
        confirm.setHeader(getTranslation(deactivate ? "customer.deactivate" : "customer.reactivate"));
        confirm.setText(getTranslation(deactivate ? "customer.deactivate.text" : "customer.reactivate.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(deactivate ? "customer.deactivate" : "customer.reactivate"));
        confirm.addConfirmListener(e -> {
            Customer saved = customers.setActive(draft.id, !deactivate);
            draft = CustomerDraft.of(saved);
            form.edit(draft);
            refreshHeader(saved);
        });
        confirm.open();
    }

    private static CustomerDraft copyOf(CustomerDraft d) {
        CustomerDraft copy = new CustomerDraft();
        copy.id = d.id;
        copy.customerNo = d.customerNo;
        copy.version = d.version;
        copy.createdAt = d.createdAt;
        copy.active = d.active;
        return copy;
    }
}
