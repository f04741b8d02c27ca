package jp.salonkarte.consent.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;


import jp.salonkarte.audit.AuditKind;
import jp.salonkarte.audit.AuditLog;
import jp.salonkarte.consent.ConsentForm;
import jp.salonkarte.consent.ConsentService;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.karte.Visit;
import jp.salonkarte.karte.ui.KarteSection;

/**
 * The 同意書 part of the karte: the customer's signed forms (title, version, date), each opening
 * the PDF viewer, and the button that asks for a new one; on a visit card the forms of that visit
 * and a button for one tied to the visit.
 */
@org.springframework.stereotype.Component
class ConsentKarteSection implements KarteSection {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/MM/dd(E) HH:mm", Locale.JAPANESE);

    private final ConsentService consents;
    private final AuditLog audit;

    ConsentKarteSection(ConsentService consents, AuditLog audit) {
        this.consents = consents;
        this.audit = audit;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forCustomer(Customer customer) {
        Div section = new Div();
        section.setId("karte-consents");
        section.addClassName("karte-consents");
        Span label = new Span(section.getTranslation("karte.consents"));
        label.addClassName("karte-consents-label");
        section.add(label);
        List<ConsentForm> forms = consents.forCustomer(customer.id());
        if (forms.isEmpty()) {
            Span none = new Span(section.getTranslation("karte.consents.none"));
            none.setId("karte-consents-none");
            none.addClassName("consent-none");
            section.add(none);
        }
        forms.forEach(f -> section.add(chip(section, f)));
        Button ask = new Button(section.getTranslation("karte.consents.new"), new Icon(VaadinIcon.FILE_TEXT_O),
                e -> UI.getCurrent().navigate("customers/consent/" + customer.id()));
        ask.setId("karte-consent-new");
        ask.addThemeVariants(ButtonVariant.TERTIARY);
        section.add(ask);
        return Optional.of(section);
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forVisit(Visit visit) {
        Div section = new Div();
        section.addClassName("karte-consents");
        section.addClassName("visit-consents");
        consents.forVisit(visit.id()).forEach(f -> section.add(chip(section, f)));
        Button ask = new Button(section.getTranslation("visit.consent.new"), new Icon(VaadinIcon.FILE_TEXT_O),
                e -> UI.getCurrent().navigate("customers/consent/" + visit.customerId() + "?visit=" + visit.id()));
        ask.setId("visit-consent-new-" + visit.id());
        ask.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        section.add(ask);
        return Optional.of(section);
    }

    private Button chip(com.vaadin.flow.component.Component any, ConsentForm form) {
        Button chip = new Button(form.title() + "（" + any.getTranslation("consent.version", form.versionNo()) + "） "
                + form.signedAt().format(WHEN), new Icon(VaadinIcon.FILE_TEXT),
                e -> {
                    audit.record(AuditKind.CONSENT_VIEWED, form.customerId(), "form=" + form.id());
                    new ConsentViewer(consents, form).open();
                });
        chip.setId("consent-form-" + form.id());
        chip.addClassName("consent-chip");
        chip.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        return chip;
    }
}
