package jp.salonkarte.analytics.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.analytics.CustomerList;

/**
 * The customers behind a customer figure or a cohort cell: name with furigana, visits, last visit
 * and next booking. Each row opens the karte; the list goes out as CSV.
 */
class CustomerDrillDialog extends Dialog {

    final Grid<CustomerList.Row> grid = new Grid<>();
    private final List<CustomerList.Row> rows;
    private final @Nullable Set<Long> counted;
    private final @Nullable String countedHeader;

    CustomerDrillDialog(String title, List<CustomerList.Row> rows, ReportCsv csv) {
        this(title, rows, null, null, csv);
    }

    /**
     * With {@code counted} and its column's name: the base of a share, the counted ones marked
     * (「再来」 ✓) and listed first.
     */
    CustomerDrillDialog(String title, List<CustomerList.Row> rows, @Nullable Set<Long> counted,
            @Nullable String countedHeader, ReportCsv csv) {
        this.rows = counted == null ? rows : rows.stream()
                .sorted(Comparator.comparing((CustomerList.Row r) -> !counted.contains(r.customerId()))).toList();
        this.counted = counted;
        this.countedHeader = countedHeader;
        setId("reports-customers");
        setHeaderTitle(title);
        setWidth("min(96vw, 900px)");
        grid.setId("reports-customers-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (counted != null) {
            grid.addColumn(r -> counted.contains(r.customerId()) ? "✓" : "").setKey("counted")
                    .setHeader(countedHeader).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.CENTER);
        }
        grid.addComponentColumn(CustomerDrillDialog::who).setHeader(getTranslation("reports.drill.customer"))
                .setFlexGrow(3);
        grid.addColumn(r -> getTranslation("reports.customers.visits", r.visits()))
                .setHeader(getTranslation("reports.customers.visitCount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> r.lastVisit() == null ? "—" : Periods.dayLabel(r.lastVisit(), getLocale()))
                .setHeader(getTranslation("reports.customers.last")).setAutoWidth(true);
        grid.addColumn(r -> r.nextBooking() == null ? "—" : Periods.dayLabel(r.nextBooking().toLocalDate(), getLocale()))
                .setHeader(getTranslation("reports.customers.next")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button karte = new Button(getTranslation("reports.drill.karte"), e -> {
                close();
                UI.getCurrent().navigate("customers/karte/" + r.customerId());
            });
            karte.setId("drill-customer-karte-" + r.customerId());
            return karte;
        }).setKey("open").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(this.rows);
        grid.setEmptyStateText(getTranslation("reports.customers.none"));
        grid.setHeight("min(60vh, 600px)");
        String size = rows.size() >= CustomerList.MAX ? getTranslation("reports.customers.countMax", rows.size())
                : getTranslation("reports.count", rows.size());
        Span count = new Span(counted == null ? size
                : size + "（" + countedHeader + " " + getTranslation("reports.count", counted.size()) + "）");
        count.setId("reports-customers-count");
        add(count, grid);
        Button close = new Button(getTranslation("reports.close"), e -> close());
        close.setId("reports-customers-close");
        getFooter().add(csv.link("reports-customers-csv", () -> title, this::csvRows), close);
    }

    /** The name, with its furigana under it in small type. */
    private static Div who(CustomerList.Row r) {
        Span name = new Span(r.name());
        name.getStyle().set("font-weight", "600");
        Span kana = new Span(r.kana());
        kana.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        Div who = new Div(name, kana);
        who.getStyle().set("display", "flex").set("flex-direction", "column");
        return who;
    }

    List<CustomerList.Row> rows() {
        return rows;
    }

    private List<List<String>> csvRows() {
        List<List<String>> lines = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(getTranslation("reports.drill.customerNo"),
                getTranslation("reports.drill.customer"), getTranslation("reports.customers.kana"),
                getTranslation("reports.customers.visitCount"), getTranslation("reports.customers.last"),
                getTranslation("reports.customers.next")));
        if (counted != null) {
            head.add(countedHeader);
        }
        lines.add(head);
        for (CustomerList.Row r : rows) {
            List<String> line = new ArrayList<>(List.of(r.customerNo(), r.name(), r.kana(), String.valueOf(r.visits()),
                    r.lastVisit() == null ? "" : r.lastVisit().toString(),
                    r.nextBooking() == null ? "" : r.nextBooking().toString()));
            if (counted != null) {
                line.add(counted.contains(r.customerId()) ? "1" : "0");
            }
            lines.add(line);
        }
        return lines;
    }
}
