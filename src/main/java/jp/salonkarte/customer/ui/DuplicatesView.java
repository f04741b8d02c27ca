package jp.salonkarte.customer.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.DuplicateFinder;
import jp.salonkarte.customer.DuplicateGroup;
import jp.salonkarte.store.Role;

/** Likely duplicates (重複の可能性), most certain first, each with why; tap to merge. */
@Route("customers/duplicates")
@PageTitle("Salon Karte")
@RolesAllowed({Role.OWNER_NAME, Role.MANAGER_NAME})
class DuplicatesView extends VerticalLayout {

    DuplicatesView(DuplicateFinder finder) {
        setMaxWidth("960px");
        add(new H2(getTranslation("duplicate.title")));
        var groups = finder.find();
        if (groups.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("duplicate.none"));
            none.setId("duplicates-none");
            add(none);
        }
        int index = 0;
        for (DuplicateGroup group : groups) {
            add(card(group, index++));
        }
    }

    private Div card(DuplicateGroup group, int index) {
        Div card = new Div();
        card.setId("duplicate-group-" + index);
        card.addClassName("duplicate-card");
        Span score = new Span(getTranslation("duplicate.score", group.score()));
        score.addClassName("duplicate-score");
        Span reasons = new Span(group.reasons().stream().sorted().map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining("・")));
        reasons.addClassName("duplicate-reasons");
        card.add(score, reasons);
        for (Customer c : group.customers()) {
            card.add(new Div(new Span(c.displayName() + "（" + c.displayKana() + "）"),
                    new Span(" No." + c.customerNo() + " " + (c.mobilePhone() == null ? "" : c.mobilePhone()))));
        }
        Customer first = group.customers().get(0);
        Customer second = group.customers().get(1);
        Button merge = new Button(getTranslation("duplicate.merge"), e -> getUI().ifPresent(ui -> ui.navigate(
                MergeView.class, new RouteParameters(java.util.Map.of("a", String.valueOf(first.id()), "b",
                        String.valueOf(second.id()))))));
        merge.setId("duplicate-merge-" + index);
        merge.addThemeVariants(ButtonVariant.PRIMARY);
        card.add(merge);
        return card;
    }
}
