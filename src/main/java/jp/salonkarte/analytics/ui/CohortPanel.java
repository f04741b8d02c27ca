package jp.salonkarte.analytics.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.analytics.Cohorts;
import jp.salonkarte.analytics.CustomerFigures;
import jp.salonkarte.analytics.CustomerList;
import jp.salonkarte.analytics.ReportScope;

/**
 * The cohort table (コホート): a row per month of first visits, how many came for the first time,
 * and the share of them who came again 1 … 6 months later, shaded by the share. The size and
 * every cell are buttons that list the customers behind them. Ids: {@code reports-cohorts},
 * {@code cohort-<yyyy-MM>-size}, {@code cohort-<yyyy-MM>-<n>}.
 */
class CohortPanel extends VerticalLayout {

    final Grid<Cohorts.Cohort> grid = new Grid<>();
    private final Cohorts cohorts;
    private final CustomerList customerList;
    private final ReportCsv csv;
    private @Nullable ReportScope shown;

    CohortPanel(Cohorts cohorts, CustomerList customerList, ReportCsv csv) {
        this.cohorts = cohorts;
        this.customerList = customerList;
        this.csv = csv;
        setPadding(false);
        String name = getTranslation("reports.cohort");
        Button info = new Button(new Icon(VaadinIcon.INFO_CIRCLE_O), e -> ReportDefinitions.show("reports.cohort"));
        info.setId("reports-cohorts-info");
        info.addThemeVariants(ButtonVariant.TERTIARY);
        info.setAriaLabel(getTranslation("reports.definition", name));
        HorizontalLayout head = new HorizontalLayout(new H3(name), info,
                csv.link("reports-cohorts-csv", () -> name, this::csvRows));
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        grid.setId("reports-cohorts");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> Periods.monthLabel(c.month(), getLocale())).setHeader(getTranslation("reports.cohort.month"))
                .setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        grid.addComponentColumn(this::sizeButton).setHeader(getTranslation("reports.cohort.size")).setAutoWidth(true)
                .setFlexGrow(0);
        for (int after = 1; after <= Cohorts.MONTHS_AFTER; after++) {
            int n = after;
            grid.addComponentColumn(c -> cellButton(c, n)).setKey("m" + n)
                    .setHeader(getTranslation("reports.cohort.after", n)).setFlexGrow(1).setWidth("64px");
        }
        add(head, grid);
    }

    /** Shows the cohorts of this scope; they do not depend on the period, so the same scope is not asked again. */
    void show(ReportScope scope) {
        if (Objects.equals(scope, shown)) {
            return;
        }
        shown = scope;
        grid.setItems(cohorts.table(scope));
    }

    private Component sizeButton(Cohorts.Cohort c) {
        Button b = new Button(getTranslation("reports.count", c.size()),
                e -> open(c, getTranslation("reports.cohort.members", Periods.monthLabel(c.month(), getLocale())),
                        c.customers()));
        b.setId("cohort-" + c.month() + "-size");
        b.addThemeVariants(ButtonVariant.TERTIARY);
        b.setEnabled(c.size() > 0);
        return b;
    }

    private Component cellButton(Cohorts.Cohort c, int after) {
        CustomerFigures.Share share = c.cell(after);
        if (share == null || share.percent() == null) {
            return new Span(share == null ? "" : "—");
        }
        double percent = share.percent();
        Button b = new Button(String.format(Locale.ROOT, "%.0f%%", percent), e -> open(c,
                getTranslation("reports.cohort.returned", Periods.monthLabel(c.month(), getLocale()), after),
                c.returned().get(after - 1)));
        b.setId("cohort-" + c.month() + "-" + after);
        b.addClassName("cohort-cell");
        b.setAriaLabel(getTranslation("reports.share", share.count(), share.of()));
        // Shaded by the share, as a heat map: darker is more customers who came again.
        b.getStyle().set("background", "rgba(123, 63, 97, " + String.format(Locale.ROOT, "%.2f", 0.08 + percent / 125) + ")")
                .set("color", percent > 45 ? "white" : "var(--lumo-body-text-color)");
        return b;
    }

    /** The table as it reads: month, customers, and the share of each later month (blank when not yet). */
    private List<List<String>> csvRows() {
        List<List<String>> lines = new java.util.ArrayList<>();
        List<String> head = new java.util.ArrayList<>(List.of(getTranslation("reports.cohort.month"),
                getTranslation("reports.cohort.size")));
        for (int after = 1; after <= Cohorts.MONTHS_AFTER; after++) {
            head.add(getTranslation("reports.cohort.after", after));
        }
        lines.add(head);
        if (shown == null) {
            return lines;
        }
        for (Cohorts.Cohort c : cohorts.table(shown)) {
            List<String> line = new java.util.ArrayList<>(List.of(c.month().toString(), String.valueOf(c.size())));
            for (int after = 1; after <= Cohorts.MONTHS_AFTER; after++) {
                CustomerFigures.Share share = c.cell(after);
                line.add(share == null || share.percent() == null ? ""
                        : String.format(Locale.ROOT, "%.1f", share.percent()));
            }
            lines.add(line);
        }
        return lines;
    }

    private void open(Cohorts.Cohort c, String title, @Nullable List<Long> ids) {
        if (shown == null || ids == null) {
            return;
        }
        new CustomerDrillDialog(title, customerList.rows(shown.storeId(), ids), csv).open();
    }
}
