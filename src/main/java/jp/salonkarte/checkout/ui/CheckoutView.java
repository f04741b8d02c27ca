package jp.salonkarte.checkout.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.base.UserMessageException;
import jp.salonkarte.base.Yen;
import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.base.ui.UserMessages;
import jp.salonkarte.checkout.CheckoutService;
import jp.salonkarte.checkout.Discount;
import jp.salonkarte.checkout.LineKind;
import jp.salonkarte.checkout.PaidTicket;
import jp.salonkarte.checkout.Payment;
import jp.salonkarte.checkout.Receipts;
import jp.salonkarte.checkout.Tax;
import jp.salonkarte.checkout.TicketDraft;
import jp.salonkarte.checkout.TicketLine;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.printing.PrintQueue;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.store.MenuCategory;
import jp.salonkarte.store.MenuItem;
import jp.salonkarte.store.MenuService;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;

/**
 * The register (会計): left, big buttons of the store's menus and products by category; right,
 * the ticket — tap a line to change quantity, staff or discount — with totals and tax per rate
 * (reduced-rate lines marked ※). Opened from a booking ({@code checkout?booking=ID}) the ticket
 * comes pre-filled; otherwise it is a walk-in. 会計 opens the payment dialog; after the commit the
 * receipt summary shows until 新しい伝票.
 */
@Route("checkout")
@PageTitle("Salon Karte")
@Menu(order = 30, title = "nav.checkout", icon = "vaadin:cash")
@PermitAll
class CheckoutView extends VerticalLayout implements BeforeEnterObserver {

    private final CheckoutService checkout;
    private final CustomerService customers;
    private final PrintQueue printQueue;
    private final Receipts receipts;
    private final CurrentStaff currentStaff;
    private final Store store;
    private final List<MenuItem> items;
    private final List<Staff> staffList;

    TicketDraft draft;
    @Nullable PaidTicket paid;
    @Nullable PaymentDialog paymentDialog;
    final HorizontalLayout categories = new HorizontalLayout();
    final Div itemButtons = new Div();
    private final java.util.Map<MenuCategory, Button> categoryButtons = new java.util.EnumMap<>(MenuCategory.class);
    final VerticalLayout lines = new VerticalLayout();
    final Div totals = new Div();
    final Span customer = new Span();
    final com.vaadin.flow.component.combobox.ComboBox<jp.salonkarte.customer.Customer> customerPicker =
            new com.vaadin.flow.component.combobox.ComboBox<>();
    final Button pay = new Button();
    /** Receipts the printer has not taken yet (off, out of paper): staff see it where they work. */
    final Button printWaiting = new Button();
    final Button ticketDiscount = new Button();
    final VerticalLayout done = new VerticalLayout();
    private final HorizontalLayout register;

    CheckoutView(CheckoutService checkout, CustomerService customers, CurrentStaff currentStaff, StoreService stores,
            MenuService menus, StaffService staff, PrintQueue printQueue, Receipts receipts) {
        this.checkout = checkout;
        this.receipts = receipts;
        this.printQueue = printQueue;
        this.customers = customers;
        this.currentStaff = currentStaff;
        long storeId = currentStaff.require().storeId();
        this.store = stores.find(storeId).orElseThrow();
        this.items = menus.list(storeId).stream().filter(MenuItem::active).toList();
        this.staffList = staff.list(storeId).stream().filter(Staff::active).toList();
        // A ticket half rung up survives a reload, a trip to the board or a lost connection (same session).
        this.draft = kept(storeId).orElseGet(() -> TicketDraft.walkIn(storeId));
        setSizeFull();
        setPadding(true);

        Set<MenuCategory> present = new LinkedHashSet<>();
        items.forEach(i -> present.add(i.category()));
        categories.getStyle().set("flex-wrap", "wrap");
        for (MenuCategory c : present) {
            Button b = new Button(getTranslation(c.labelKey()), e -> showCategory(c));
            b.setId("category-" + c.name().toLowerCase());
            b.setMinHeight("48px");
            categoryButtons.put(c, b);
            categories.add(b);
        }
        Button free = new Button(getTranslation("checkout.free"), e -> openFreeItem());
        free.setId("checkout-free");
        free.setMinHeight("48px");
        categories.add(free);
        itemButtons.setWidthFull(); // else the grid shrinks to one column inside the left layout
        itemButtons.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(150px, 1fr))")
                .set("gap", "8px");
        VerticalLayout left = new VerticalLayout(categories, itemButtons);
        left.setPadding(false);
        left.setWidth("55%");

        customer.setId("checkout-customer");
        customer.addClassNames(LumoUtility.FontWeight.BOLD);
        customerPicker.setId("checkout-customer-picker");
        customerPicker.setPlaceholder(getTranslation("checkout.customer.pick"));
        customerPicker.setItems(query -> customers.search(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        customerPicker.setItemLabelGenerator(c -> c.displayName() + "（" + c.displayKana() + "）");
        customerPicker.setClearButtonVisible(true);
        customerPicker.setWidthFull();
        customerPicker.addValueChangeListener(e -> {
            draft = draft.withCustomer(e.getValue() == null ? null : e.getValue().id());
            refresh();
        });
        lines.setPadding(false);
        lines.setSpacing(false);
        totals.setId("checkout-totals");
        ticketDiscount.setId("checkout-discount");
        ticketDiscount.setMinHeight("48px");
        ticketDiscount.addClickListener(e -> openTicketDiscount());
        pay.setText(getTranslation("checkout.pay"));
        pay.setId("checkout-pay");
        pay.setMinHeight("64px");
        pay.setWidthFull();
        pay.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        pay.addClickListener(e -> openPayment());
        Button close = new Button(getTranslation("close.title"),
                e -> getUI().ifPresent(ui -> ui.navigate(DailyCloseView.class)));
        close.setId("checkout-to-close");
        close.setVisible(currentStaff.hasAnyRole(Role.OWNER, Role.MANAGER));
        Button tickets = new Button(getTranslation("tickets.title"),
                e -> getUI().ifPresent(ui -> ui.navigate(TicketsView.class)));
        tickets.setId("checkout-to-tickets");
        printWaiting.setId("checkout-print-waiting");
        printWaiting.setIcon(new Icon(VaadinIcon.PRINT));
        printWaiting.addThemeVariants(ButtonVariant.ERROR);
        printWaiting.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("printing/jobs")));
        HorizontalLayout links = new HorizontalLayout(tickets, close, printWaiting);
        VerticalLayout right = new VerticalLayout(customer, customerPicker, lines, ticketDiscount, totals, pay, links);
        right.setPadding(false);
        right.setWidth("45%");

        register = new HorizontalLayout(left, right);
        register.setSizeFull();
        done.setId("checkout-done");
        done.setVisible(false);
        add(register, done);
        if (!present.isEmpty()) {
            showCategory(present.iterator().next());
        }
        showPrintWaiting();
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("booking").ifPresent(id -> {
            try {
                draft = checkout.openFromBooking(Long.parseLong(id));
            } catch (NumberFormatException e) {
                Notifications.error(getTranslation("checkout.error.gone"));
            } catch (UserMessageException e) { // a checkout or a booking refusal: show it on the empty register
                UserMessages.show(this, e);
            }
            refresh();
        });
    }

    void showCategory(MenuCategory category) {
        categoryButtons.forEach((c, b) -> {
            if (c == category) {
                b.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.PRIMARY);
            } else {
                b.removeThemeVariants(com.vaadin.flow.component.button.ButtonVariant.PRIMARY);
            }
        });
        itemButtons.removeAll();
        for (MenuItem item : items) {
            if (item.category() != category) {
                continue;
            }
            Span name = new Span(item.name() + (item.reducedRate() ? " ※" : ""));
            Span price = new Span(Yen.format(item.priceYen()));
            price.addClassNames(LumoUtility.FontSize.SMALL);
            VerticalLayout label = new VerticalLayout(name, price);
            label.setPadding(false);
            label.setSpacing(false);
            Button b = new Button(label, e -> addItem(item));
            b.setId("item-" + item.id());
            b.setMinHeight("72px");
            b.setWidthFull();
            itemButtons.add(b);
        }
    }

    void addItem(MenuItem item) {
        Long staffId = item.kind() == jp.salonkarte.store.MenuKind.SERVICE ? defaultStaff() : currentStaff.require().staffId();
        addLine(new TicketLine(CheckoutService.lineKind(item), item.id(), item.name(), item.priceYen(), 1,
                item.taxRate(), staffId, Discount.NONE));
    }

    /** A service counts for the stylist of the ticket's first service line, else whoever rings it up. */
    private Long defaultStaff() {
        return draft.lines().stream().filter(l -> l.kind() == LineKind.SERVICE && l.staffId() != null)
                .map(TicketLine::staffId).findFirst().orElse(currentStaff.require().staffId());
    }

    void addLine(TicketLine line) {
        if (paid != null || draft.lines().size() >= TicketDraft.LINES_MAX) {
            return;
        }
        List<TicketLine> next = new ArrayList<>(draft.lines());
        next.add(line);
        draft = draft.withLines(next);
        refresh();
    }

    LineDialog openLine(int index) {
        LineDialog dialog = new LineDialog(draft.lines().get(index), staffList, changed -> {
            List<TicketLine> next = new ArrayList<>(draft.lines());
            if (changed == null) {
                next.remove(index);
            } else {
                next.set(index, changed);
            }
            draft = draft.withLines(next);
            refresh();
        });
        dialog.open();
        return dialog;
    }

    private void openTicketDiscount() {
        TicketDialogs.discount(draft.discount(), d -> {
            draft = draft.withDiscount(d);
            refresh();
        });
    }

    private void openFreeItem() {
        TicketDialogs.freeItem(currentStaff.require().staffId(), this::addLine);
    }

    void openPayment() {
        if (draft.lines().isEmpty() || paid != null) {
            Notifications.error(getTranslation("checkout.error.empty"));
            return;
        }
        paymentDialog = new PaymentDialog(breakdown().total(), this::commit);
        paymentDialog.open();
    }

    /** A refusal propagates to the error handler, which shows it; the payment dialog stays open. */
    private boolean commit(List<Payment> payments) {
        paid = checkout.commit(draft, paymentDialog.commitKey, payments);
        keep(); // paid: a reload must not bring the ticket back to be charged again
        showDone();
        return true;
    }

    private void showDone() {
        register.setVisible(false);
        done.removeAll();
        PaidPanel.fill(done, paid, () -> showReceipt(), this::newTicket);
        done.setVisible(true);
    }

    ReceiptDialog showReceipt() {
        String email = paid.customerId() == null ? ""
                : customers.find(paid.customerId()).map(c -> c.email() == null ? "" : c.email()).orElse("");
        ReceiptDialog dialog = new ReceiptDialog(receipts, paid, email);
        dialog.open();
        return dialog;
    }

    void newTicket() {
        paid = null;
        paymentDialog = null;
        draft = TicketDraft.walkIn(draft.storeId());
        done.setVisible(false);
        register.setVisible(true);
        getUI().ifPresent(ui -> ui.navigate(CheckoutView.class));
        showPrintWaiting(); // the last receipt may still be waiting for the printer
        refresh();
    }

    Tax.Breakdown breakdown() {
        return draft.breakdown(store.taxRounding());
    }

    private static final String KEPT_DRAFT = CheckoutView.class.getName() + ".draft";

    private static Optional<TicketDraft> kept(long storeId) {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty()
                : Optional.ofNullable((TicketDraft) session.getAttribute(KEPT_DRAFT))
                        .filter(d -> d.storeId() == storeId);
    }

    private void keep() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(KEPT_DRAFT, paid == null && !draft.lines().isEmpty() ? draft : null);
        }
    }

    /** Asked when the register opens or a ticket is done, not on every tap while ringing up. */
    private void showPrintWaiting() {
        int waiting = printQueue.waiting(draft.storeId());
        printWaiting.setText(getTranslation("checkout.printWaiting", waiting));
        printWaiting.setVisible(waiting > 0);
    }

    void refresh() {
        keep();
        customerPicker.setVisible(draft.bookingId() == null);
        customer.setText(draft.customerId() == null ? getTranslation("checkout.walkin")
                : customers.find(draft.customerId()).map(c -> c.displayName() + " 様").orElse(""));
        lines.removeAll();
        for (int i = 0; i < draft.lines().size(); i++) {
            TicketLine l = draft.lines().get(i);
            int index = i;
            Span name = new Span(l.name() + (l.reducedRate() ? " ※" : "") + (l.quantity() > 1 ? " ×" + l.quantity() : ""));
            name.addClassNames(LumoUtility.Flex.GROW);
            Span amount = new Span(Yen.format(l.amount()));
            HorizontalLayout content = new HorizontalLayout(name, amount);
            content.setWidthFull();
            if (!l.discount().isNone()) {
                Span off = new Span("−" + (l.discount().kind() == Discount.Kind.PERCENT ? l.discount().value() + "%"
                        : Yen.format(l.discount().value())));
                off.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
                content.addComponentAtIndex(1, off);
            }
            Button row = new Button(content, e -> openLine(index));
            row.setId("checkout-line-" + i);
            row.setWidthFull();
            row.setMinHeight("48px");
            row.addThemeVariants(ButtonVariant.TERTIARY);
            lines.add(row);
        }
        Tax.Breakdown b = breakdown();
        ticketDiscount.setText(draft.discount().isNone() ? getTranslation("checkout.discount")
                : getTranslation("checkout.discount.applied", Yen.format(b.discount())));
        totals.removeAll();
        b.rates().forEach(r -> totals.add(PaidPanel.rateRow(r)));
        if (draft.lines().stream().anyMatch(TicketLine::reducedRate)) {
            totals.add(new Div(new Span(getTranslation("checkout.reduced.note"))));
        }
        Span total = new Span(getTranslation("checkout.total", Yen.format(b.total())));
        total.setId("checkout-total");
        total.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.BOLD);
        totals.add(new Div(total));
        pay.setEnabled(!draft.lines().isEmpty());
        setAlignItems(FlexComponent.Alignment.STRETCH);
    }
}
