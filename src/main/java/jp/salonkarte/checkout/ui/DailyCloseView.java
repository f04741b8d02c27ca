package jp.salonkarte.checkout.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

import jp.salonkarte.base.Yen;
import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.checkout.CheckoutService;
import jp.salonkarte.checkout.DailyClose;
import jp.salonkarte.checkout.DailyCloseService;
import jp.salonkarte.checkout.PaymentMethod;
import jp.salonkarte.printing.PrinterService;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.store.Role;

/**
 * The register close (レジ締め): the day's sales and the cash the drawer should hold, a count of
 * every note and coin (steppers for the finger; the numeric keyboard for typing), and the
 * over/short as it is counted. 締める records it and freezes the day; a closed day shows its report.
 */
@Route("checkout/close")
@PageTitle("Salon Karte")
@RolesAllowed({Role.OWNER_NAME, Role.MANAGER_NAME})
class DailyCloseView extends VerticalLayout {

    static final long DEFAULT_FLOAT = 30_000;

    private final DailyCloseService closes;
    private final PrinterService printers;
    private final long storeId;
    final DatePicker day = new DatePicker();
    final IntegerField openingFloat = new IntegerField();
    final Map<Integer, IntegerField> counts = new LinkedHashMap<>();
    final TextField note = new TextField();
    final Div summary = new Div();
    final Span expected = new Span();
    final Span counted = new Span();
    final Span overShort = new Span();
    final Button commit = new Button();
    final Button print = new Button();
    final FormLayout form = new FormLayout();

    DailyCloseView(DailyCloseService closes, CheckoutService checkout, CurrentStaff currentStaff,
            PrinterService printers) {
        this.closes = closes;
        this.printers = printers;
        this.storeId = currentStaff.require().storeId();
        setPadding(true);
        add(new H2(getTranslation("close.title")));

        day.setId("close-day");
        day.setLabel(getTranslation("close.day"));
        day.setMax(checkout.today());
        day.setValue(checkout.today());
        day.addValueChangeListener(e -> load());

        openingFloat.setId("close-float");
        openingFloat.setLabel(getTranslation("close.float"));
        openingFloat.setValue((int) DEFAULT_FLOAT);
        openingFloat.setMin(0);
        openingFloat.setStepButtonsVisible(true);
        openingFloat.setStep(1000);
        openingFloat.addValueChangeListener(e -> recalc());

        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("700px", 3));
        for (int d : DailyClose.DENOMINATIONS) {
            IntegerField f = new IntegerField(Yen.format(d));
            f.setId("close-count-" + d);
            f.setMin(0);
            f.setMax(DailyClose.COUNT_MAX);
            f.setValue(0);
            f.setStepButtonsVisible(true);
            f.setMinHeight("44px");
            f.addValueChangeListener(e -> recalc());
            counts.put(d, f);
            form.add(f);
        }
        note.setId("close-note");
        note.setLabel(getTranslation("close.note"));
        note.setMaxLength(DailyClose.NOTE_MAX_LENGTH);
        note.setWidthFull();

        expected.setId("close-expected");
        counted.setId("close-counted");
        overShort.setId("close-over-short");
        overShort.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.BOLD);
        commit.setText(getTranslation("close.commit"));
        commit.setId("close-commit");
        commit.setMinHeight("56px");
        commit.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        commit.addClickListener(e -> confirmClose());
        // The report goes to the receipt printer through the print queue; without one, the iPad prints the page.
        print.setText(getTranslation("close.print"));
        print.setId("close-print");
        print.setMinHeight("56px");
        print.addClickListener(e -> printReport());
        summary.setId("close-summary");
        add(day, summary, openingFloat, form, note, expected, counted, overShort, commit, print);
        load();
    }

    private DailyClose.CashSummary cash() {
        return closes.summary(storeId, day.getValue());
    }

    void load() {
        if (day.getValue() == null) {
            return;
        }
        var closed = closes.find(storeId, day.getValue());
        DailyClose.CashSummary s = cash();
        summary.removeAll();
        summary.add(line(getTranslation("close.sales", s.tickets(), Yen.format(s.sales()))));
        for (PaymentMethod m : PaymentMethod.values()) {
            summary.add(line(getTranslation(m.labelKey()) + " " + Yen.format(s.byMethod().getOrDefault(m, 0L))));
        }
        summary.add(line(getTranslation("close.reversals", s.reversals(), Yen.format(s.reversed()))));
        boolean open = closed.isEmpty();
        closed.ifPresent(c -> {
            openingFloat.setValue((int) c.openingFloat());
            c.counts().forEach((d, n) -> counts.get(d).setValue(n));
            note.setValue(c.note() == null ? "" : c.note());
            summary.add(line(getTranslation("close.closed", c.closedAt().toLocalTime().withNano(0).toString())));
        });
        openingFloat.setReadOnly(!open);
        counts.values().forEach(f -> f.setReadOnly(!open));
        note.setReadOnly(!open);
        commit.setVisible(open);
        print.setVisible(!open);
        recalc();
    }

    private static Div line(String text) {
        return new Div(new Span(text));
    }

    Map<Integer, Integer> countValues() {
        Map<Integer, Integer> values = new LinkedHashMap<>();
        counts.forEach((d, f) -> values.put(d, f.getValue() == null ? 0 : f.getValue()));
        return values;
    }

    void recalc() {
        if (day.getValue() == null) {
            return;
        }
        long floatYen = openingFloat.getValue() == null ? 0 : openingFloat.getValue();
        long expectedYen = closes.find(storeId, day.getValue()).map(DailyClose::expectedCash)
                .orElseGet(() -> cash().expected(floatYen));
        long countedYen;
        try {
            countedYen = DailyClose.total(countValues());
        } catch (IllegalArgumentException e) {
            overShort.setText(getTranslation("close.error.count"));
            return;
        }
        long diff = countedYen - expectedYen;
        expected.setText(getTranslation("close.expected", Yen.format(expectedYen)));
        counted.setText(getTranslation("close.counted", Yen.format(countedYen)));
        overShort.setText(getTranslation(diff == 0 ? "close.even" : diff > 0 ? "close.over" : "close.short",
                Yen.format(Math.abs(diff))));
    }

    /**
     * A close freezes the day for good, so the count and its over/short are shown once more and
     * must be confirmed: an accidental tap on an uncounted drawer would otherwise close the day.
     */
    void confirmClose() {
        long floatYen = openingFloat.getValue() == null ? 0 : openingFloat.getValue();
        long diff;
        try {
            diff = DailyClose.total(countValues()) - cash().expected(floatYen);
        } catch (IllegalArgumentException e) {
            Notifications.error(getTranslation("close.error.count"));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("close-confirm");
        confirm.setHeader(getTranslation("close.confirm.title",
                jp.salonkarte.base.DateFormats.day(getLocale()).format(day.getValue())));
        confirm.setText(getTranslation(diff == 0 ? "close.even" : diff > 0 ? "close.over" : "close.short",
                Yen.format(Math.abs(diff))) + "。" + getTranslation("close.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("close.commit"));
        confirm.addConfirmListener(e -> close());
        confirm.open();
    }

    void close() {
        long floatYen = openingFloat.getValue() == null ? -1 : openingFloat.getValue();
        DailyClose c = closes.close(storeId, day.getValue(), floatYen, countValues(), note.getValue());
        Notifications.success(getTranslation("close.done", Yen.format(c.overShort())) + " "
                + getTranslation(printers.receiptPrinter(storeId).isPresent() ? "close.reportQueued" : "close.noPrinter"));
        load();
    }

    void printReport() {
        if (closes.printReport(storeId, day.getValue()) < 0) {
            Notifications.error(getTranslation("close.noPrinter"));
            getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()"));
        } else {
            Notifications.success(getTranslation("close.reportQueued"));
        }
    }

    LocalDate selectedDay() {
        return day.getValue();
    }
}
