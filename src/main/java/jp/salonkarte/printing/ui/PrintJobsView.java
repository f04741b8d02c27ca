package jp.salonkarte.printing.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;

import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.printing.PrintJob;
import jp.salonkarte.printing.PrintQueue;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;

/**
 * Print jobs (印刷状況): the latest jobs with their state, attempts and last error in words staff
 * understand, with 再試行 (try now) and 取消 (cancel). Refreshes itself every few seconds.
 */
@Route(PrintJobsView.ROUTE)
@Menu(order = 35, title = "nav.printJobs", icon = "vaadin:print")
@PageTitle("Salon Karte")
@PermitAll
class PrintJobsView extends VerticalLayout {

    static final String ROUTE = "printing/jobs";
    private static final int SHOWN = 50;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("MM/dd HH:mm:ss");

    final Grid<PrintJob> grid = new Grid<>();
    private final PrintQueue queue;
    private final Store store;
    private Registration poll;

    PrintJobsView(PrintQueue queue, StoreService stores) {
        this.queue = queue;
        this.store = stores.currentStore().orElseThrow();
        setSizeFull();

        H2 title = new H2(getTranslation("printing.jobs.title"));
        Button refresh = new Button(getTranslation("printing.jobs.refresh"), e -> refresh());
        refresh.setId("print-jobs-refresh");

        grid.setId("print-jobs");
        grid.setEmptyStateText(getTranslation("printing.jobs.none"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(j -> AT.format(j.createdAt())).setHeader(getTranslation("printing.jobs.created")).setAutoWidth(true);
        grid.addComponentColumn(j -> {
            // The error right under the job, so it stays in view on an iPad in portrait.
            Span what = new Span(j.title());
            if (j.lastError() == null) {
                return what;
            }
            Span error = new Span(j.lastError());
            error.setId("print-job-error-" + j.id());
            error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)")
                    .set("word-break", "break-word");
            VerticalLayout cell = new VerticalLayout(what, error);
            cell.setPadding(false);
            cell.setSpacing(false);
            return cell;
        }).setHeader(getTranslation("printing.jobs.job")).setWidth("12em").setFlexGrow(3);
        grid.addColumn(PrintJob::printerName).setHeader(getTranslation("printing.jobs.printer")).setWidth("8em")
                .setFlexGrow(1);
        grid.addComponentColumn(j -> {
            Span s = new Span(getTranslation("printing.status." + j.status().name()));
            s.setId("print-job-status-" + j.id());
            s.getElement().getThemeList().add("badge" + switch (j.status()) {
                case PRINTED -> " success";
                case FAILED -> " error";
                case CANCELLED -> " contrast";
                case QUEUED -> j.lastError() == null ? "" : " error";
                case SENDING -> "";
            });
            return s;
        }).setHeader(getTranslation("printing.jobs.status")).setAutoWidth(true);
        grid.addColumn(PrintJob::attempts).setHeader(getTranslation("printing.jobs.attempts")).setWidth("5em")
                .setFlexGrow(0);
        grid.addComponentColumn(j -> {
            // Stacked, so the grid fits an iPad in portrait.
            VerticalLayout actions = new VerticalLayout();
            actions.setPadding(false);
            actions.getStyle().set("gap", "var(--lumo-space-xs)");
            if (j.canRetry()) {
                Button retry = new Button(getTranslation("printing.jobs.retry"), e -> retry(j));
                retry.setId("print-job-retry-" + j.id());
                retry.addThemeVariants(ButtonVariant.PRIMARY);
                actions.add(retry);
            }
            if (j.canCancel()) {
                Button cancel = new Button(getTranslation("printing.jobs.cancel"), e -> cancel(j));
                cancel.setId("print-job-cancel-" + j.id());
                cancel.addThemeVariants(ButtonVariant.ERROR);
                actions.add(cancel);
            }
            return actions;
        }).setAutoWidth(true).setFlexGrow(0);

        add(new HorizontalLayout(title, refresh), grid);
        refresh();
    }

    void retry(PrintJob j) {
        if (queue.retry(j.id())) {
            Notifications.success(getTranslation("printing.jobs.retried"));
        }
        refresh();
    }

    void cancel(PrintJob j) {
        queue.cancel(j.id());
        refresh();
    }

    void refresh() {
        grid.setItems(queue.recent(store.id(), SHOWN));
    }

    @Override
    protected void onAttach(AttachEvent e) {
        e.getUI().setPollInterval(5000);
        poll = e.getUI().addPollListener(p -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent e) {
        if (poll != null) {
            poll.remove();
        }
        e.getUI().setPollInterval(-1);
    }
}
