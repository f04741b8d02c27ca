package jp.salonkarte.analytics.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import jp.salonkarte.analytics.CustomerFigures;
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
    final Span tiers = new Span();
    private final CustomerFigures figures;
    private ReportScope scope;
    private Period period;

    CustomerPanel(CustomerFigures figures) {
        this.figures = figures;
        setPadding(false);
        returnDays.setId("reports-return-days");
        returnDays.setLabel(getTranslation("reports.returnDays"));
        returnDays.setItems(CustomerFigures.RETURN_DAYS);
        returnDays.setItemLabelGenerator(d -> getTranslation("reports.returnDays.option", d));
        returnDays.setValue(CustomerFigures.DEFAULT_RETURN_DAYS);
        returnDays.addValueChangeListener(e -> refresh());
        cards.setId("reports-customer-kpis");
        cards.addClassName("report-cards");
        tiers.setId("reports-tiers");
        tiers.addClassName("report-rates");
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
        cards.removeAll();
        cards.add(share("NEW_RETURNED", f.newReturned(), f.newUndecided() > 0
                ? getTranslation("reports.undecided", f.newUndecided()) : null));
        cards.add(share("NEW_REGULAR", f.newRegular(), null));
        cards.add(card("CYCLE", f.cycleMeanDays() == null ? "—"
                : getTranslation("reports.days", Math.round(f.cycleMeanDays())),
                f.cycleMedianDays() == null ? null : getTranslation("reports.median", Math.round(f.cycleMedianDays()))));
        cards.add(share("NOMINATED", f.nominated(), null));
        cards.add(share("REBOOKED", f.rebooked(), null));
        cards.add(share("LAPSED", f.lapsed(), null));
        cards.add(share("NO_SHOW", f.noShows(), null));
        cards.add(share("CANCELLED", f.cancellations(), null));
        StringBuilder line = new StringBuilder(getTranslation("reports.tiers"));
        f.tiers().forEach((tier, count) -> line.append("　").append(getTranslation(tier.labelKey())).append(' ')
                .append(getTranslation("reports.count", count)));
        tiers.setText(line.toString());
    }

    private FigureCard share(String key, CustomerFigures.Share share, String note) {
        String value = share.percent() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", share.percent());
        // People, tickets, visits or bookings: the base says what was counted.
        String unit = switch (key) {
            case "NOMINATED", "NO_SHOW", "CANCELLED" -> "reports.share.items";
            case "REBOOKED" -> "reports.share.visits";
            default -> "reports.share";
        };
        String detail = getTranslation(unit, share.count(), share.of());
        return card(key, value, note == null ? detail : detail + "　" + note);
    }

    private static FigureCard card(String key, String value, String detail) {
        return new FigureCard("reports.cust." + key, "reports-cust-" + key.toLowerCase(Locale.ROOT).replace('_', '-'),
                value, detail);
    }
}
