package jp.salonkarte.consent.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.consent.ConsentRequest;
import jp.salonkarte.consent.ConsentService;
import jp.salonkarte.consent.ConsentTemplate;
import jp.salonkarte.consent.ConsentTemplateService;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.security.KioskLock;
import jp.salonkarte.security.StaffPrincipal;

/**
 * Staff pick the consent form for a customer (from the karte, a visit, or a booking on the board)
 * and hand the iPad over: 「お客様モードで開始」 locks this browser session into the kiosk
 * (DD024) showing only that form.
 */
@Route("customers/consent/:customerId")
@PageTitle("Salon Karte")
@PermitAll
class ConsentStartView extends VerticalLayout implements BeforeEnterObserver {

    final H2 heading = new H2();
    final RadioButtonGroup<ConsentTemplate> template = new RadioButtonGroup<>();
    final Button start = new Button();
    final Paragraph none = new Paragraph();
    private final ConsentService consents;
    private final ConsentTemplateService templates;
    private final CustomerService customers;
    private final CurrentStaff currentStaff;
    private Customer customer;
    private @Nullable Long visitId;
    private @Nullable Long bookingId;

    ConsentStartView(ConsentService consents, ConsentTemplateService templates, CustomerService customers,
            CurrentStaff currentStaff) {
        this.consents = consents;
        this.templates = templates;
        this.customers = customers;
        this.currentStaff = currentStaff;
        setMaxWidth("820px");
        heading.setId("consent-start-customer");
        template.setId("consent-start-template");
        template.setLabel(getTranslation("consent.start.choose"));
        template.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        template.setItemLabelGenerator(t -> t.title() + "（" + getTranslation("consent.version", t.latest().versionNo())
                + "）");
        template.addClassName("consent-start-templates");
        start.setText(getTranslation("consent.start.kiosk"));
        start.setIcon(new Icon(VaadinIcon.TABLET));
        start.setId("consent-start");
        start.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        start.setEnabled(false);
        template.addValueChangeListener(e -> start.setEnabled(e.getValue() != null));
        start.addClickListener(e -> startKiosk());
        none.setId("consent-start-none");
        none.setText(getTranslation("consent.start.no-templates"));
        Button back = new Button(getTranslation("action.back"), new Icon(VaadinIcon.ARROW_LEFT),
                e -> getUI().ifPresent(ui -> ui.navigate(returnPath())));
        back.setId("consent-start-back");
        Paragraph hint = new Paragraph(getTranslation("consent.start.hint"));
        hint.addClassName("consent-start-hint");
        add(heading, template, none, hint, new HorizontalLayout(back, start));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Customer> found = event.getRouteParameters().getLong("customerId").flatMap(customers::find);
        if (found.isEmpty()) {
            event.forwardTo("customers");
            return;
        }
        customer = found.get();
        var query = event.getLocation().getQueryParameters();
        visitId = query.getSingleParameter("visit").flatMap(ConsentStartView::parse).orElse(null);
        bookingId = query.getSingleParameter("booking").flatMap(ConsentStartView::parse).orElse(null);
        heading.setText(getTranslation("consent.start.for", customer.displayName()));
        List<ConsentTemplate> active = templates.active(currentStaff.require().storeId());
        template.setItems(active);
        template.setVisible(!active.isEmpty());
        none.setVisible(active.isEmpty());
        if (active.size() == 1) {
            template.setValue(active.getFirst());
        }
    }

    private static Optional<Long> parse(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String returnPath() {
        return customer == null ? "customers" : "customers/karte/" + customer.id();
    }

    /** Prepares the form, locks the session into the kiosk and shows it. */
    void startKiosk() {
        ConsentTemplate chosen = template.getValue();
        if (chosen == null) {
            return;
        }
        StaffPrincipal me = currentStaff.require();
        ConsentRequest request = consents.prepare(chosen.id(), customer.id(), visitId, bookingId, me.staffId());
        KioskSessions.put(request);
        String path = KioskView.ROUTE_PREFIX + request.token();
        KioskLock.lock(new KioskLock(path, me.staffId(), me.storeId(), returnPath()));
        getUI().ifPresent(ui -> ui.navigate(path));
    }
}
