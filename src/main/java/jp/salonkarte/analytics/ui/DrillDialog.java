package jp.salonkarte.analytics.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;

import jp.salonkarte.analytics.SalesReport;
import jp.salonkarte.base.Yen;

/**
 * The tickets behind a figure or a row: receipt number, day, customer, stylist and the part of
 * the ticket the figure counts (negative for a void or refund). Each row opens the customer's
 * karte or the ticket itself; the list goes out as CSV.
 */
class DrillDialog extends Dialog {

    final Grid<SalesReport.TicketRow> grid = new Grid<>();
    private final List<SalesReport.TicketRow> rows;

    DrillDialog(String title, List<SalesReport.TicketRow> rows, ReportCsv csv) {
        this.rows = rows;
        setId("reports-drill");
        setHeaderTitle(title);
        setWidth("min(96vw, 900px)");
        grid.setId("reports-drill-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // The receipt number starts with its day (20261123-0004); a refund shows the day it was handed back.
        grid.addColumn(r -> r.reversal() ? r.receiptNo() + "\n" + getTranslation("reports.drill.reversedOn",
                Periods.dayLabel(r.day(), getLocale())) : r.receiptNo())
                .setHeader(getTranslation("reports.drill.receipt")).setAutoWidth(true);
        grid.addColumn(r -> r.customerName() == null ? getTranslation("reports.drill.walkIn") : r.customerName())
                .setHeader(getTranslation("reports.drill.customer")).setFlexGrow(2);
        grid.addColumn(r -> r.staffName() == null ? "" : r.staffName()).setHeader(getTranslation("reports.drill.staff"))
                .setFlexGrow(1);
        grid.addColumn(r -> Yen.format(r.amount()) + (r.reversal() ? " " + getTranslation("reports.drill.reversed") : ""))
                .setHeader(getTranslation("reports.drill.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(this::open).setKey("open").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.setEmptyStateText(getTranslation("reports.drill.none"));
        grid.setHeight("min(60vh, 600px)");
        Span count = new Span(getTranslation("reports.drill.count", rows.size()));
        count.setId("reports-drill-count");
        add(count, grid);
        Button close = new Button(getTranslation("reports.close"), e -> close());
        close.setId("reports-drill-close");
        getFooter().add(csv.link("reports-drill-csv", () -> title, this::csvRows), close);
    }

    /** The karte for a customer's ticket, and the ticket (its day's list with the receipt open). */
    private Component open(SalesReport.TicketRow r) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(true);
        if (r.customerId() != null) {
            Button karte = new Button(getTranslation("reports.drill.karte"), e -> {
                close();
                UI.getCurrent().navigate("customers/karte/" + r.customerId());
            });
            karte.setId("drill-karte-" + r.ticketId() + (r.reversal() ? "-r" : ""));
            buttons.add(karte);
        }
        Button ticket = new Button(getTranslation("reports.drill.ticket"), e -> {
            close();
            UI.getCurrent().navigate("checkout/tickets", QueryParameters.simple(java.util.Map.of(
                    "day", r.receiptDay().toString(), "ticket", String.valueOf(r.ticketId()))));
        });
        ticket.setId("drill-ticket-" + r.ticketId() + (r.reversal() ? "-r" : ""));
        buttons.add(ticket);
        return buttons;
    }

    List<SalesReport.TicketRow> rows() {
        return rows;
    }

    private List<List<String>> csvRows() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(getTranslation("reports.drill.day"), getTranslation("reports.drill.receipt"),
                getTranslation("reports.drill.customerNo"), getTranslation("reports.drill.customer"),
                getTranslation("reports.drill.staff"), getTranslation("reports.drill.amount"),
                getTranslation("reports.drill.reversed")));
        for (SalesReport.TicketRow r : rows) {
            lines.add(List.of(r.day().toString(), r.receiptNo(), r.customerId() == null ? "" : String.valueOf(r.customerId()),
                    r.customerName() == null ? "" : r.customerName(), r.staffName() == null ? "" : r.staffName(),
                    String.valueOf(r.amount()), r.reversal() ? "1" : "0"));
        }
        return lines;
    }
}
