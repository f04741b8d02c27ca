package jp.salonkarte.printing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.dao.OptimisticLockingFailureException;

import jp.salonkarte.base.ui.EditorDialog;
import jp.salonkarte.base.ui.Notifications;

import jp.salonkarte.printing.BridgeTokens;
import jp.salonkarte.printing.Printer;
import jp.salonkarte.printing.PrinterType;
import jp.salonkarte.printing.PrinterService;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;
import jp.salonkarte.store.ui.SettingsTabs;

/**
 * Printer settings (プリンター設定): the store's receipt printers (ESC/POS: address, paper width,
 * Japanese mode) and document printers (IPP uri), a test print for either, the receipt logo, the
 * print bridge's tokens, and the way to the print jobs.
 */
@Route(SettingsTabs.PRINTERS_ROUTE)
@PageTitle("Salon Karte")
@RolesAllowed({Role.OWNER_NAME, Role.MANAGER_NAME})
class PrintersView extends VerticalLayout {

    final Grid<Printer> grid = new Grid<>();
    final Upload logo = new Upload();
    final Span logoState = new Span();
    final BridgeTokensPanel bridgeTokens;
    private final PrinterService printers;
    private final Store store;

    PrintersView(PrinterService printers, StoreService stores, BridgeTokens tokens,
            jp.salonkarte.base.SalonKarteProperties properties) {
        this.printers = printers;
        this.store = stores.currentStore().orElseThrow();
        addClassName("settings-page");

        Button add = new Button(getTranslation("printing.printer.add"),
                e -> edit(Printer.newPrinter(store.id(), getTranslation("printing.printer.default-name"), "192.168.0.")));
        add.setId("printer-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Button jobs = new Button(getTranslation("printing.jobs.title"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(PrintJobsView.class)));
        jobs.setId("printer-jobs");

        grid.setId("printer-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(p -> {
            // The name with its role badges under it: the grid fits an iPad in portrait.
            Span name = new Span(p.name());
            name.getStyle().set("font-weight", "600");
            Span role = new Span(getTranslation(!p.active() ? "printing.printer.inactive"
                    : p.receiptPrinter() ? "printing.printer.receipt-short"
                    : p.documentPrinter() ? "printing.printer.document-short" : "printing.printer.other"));
            role.getElement().getThemeList().add(p.active() ? "badge success" : "badge contrast");
            HorizontalLayout badges = new HorizontalLayout(role);
            badges.setSpacing(false);
            badges.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
            if (p.viaBridge()) {
                Span bridge = new Span(getTranslation("printing.printer.via-bridge-short"));
                bridge.getElement().getThemeList().add("badge");
                badges.add(bridge);
            }
            VerticalLayout cell = new VerticalLayout(name, badges);
            cell.setPadding(false);
            cell.setSpacing(false);
            return cell;
        }).setHeader(getTranslation("printing.printer.name")).setFlexGrow(1);
        grid.addComponentColumn(p -> {
            Span address = new Span(p.address());
            address.getStyle().set("word-break", "break-all");
            return address;
        }).setHeader(getTranslation("printing.printer.address")).setFlexGrow(1);
        grid.addColumn(p -> p.type() == PrinterType.IPP ? getTranslation("printing.type.IPP-short")
                : p.widthMm() + " mm / " + getTranslation("printing.mode." + p.mode().name()))
                .setHeader(getTranslation("printing.printer.width")).setAutoWidth(true);
        grid.addComponentColumn(p -> {
            Button edit = new Button(getTranslation("printing.printer.edit-button"), e -> edit(p));
            edit.setId("printer-edit-" + p.id());
            Button test = new Button(getTranslation("printing.printer.test"), e -> {
                printers.testPrint(p.id());
                Notifications.success(getTranslation("printing.printer.test-queued"));
            });
            test.setId("printer-test-" + p.id());
            test.setEnabled(p.active());
            return new HorizontalLayout(edit, test);
        }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setAllRowsVisible(true);

        logo.setId("printer-logo-upload");
        logo.setMaxFiles(1);
        logo.setMaxFileSize(PrinterService.LOGO_MAX_BYTES);
        logo.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        logo.setDropAllowed(false);
        logo.setUploadButton(new Button(getTranslation("printing.logo.choose"),
                new com.vaadin.flow.component.icon.Icon(com.vaadin.flow.component.icon.VaadinIcon.PICTURE)));
        logo.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> receiveLogo(bytes)));
        logo.addFileRejectedListener(e -> Notifications.error(getTranslation("printing.logo.invalid")));
        Button removeLogo = new Button(getTranslation("printing.logo.remove"), e -> {
            printers.removeLogo(store.id());
            showLogoState();
            Notifications.success(getTranslation("printing.logo.removed"));
        });
        removeLogo.setId("printer-logo-remove");
        logoState.setId("printer-logo-state");

        bridgeTokens = new BridgeTokensPanel(tokens, store.id(), properties.publicUrl());

        add(SettingsTabs.header(this, "settings.printers", PrintersView.class), new HorizontalLayout(add, jobs),
                new H3(getTranslation("printing.printer.list")), grid, new H3(getTranslation("printing.logo.title")),
                logoState, new HorizontalLayout(logo, removeLogo), bridgeTokens);
        showLogoState();
        refresh();
    }

    void receiveLogo(byte[] bytes) {
        try {
            printers.saveLogo(store.id(), bytes);
            Notifications.success(getTranslation("printing.logo.saved"));
        } catch (IllegalArgumentException e) {
            Notifications.error(getTranslation("printing.logo.invalid"));
        }
        showLogoState();
    }

    private void showLogoState() {
        logoState.setText(getTranslation(printers.logo(store.id()).isPresent() ? "printing.logo.set" : "printing.logo.none"));
    }

    private void refresh() {
        grid.setItems(printers.list(store.id()));
    }

    private void edit(Printer printer) {
        PrinterForm form = new PrinterForm(printer);
        new EditorDialog("printer", getTranslation(printer.id() == null ? "printing.printer.add"
                : "printing.printer.edit"), form, () -> {
                    Printer value = form.value();
                    if (value == null) {
                        Notifications.error(getTranslation("validation.fix-fields"));
                        return false;
                    }
                    try {
                        printers.save(value);
                    } catch (OptimisticLockingFailureException e) {
                        Notifications.error(getTranslation("printing.printer.stale"));
                        refresh();
                        return true;
                    }
                    Notifications.success(getTranslation("printing.printer.saved"));
                    refresh();
                    return true;
                }).open();
    }
}
