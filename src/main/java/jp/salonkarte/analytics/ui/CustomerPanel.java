package jp.salonkarte.analytics.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import jp.salonkarte.analytics.CustomerFigures;
import jp.salonkarte.analytics.CustomerList;
import jp.salonkarte.analytics.Period;
import jp.salonkarte.analytics.ReportScope;

/**
 * The customer figures of the reports screen (お客様の数字): each a share with what it counts
 * (「50.0%（2/4人）」) and its definition, the 新規再来率's window (30/60/90 days) to choose, and the
 * visit-count tiers.
 */
class CustomerPanel extends VerticalLayout {

    final Select<Integer> returnDays = new Select<>();
    final Div cards = new Div();
    final HorizontalLayout tiers = new HorizontalLayout();
    private final CustomerFigures figures;
    private final CustomerList customerList;
    private final ReportCsv csv;
    private ReportScope scope;
    private Period period;
    private CustomerFigures.Figures previous;
    private CustomerFigures.Figures lastYear;

    CustomerPanel(CustomerFigures figures, CustomerList customerList, ReportCsv csv, int defaultReturnDays) {
        this.figures = figures;
        this.customerList = customerList;
        this.csv = csv;
        setPadding(false);
        returnDays.setId("reports-return-days");
        returnDays.setLabel(getTranslation("reports.returnDays"));
        returnDays.setItems(CustomerFigures.RETURN_DAYS);
        returnDays.setItemLabelGenerator(d -> getTranslation("reports.returnDays.option", d));
        returnDays.setValue(defaultReturnDays);
        returnDays.addValueChangeListener(e -> refresh());
        cards.setId("reports-customer-kpis");
        cards.addClassName("report-cards");
        tiers.setId("reports-tiers");
        tiers.addClassName("report-rates");
        tiers.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout head = new HorizontalLayout(new H3(getTranslation("reports.customers")), returnDays);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(head, cards, tiers);
    }

    void show(ReportScope newScope, Period newPeriod) {
        scope = newScope;
        period = newPeriod;
        refresh();
    }

    private void refresh() {
        if (scope == null) {
            return;
        }
        int days = returnDays.getValue() == null ? CustomerFigures.DEFAULT_RETURN_DAYS : returnDays.getValue();
        CustomerFigures.Figures f = figures.figures(scope, period, days);
        previous = figures.figures(scope, period.previous(), days);
        lastYear = figures.figures(scope, period.lastYear(), days);
        cards.removeAll();
        FigureCard returned = share("NEW_RETURNED", f.newReturned(), f.newUndecided() > 0
                ? getTranslation("reports.undecided", f.newUndecided()) : null);
        if (f.newUndecided() > 0 && f.newUndecided() == f.newReturned().of() - f.newReturned().count()
                && f.newReturned().count() == 0) {
            // Everyone's window is still open (a period that just began): no rate yet, not 0 %.
            returned.setValue(getTranslation("reports.undecided.value"));
        }
        cards.add(returned);
        cards.add(share("NEW_REGULAR", f.newRegular(), null));
        cards.add(card("CYCLE", f.cycleMeanDays() == null ? "—"
                : getTranslation("reports.days", Math.round(f.cycleMeanDays())),
                f.cycleMedianDays() == null ? null : getTranslation("reports.median", Math.round(f.cycleMedianDays()))));
        cards.add(share("NOMINATED", f.nominated(), null));
        cards.add(share("REBOOKED", f.rebooked(), null));
        cards.add(share("LAPSED", f.lapsed(), null));
        cards.add(share("NO_SHOW", f.noShows(), null));
        cards.add(share("CANCELLED", f.cancellations(), null));
        tiers.removeAll();
        tiers.add(new Span(getTranslation("reports.tiers")));
        f.tiers().forEach((tier, count) -> {
            Button b = new Button(getTranslation(tier.labelKey()) + " " + getTranslation("reports.count", count),
                    e -> open(CustomerFigures.Figure.valueOf("TIER_" + tier.name()), getTranslation(tier.labelKey()),
                            null));
            b.setId("reports-tier-" + tier.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            b.addThemeVariants(ButtonVariant.TERTIARY);
            b.setEnabled(count > 0);
            tiers.add(b);
        });
    }

    /** The customers behind a figure; with a counted column unless everyone listed counts. */
    private void open(CustomerFigures.Figure figure, String title, String countedKey) {
        int days = returnDays.getValue() == null ? CustomerFigures.DEFAULT_RETURN_DAYS : returnDays.getValue();
        CustomerFigures.Behind behind = figures.behind(scope, period, days, figure);
        List<CustomerList.Row> rows = customerList.rows(scope.storeId(), behind.base());
        String full = title + "　" + Periods.label(period, getLocale());
        new CustomerDrillDialog(full, rows, countedKey == null ? null : behind.counted(),
                countedKey == null ? null : getTranslation(countedKey), csv).open();
    }

    private FigureCard share(String key, CustomerFigures.Share share, String note) {
        String value = percent(share);
        // People, tickets, visits or bookings: the base says what was counted.
        String unit = switch (key) {
            case "NOMINATED", "NO_SHOW", "CANCELLED" -> "reports.share.items";
            case "REBOOKED" -> "reports.share.visits";
            default -> "reports.share";
        };
        String detail = getTranslation(unit, share.count(), share.of());
        return card(key, value, note == null ? detail : detail + "　" + note)
                .withCompare(getTranslation("reports.cmp.previous", percent(SHARES.get(key).apply(previous))) + "　"
                        + getTranslation("reports.cmp.lastYear", percent(SHARES.get(key).apply(lastYear))))
                .withList(() -> open(CustomerFigures.Figure.valueOf(key), getTranslation("reports.cust." + key),
                        "reports.counted." + key));
    }

    /** Which share of the figures each card shows, to compare it with the period before and last year. */
    private static final Map<String, Function<CustomerFigures.Figures, CustomerFigures.Share>> SHARES = Map.of(
            "NEW_RETURNED", CustomerFigures.Figures::newReturned, "NEW_REGULAR", CustomerFigures.Figures::newRegular,
            "NOMINATED", CustomerFigures.Figures::nominated, "REBOOKED", CustomerFigures.Figures::rebooked,
            "LAPSED", CustomerFigures.Figures::lapsed, "NO_SHOW", CustomerFigures.Figures::noShows,
            "CANCELLED", CustomerFigures.Figures::cancellations);

    private static String percent(CustomerFigures.Share share) {
        return share.percent() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", share.percent());
    }

    private static FigureCard card(String key, String value, String detail) {
        return new FigureCard("reports.cust." + key, "reports-cust-" + key.toLowerCase(Locale.ROOT).replace('_', '-'),
                value, detail);
    }
}
