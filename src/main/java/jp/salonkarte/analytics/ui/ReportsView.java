package jp.salonkarte.analytics.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import jp.salonkarte.analytics.Period;
import jp.salonkarte.analytics.ReportScope;
import jp.salonkarte.analytics.SalesReport;
import jp.salonkarte.base.Yen;
import jp.salonkarte.base.ui.Chart;
import jp.salonkarte.base.ui.DatePickers;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;

/**
 * Reports (集計): a period's sales with the period before and the same period a year earlier,
 * every figure with its definition one tap away (the (i)), every figure and every table row
 * opening the tickets behind it, every list as CSV. Owners and managers choose the whole store
 * or one stylist; a STAFF member sees their own figures only (ReportScope).
 */
@Route(ReportsView.ROUTE)
@Menu(order = 40, title = "nav.reports", icon = "vaadin:chart")
@PageTitle("Salon Karte")
@PermitAll
public class ReportsView extends VerticalLayout {

    static final String ROUTE = "reports";

    /** The headline figures, in the order of the cards. */
    enum Kpi {
        SALES(SalesReport.Figures::sales, true), TAX_EXCLUDED(SalesReport.Figures::taxExcluded, true),
        CUSTOMERS(SalesReport.Figures::customers, false), PER_CUSTOMER(SalesReport.Figures::perCustomer, true),
        SERVICE_PER_CUSTOMER(SalesReport.Figures::servicePerCustomer, true),
        RETAIL_PER_CUSTOMER(SalesReport.Figures::retailPerCustomer, true);

        final ToLongFunction<SalesReport.Figures> value;
        final boolean yen;

        Kpi(ToLongFunction<SalesReport.Figures> value, boolean yen) {
            this.value = value;
            this.yen = yen;
        }

        String id() {
            return "reports-kpi-" + name().toLowerCase().replace('_', '-');
        }
    }

    private final SalesReport report;
    private final ReportScope widest;
    private final Map<Long, String> staffNames = new LinkedHashMap<>();

    private Period.Kind kind = Period.Kind.MONTH;
    private Period period;
    private SalesReport.By by = SalesReport.By.STAFF;
    private ReportScope scope;

    final Map<Period.Kind, Button> kindButtons = new EnumMap<>(Period.Kind.class);
    final DatePicker anchor = DatePickers.localized(new DatePicker());
    final DatePicker from = DatePickers.localized(new DatePicker());
    final DatePicker to = DatePickers.localized(new DatePicker());
    final Select<Long> staff = new Select<>();
    final Span periodLabel = new Span();
    final Div cards = new Div();
    final Div rates = new Div();
    final CustomerPanel customers;
    final CohortPanel cohorts;
    final RfmPanel rfm;
    final Chart daily = Chart.bars(List.of(), List.of());
    /** The first day of each bar of {@link #daily}, this period's and the previous one's. */
    private List<Period> bars = List.of();
    private List<Period> previousBars = List.of();
    final Map<SalesReport.By, Button> byButtons = new EnumMap<>(SalesReport.By.class);
    final Grid<SalesReport.Row> table = new Grid<>();
    private final ReportCsv csv;
    private SalesReport.Figures current;

    ReportsView(SalesReport report, ReportPanels panels, CurrentStaff currentStaff, StaffService staffService,
            ReportCsv csv, Clock clock) {
        this.report = report;
        this.csv = csv;
        this.widest = ReportScope.forCurrentStaff();
        this.customers = panels.customers(panels.settings.of(widest.storeId()).returnDays());
        this.cohorts = panels.cohorts();
        this.rfm = panels.rfm(widest.staffId() == null, this::refresh);
        this.scope = widest;
        LocalDate today = LocalDate.now(clock);
        this.period = Period.of(kind, today);
        addClassName("reports");
        setWidthFull();

        add(periodBar(today));
        if (widest.staffId() == null) {
            for (Staff s : staffService.list(widest.storeId())) {
                if (s.active()) {
                    staffNames.put(s.id(), s.displayName());
                }
            }
            staff.setId("reports-staff");
            staff.setLabel(getTranslation("reports.who"));
            List<Long> items = new ArrayList<>();
            items.add(0L);
            items.addAll(staffNames.keySet());
            staff.setItems(items);
            staff.setItemLabelGenerator(id -> id == 0L ? getTranslation("reports.who.store") : staffNames.get(id));
            staff.setValue(0L);
            staff.addValueChangeListener(e -> {
                Long chosen = e.getValue();
                scope = chosen == null || chosen == 0L ? widest : ReportScope.staff(widest.storeId(), chosen);
                refresh();
            });
            add(staff);
        } else {
            Span mine = new Span(getTranslation("reports.who.mine", currentStaff.require().displayName()));
            mine.setId("reports-mine");
            add(mine);
        }

        cards.setId("reports-kpis");
        cards.addClassName("report-cards");
        rates.setId("reports-rates");
        rates.addClassName("report-rates");
        daily.setId("reports-chart");
        daily.setYen(true);
        daily.setWidthFull();
        daily.addPointTapListener(e -> {
            List<Period> of = e.seriesIndex() == 0 ? bars : previousBars;
            if (e.dataIndex() >= 0 && e.dataIndex() < of.size()) {
                drill(of.get(e.dataIndex()), null, null, getTranslation("reports.kpi.SALES"));
            }
        });
        add(cards, rates, daily);

        add(customers, rfm);

        HorizontalLayout byBar = new HorizontalLayout();
        byBar.addClassName("report-by");
        byBar.getStyle().set("flex-wrap", "wrap");
        for (SalesReport.By b : SalesReport.By.values()) {
            if (b == SalesReport.By.PAYMENT && widest.staffId() != null) {
                continue;
            }
            Button button = new Button(getTranslation(b.labelKey()), e -> {
                by = b;
                refreshTable();
            });
            button.setId("reports-by-" + b.name().toLowerCase().replace('_', '-'));
            byButtons.put(b, button);
            byBar.add(button);
        }
        table.setId("reports-table");
        table.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        table.setAllRowsVisible(true);
        table.addColumn(this::label).setHeader(getTranslation("reports.col.name")).setFlexGrow(3);
        table.addColumn(r -> Yen.format(r.sales())).setHeader(getTranslation("reports.col.sales"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setFlexGrow(2);
        table.addColumn(r -> share(r.sales())).setHeader(getTranslation("reports.col.share"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setFlexGrow(1);
        table.addColumn(SalesReport.Row::customers).setHeader(getTranslation("reports.col.customers"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setFlexGrow(1);
        table.addItemClickListener(e -> drill(by, e.getItem().key(), label(e.getItem())));
        Component tableCsv = csv.link("reports-csv", () -> getTranslation(by.labelKey()), this::tableCsv);
        HorizontalLayout tableHead = new HorizontalLayout(new H3(getTranslation("reports.breakdown")), tableCsv);
        tableHead.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(tableHead, byBar, table);
        add(cohorts);
        refresh();
    }

    private Component periodBar(LocalDate today) {
        HorizontalLayout kinds = new HorizontalLayout();
        kinds.getStyle().set("flex-wrap", "wrap");
        for (Period.Kind k : Period.Kind.values()) {
            Button b = new Button(getTranslation(k.labelKey()), e -> choose(k));
            b.setId("reports-kind-" + k.name().toLowerCase());
            kindButtons.put(k, b);
            kinds.add(b);
        }
        Button previous = new Button(new Icon(VaadinIcon.ANGLE_LEFT), e -> show(period.previous()));
        previous.setId("reports-previous");
        previous.setAriaLabel(getTranslation("reports.previous"));
        Button next = new Button(new Icon(VaadinIcon.ANGLE_RIGHT), e -> show(period.next()));
        next.setId("reports-next");
        next.setAriaLabel(getTranslation("reports.next"));
        anchor.setId("reports-date");
        anchor.setAriaLabel(getTranslation("reports.date"));
        anchor.setValue(today);
        anchor.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(Period.of(kind, e.getValue()));
            }
        });
        from.setId("reports-from");
        from.setLabel(getTranslation("reports.from"));
        to.setId("reports-to");
        to.setLabel(getTranslation("reports.to"));
        from.addValueChangeListener(e -> customChanged(e.isFromClient()));
        to.addValueChangeListener(e -> customChanged(e.isFromClient()));
        periodLabel.setId("reports-period");
        periodLabel.addClassName("report-period");
        HorizontalLayout move = new HorizontalLayout(previous, anchor, from, to, next);
        move.setAlignItems(FlexComponent.Alignment.END);
        move.getStyle().set("flex-wrap", "wrap");
        VerticalLayout bar = new VerticalLayout(kinds, move, periodLabel);
        bar.setPadding(false);
        return bar;
    }

    private void choose(Period.Kind k) {
        kind = k;
        if (k == Period.Kind.CUSTOM) {
            from.setValue(period.from());
            to.setValue(period.to());
            show(Period.custom(period.from(), period.to()));
        } else {
            show(Period.of(k, anchor.getValue() == null ? period.to() : anchor.getValue()));
        }
    }

    private void customChanged(boolean fromClient) {
        if (!fromClient || kind != Period.Kind.CUSTOM) {
            return;
        }
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        if (from.getValue().isAfter(to.getValue())) {
            to.setErrorMessage(getTranslation("reports.error.order"));
            to.setInvalid(true);
            return;
        }
        try {
            show(Period.custom(from.getValue(), to.getValue()));
        } catch (IllegalArgumentException tooLong) {
            to.setErrorMessage(getTranslation("reports.error.long"));
            to.setInvalid(true);
        }
    }

    void show(Period p) {
        period = p;
        kind = p.kind();
        if (kind != Period.Kind.CUSTOM) {
            anchor.setValue(p.from());
        } else {
            from.setValue(p.from());
            to.setValue(p.to());
        }
        refresh();
    }

    Period period() {
        return period;
    }

    void refresh() {
        kindButtons.forEach((k, b) -> theme(b, k == kind));
        anchor.setVisible(kind != Period.Kind.CUSTOM);
        from.setVisible(kind == Period.Kind.CUSTOM);
        to.setVisible(kind == Period.Kind.CUSTOM);
        periodLabel.setText(Periods.label(period, getLocale()));
        current = report.figures(scope, period);
        SalesReport.Figures previous = report.figures(scope, period.previous());
        SalesReport.Figures lastYear = report.figures(scope, period.lastYear());
        cards.removeAll();
        for (Kpi kpi : Kpi.values()) {
            cards.add(card(kpi, current, previous, lastYear));
        }
        rates.removeAll();
        current.salesByRate().forEach((rate, sales) -> {
            Span r = new Span(getTranslation("reports.rate", rate, Yen.format(sales),
                    Yen.format(current.taxByRate().getOrDefault(rate, 0L))));
            r.setId("reports-rate-" + rate);
            rates.add(r);
        });
        if (current.voided() != 0 || current.refunded() != 0) {
            Span reversed = new Span(getTranslation("reports.reversed", Yen.format(current.voided()),
                    Yen.format(current.refunded())));
            reversed.setId("reports-reversed");
            rates.add(reversed);
        }
        refreshChart(previous);
        customers.show(scope, period);
        refreshTable();
        cohorts.show(scope);
        rfm.show(scope);
    }

    /**
     * Sales per day (per month beyond two months) of this period against the period before, bar by
     * bar; a tap on a bar opens that day's tickets. A single day has no chart.
     */
    private void refreshChart(SalesReport.Figures previous) {
        daily.setVisible(period.days() > 1);
        if (period.days() <= 1) {
            return;
        }
        bars = Periods.buckets(period);
        previousBars = Periods.buckets(period.previous());
        List<Long> now = Periods.sums(bars, report.breakdown(scope, period, SalesReport.By.DAY));
        List<Long> before = Periods.sums(previousBars, report.breakdown(scope, period.previous(), SalesReport.By.DAY));
        while (before.size() < now.size()) {
            before.add(null);
        }
        List<String> labels = bars.stream().map(b -> Periods.barLabel(b, getLocale())).toList();
        daily.setTitle(getTranslation("reports.chart"));
        daily.setData(labels, List.of(new Chart.Series(getTranslation("reports.chart.now"), now),
                new Chart.Series(getTranslation("reports.chart.previous"), before.subList(0, now.size()))));
    }

    private Component card(Kpi kpi, SalesReport.Figures now, SalesReport.Figures before, SalesReport.Figures yearAgo) {
        long value = kpi.value.applyAsLong(now);
        String key = "reports.kpi." + kpi.name();
        FigureCard card = new FigureCard(key, kpi.id(), kpi.yen ? Yen.format(value) : getTranslation("reports.count", value),
                getTranslation("reports.vs.previous", Periods.change(value, kpi.value.applyAsLong(before))) + "　"
                        + getTranslation("reports.vs.lastYear", Periods.change(value, kpi.value.applyAsLong(yearAgo))));
        // The whole card opens the tickets behind it; the (i) opens the definition instead.
        card.addClickListener(e -> drill(null, null, getTranslation(key)));
        return card;
    }

    private void refreshTable() {
        byButtons.forEach((b, button) -> theme(button, b == by));
        table.setItems(report.breakdown(scope, period, by));
    }

    void drill(SalesReport.By rowBy, String key, String title) {
        drill(period, rowBy, key, title);
    }

    void drill(Period of, SalesReport.By rowBy, String key, String title) {
        List<SalesReport.TicketRow> rows = report.tickets(scope, of, rowBy, key);
        new DrillDialog(title + "　" + Periods.label(of, getLocale()), rows, csv).open();
    }

    String label(SalesReport.Row r) {
        return switch (by) {
            case DAY -> Periods.dayLabel(LocalDate.parse(r.key()), getLocale());
            case STAFF -> r.key().equals("0") ? getTranslation("reports.noStaff") : r.label();
            case MENU -> r.key().equals("0") ? getTranslation("reports.freeItems") : r.label();
            case CATEGORY -> r.key().equals("FREE") ? getTranslation("reports.freeItems")
                    : getTranslation("menu.category." + r.key());
            case KIND -> getTranslation("reports.kind." + r.key());
            case PAYMENT -> getTranslation(jp.salonkarte.checkout.PaymentMethod.valueOf(r.key()).labelKey());
            case CUSTOMER_TYPE -> getTranslation("reports.customerType." + r.key());
        };
    }

    private String share(long sales) {
        long total = current == null ? 0 : current.sales();
        return total == 0 ? "—" : String.format(getLocale(), "%.1f%%", sales * 100.0 / total);
    }

    private List<List<String>> tableCsv() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(getTranslation("reports.col.name"), getTranslation("reports.col.sales"),
                getTranslation("reports.col.customers"), getTranslation("reports.col.quantity")));
        for (SalesReport.Row r : report.breakdown(scope, period, by)) {
            lines.add(List.of(label(r), String.valueOf(r.sales()), String.valueOf(r.customers()),
                    String.valueOf(r.quantity())));
        }
        return lines;
    }

    private static void theme(Button b, boolean selected) {
        if (selected) {
            b.addThemeVariants(ButtonVariant.PRIMARY);
        } else {
            b.removeThemeVariants(ButtonVariant.PRIMARY);
        }
    }
}
