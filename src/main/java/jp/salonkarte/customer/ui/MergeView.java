package jp.salonkarte.customer.ui;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerMergeService;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.store.Role;

/**
 * Merge two records of one person (顧客統合): choose which record stays, choose field by
 * field, see what moves, merge. The merge can be undone from the customer's history.
 */
@Route("customers/merge/:a/:b")
@PageTitle("Salon Karte")
@RolesAllowed({Role.OWNER_NAME, Role.MANAGER_NAME})
class MergeView extends VerticalLayout implements BeforeEnterObserver {

    final RadioButtonGroup<Customer> survivorPick = new RadioButtonGroup<>();
    final Map<MergeField, RadioButtonGroup<MergeField.Side>> choices = new LinkedHashMap<>();
    private final CustomerMergeService merging;
    private final CurrentStaff currentStaff;
    private final Clock clock;
    private final Div fields = new Div();
    private final Div preview = new Div();
    private Customer a;
    private Customer b;

    MergeView(CustomerMergeService merging, CurrentStaff currentStaff, Clock clock) {
        this.merging = merging;
        this.currentStaff = currentStaff;
        this.clock = clock;
        setMaxWidth("960px");
        survivorPick.setId("merge-survivor");
        survivorPick.setLabel(getTranslation("merge.survivor"));
        survivorPick.setItemLabelGenerator(c -> c.displayName() + "（No." + c.customerNo() + "）");
        survivorPick.addValueChangeListener(e -> showFields());
        fields.addClassName("merge-fields");
        preview.setId("merge-preview");
        preview.addClassName("merge-preview");
        Button merge = new Button(getTranslation("merge.confirm"), e -> merge());
        merge.setId("merge-confirm");
        merge.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        Button cancel = new Button(getTranslation("action.cancel"),
                e -> getUI().ifPresent(ui -> ui.navigate("customers/duplicates")));
        cancel.setId("merge-cancel");
        add(new H2(getTranslation("merge.title")), new Paragraph(getTranslation("merge.intro")), survivorPick, fields,
                preview, new com.vaadin.flow.component.orderedlayout.HorizontalLayout(cancel, merge));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long idA = event.getRouteParameters().getLong("a").orElse(-1L);
        long idB = event.getRouteParameters().getLong("b").orElse(-1L);
        if (idA == idB || idA < 0 || idB < 0) {
            event.forwardTo("customers/duplicates");
            return;
        }
        var p = merging.preview(idA, idB);
        a = p.survivor();
        b = p.merged();
        survivorPick.setItems(a, b);
        survivorPick.setValue(a.createdAt().isAfter(b.createdAt()) ? b : a);
    }

    private Customer other() {
        return survivorPick.getValue() == a ? b : a;
    }

    private void showFields() {
        fields.removeAll();
        choices.clear();
        CustomerDraft survivor = CustomerDraft.of(survivorPick.getValue());
        CustomerDraft other = CustomerDraft.of(other());
        for (MergeField field : MergeField.ALL) {
            String s = field.show().apply(survivor);
            String o = field.show().apply(other);
            if ((s == null || s.isBlank()) && (o == null || o.isBlank())) {
                continue;
            }
            RadioButtonGroup<MergeField.Side> group = new RadioButtonGroup<>(getTranslation(field.labelKey()));
            group.setId("merge-field-" + field.id());
            group.setItems(field.canKeepBoth(survivor, other)
                    ? new MergeField.Side[] {MergeField.Side.SURVIVOR, MergeField.Side.OTHER, MergeField.Side.BOTH}
                    : new MergeField.Side[] {MergeField.Side.SURVIVOR, MergeField.Side.OTHER});
            group.setItemLabelGenerator(side -> switch (side) {
                case SURVIVOR -> "No." + survivor.customerNo + "：" + blankAsDash(s);
                case OTHER -> "No." + other.customerNo + "：" + blankAsDash(o);
                case BOTH -> getTranslation("merge.keep-both");
            });
            group.setValue(field.defaultSide(survivor, other));
            choices.put(field, group);
            fields.add(group);
        }
        var p = merging.preview(survivorPick.getValue().id(), other().id());
        preview.removeAll();
        StringBuilder moves = new StringBuilder();
        p.moves().forEach((key, n) -> moves.append(getTranslation(key)).append(" ").append(n).append("　"));
        preview.add(new Paragraph(getTranslation("merge.preview.moves",
                moves.isEmpty() ? getTranslation("merge.preview.nothing") : moves.toString().strip())));
        preview.add(new Paragraph(getTranslation("merge.preview.tags", String.join("、", p.tagsAfter()))));
        preview.add(new Paragraph(getTranslation("merge.preview.other", other().displayName(), other().customerNo())));
    }

    private static String blankAsDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    void merge() {
        CustomerDraft survivor = CustomerDraft.of(survivorPick.getValue());
        CustomerDraft other = CustomerDraft.of(other());
        choices.forEach((field, group) -> field.apply(group.getValue(), survivor, other));
        Customer result = survivor.toCustomer(clock.instant());
        merging.merge(result, other().id());
        Notifications.success(getTranslation("merge.done"));
        getUI().ifPresent(ui -> ui.navigate(CustomerEditView.class,
                new RouteParameters("id", String.valueOf(result.id()))));
    }
}
