package jp.salonkarte.analytics.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import jp.salonkarte.analytics.ContactList;
import jp.salonkarte.base.UserMessageException;
import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.base.ui.UserMessages;

/**
 * 「今日連絡したいお客様」: each customer with their medal, last visit, cycle and how far past it,
 * a call button (a {@code tel:} link: the iPad hands it to the phone) and 「連絡した」, which asks
 * how (電話・メール・LINE・その他) and takes the customer off the list for a week. Ids:
 * {@code contact-grid}, {@code contact-call-<id>}, {@code contact-done-<id>},
 * {@code contact-channel-<CHANNEL>}, {@code contact-note}.
 */
class ContactDialog extends Dialog {

    final Grid<ContactList.Candidate> grid = new Grid<>();
    private final List<ContactList.Candidate> rows;
    private final ContactList contacts;
    private final long storeId;
    private final Runnable changed;

    ContactDialog(List<ContactList.Candidate> candidates, ContactList contacts, long storeId, ReportCsv csv,
            Runnable changed) {
        this.rows = new ArrayList<>(candidates);
        this.contacts = contacts;
        this.storeId = storeId;
        this.changed = changed;
        setId("contact-dialog");
        setHeaderTitle(getTranslation("contact.title"));
        setWidth("min(96vw, 900px)");
        grid.setId("contact-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::who).setHeader(getTranslation("reports.drill.customer")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.setEmptyStateText(getTranslation("contact.none"));
        grid.setHeight("min(62vh, 640px)");
        add(grid);
        Button close = new Button(getTranslation("reports.close"), e -> close());
        close.setId("contact-close");
        getFooter().add(csv.link("contact-csv", () -> getTranslation("contact.title"), this::csvRows), close);
    }

    List<ContactList.Candidate> rows() {
        return rows;
    }

    private Component who(ContactList.Candidate c) {
        Span medal = new Span(c.rankName());
        medal.addClassName("rank-medal");
        medal.getStyle().set("color", c.rankColor());
        Span name = new Span(c.name() + "（" + c.kana() + "）");
        name.getStyle().set("font-weight", "600");
        Span last = new Span(getTranslation("contact.last", Periods.dayLabel(c.lastVisit(), getLocale()), c.cycleDays(),
                c.overdueDays()));
        last.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout top = new HorizontalLayout(medal, name);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        Div box = new Div(top, last);
        box.getStyle().set("display", "flex").set("flex-direction", "column");
        return box;
    }

    private Component actions(ContactList.Candidate c) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (c.phone() != null) {
            Anchor call = new Anchor("tel:" + c.phone().replaceAll("[^0-9+]", ""), "");
            Button callButton = new Button(getTranslation("contact.call"), new Icon(VaadinIcon.PHONE));
            callButton.setTabIndex(-1);
            call.add(callButton);
            call.setId("contact-call-" + c.customerId());
            buttons.add(call);
        }
        Button karte = new Button(getTranslation("reports.drill.karte"), e -> {
            close();
            UI.getCurrent().navigate("customers/karte/" + c.customerId());
        });
        karte.setId("contact-karte-" + c.customerId());
        Button done = new Button(getTranslation("contact.done"), new Icon(VaadinIcon.CHECK), e -> askHow(c));
        done.setId("contact-done-" + c.customerId());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        buttons.add(karte, done);
        return buttons;
    }

    /** How the customer was contacted, with an optional note; saved, they leave the list. */
    private void askHow(ContactList.Candidate c) {
        Dialog how = new Dialog();
        how.setId("contact-how");
        how.setHeaderTitle(getTranslation("contact.done.title", c.name()));
        TextField note = new TextField(getTranslation("contact.note"));
        note.setId("contact-note");
        note.setMaxLength(ContactList.NOTE_MAX_LENGTH);
        note.setWidthFull();
        HorizontalLayout channels = new HorizontalLayout();
        channels.getStyle().set("flex-wrap", "wrap");
        for (ContactList.Channel channel : ContactList.Channel.values()) {
            Button b = new Button(getTranslation(channel.labelKey()), e -> {
                try {
                    contacts.contacted(storeId, c.customerId(), channel, note.getValue());
                } catch (UserMessageException ex) {
                    UserMessages.show(this, ex);
                    return;
                }
                how.close();
                rows.remove(c);
                grid.getDataProvider().refreshAll();
                Notifications.success(getTranslation("contact.saved", c.name()));
                changed.run();
            });
            b.setId("contact-channel-" + channel.name());
            b.addThemeVariants(ButtonVariant.PRIMARY);
            channels.add(b);
        }
        how.add(note, channels);
        Button cancel = new Button(getTranslation("action.cancel"), e -> how.close());
        cancel.setId("contact-how-cancel");
        how.getFooter().add(cancel);
        how.open();
    }

    private List<List<String>> csvRows() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(getTranslation("reports.drill.customerNo"), getTranslation("reports.drill.customer"),
                getTranslation("reports.customers.kana"), getTranslation("rfm.rank.name"),
                getTranslation("reports.customers.last"), getTranslation("contact.csv.cycle"), getTranslation("contact.csv.overdue"),
                getTranslation("contact.csv.tel"), getTranslation("contact.csv.email")));
        for (ContactList.Candidate c : rows) {
            lines.add(List.of(String.valueOf(c.customerId()), c.name(), c.kana(), c.rankName(), c.lastVisit().toString(),
                    String.valueOf(c.cycleDays()), String.valueOf(c.overdueDays()), c.phone() == null ? "" : c.phone(),
                    c.email() == null ? "" : c.email()));
        }
        return lines;
    }
}
