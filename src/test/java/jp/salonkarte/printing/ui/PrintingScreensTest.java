package jp.salonkarte.printing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.printing.PrintJob;
import jp.salonkarte.printing.PrintQueue;
import jp.salonkarte.printing.Printer;
import jp.salonkarte.printing.PrinterMode;
import jp.salonkarte.printing.PrinterService;
import jp.salonkarte.printing.PrinterType;
import jp.salonkarte.printing.BridgeToken;
import jp.salonkarte.printing.BridgeTokens;
import jp.salonkarte.store.StoreService;

/** The owner adds a printer (bad input refused); the jobs screen shows a job and retries it; staff see jobs, not settings. */
@IntegrationTest
class PrintingScreensTest extends SpringBrowserlessTest {

    @Autowired PrinterService printers;
    @Autowired PrintQueue queue;
    @Autowired StoreService stores;
    @Autowired BridgeTokens tokens;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    @WithUserDetails("owner@example.com")
    void theOwnerAddsAPrinterAfterABadPortIsRefused() {
        long storeId = stores.currentStore().orElseThrow().id();
        String name = "受付 " + UUID.randomUUID().toString().substring(0, 6);
        PrintersView view = navigate(PrintersView.class);
        test($(Button.class).withId("printer-add").single()).click();
        PrinterForm form = $(PrinterForm.class).single();
        test(form.name).setValue(name);
        test(form.host).setValue("192.0.2.1"); // TEST-NET: nothing answers, the job waits
        form.port.setValue(70000);
        form.mode.setValue(PrinterMode.RASTER);
        form.width.setValue(58);
        form.active.setValue(false); // off, so the worker leaves it alone in this test
        test($(Button.class).withId("printer-save").single()).click();
        assertThat(form.port.isInvalid()).isTrue();
        assertThat(printers.list(storeId)).noneMatch(p -> p.name().equals(name));

        form.port.setValue(9100);
        test($(Button.class).withId("printer-save").single()).click();
        Printer saved = printers.list(storeId).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        assertThat(saved.widthMm()).isEqualTo(58);
        assertThat(saved.mode()).isEqualTo(PrinterMode.RASTER);
        assertThat(view.grid.getListDataView().getItems()).anyMatch(p -> p.name().equals(name));

        view.receiveLogo("not an image".getBytes());
        assertThat(view.logoState.getText()).isEqualTo("ロゴは設定されていません");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> printers.testPrint(saved.id()))
                .as("a printer switched off in the settings gets no test print").isInstanceOf(IllegalStateException.class);
    }

    @Test
    @WithUserDetails("owner@example.com")
    void theJobsScreenShowsACancelledJobAndItsRetryButtonQueuesItAgain() {
        long storeId = stores.currentStore().orElseThrow().id();
        Printer printer = printers.save(new Printer(null, storeId, "画面テスト " + UUID.randomUUID().toString().substring(0, 6),
                "192.0.2.1", 9100, 80, PrinterMode.KANJI, false, false, 0));
        // Switched off, so the worker (woken by every enqueue) leaves the job to this test.
        long job = queue.enqueue(printer, PrintJob.Kind.TEST, "画面テスト", new byte[] {0x1B, 0x40});
        queue.cancel(job);
        PrintJobsView view = navigate(PrintJobsView.class);
        PrintJob shown = view.grid.getListDataView().getItems().filter(j -> j.id() == job).findFirst().orElseThrow();
        assertThat(shown.status()).isEqualTo(PrintJob.Status.CANCELLED);
        assertThat(shown.canRetry()).isTrue();
        assertThat(shown.canCancel()).isFalse();
        view.retry(shown); // the row's 再試行 button
        assertThat(queue.find(job).orElseThrow().status()).isIn(PrintJob.Status.QUEUED, PrintJob.Status.SENDING);
        view.cancel(queue.find(job).orElseThrow()); // 取消; 192.0.2.1 never answers anyway
        printers.save(new Printer(printer.id(), storeId, printer.name(), printer.host(), printer.port(), 80,
                PrinterMode.KANJI, false, false, printers.find(printer.id()).orElseThrow().version()));
    }

    @Test
    @WithUserDetails("staff@example.com")
    void staffSeePrintJobsButNotPrinterSettings() {
        navigate(PrintJobsView.class);
        assertThat(getCurrentView()).isInstanceOf(PrintJobsView.class);
        try {
            navigate("settings/printers", com.vaadin.flow.component.Component.class);
        } catch (Exception | AssertionError refused) {
            // refused: the check below is the proof
        }
        assertThat(getCurrentView()).isNotInstanceOf(PrintersView.class);
    }

    @Test
    @WithUserDetails("owner@example.com")
    void theOwnerAddsAnIppDocumentPrinterDrivenByTheBridgeAfterABadUriIsRefused() {
        long storeId = stores.currentStore().orElseThrow().id();
        String name = "複合機 " + UUID.randomUUID().toString().substring(0, 6);
        PrintersView view = navigate(PrintersView.class);
        test($(Button.class).withId("printer-add").single()).click();
        PrinterForm form = $(PrinterForm.class).single();
        assertThat(form.type.getValue()).as("a new printer is a receipt printer").isEqualTo(PrinterType.ESCPOS);
        assertThat(form.uri.isVisible()).isFalse();
        assertThat(form.host.isVisible()).isTrue();

        form.type.setValue(PrinterType.IPP);
        assertThat(form.uri.isVisible()).isTrue();
        assertThat(form.host.isVisible()).isFalse();
        assertThat(form.port.isVisible()).isFalse();
        assertThat(form.width.isVisible()).isFalse();
        assertThat(form.mode.isVisible()).isFalse();
        assertThat(form.documentPrinter.isVisible()).isTrue();
        test(form.name).setValue(name);
        test(form.uri).setValue("ftp://192.0.2.1/print");
        form.viaBridge.setValue(true);
        form.active.setValue(false); // off, so nothing in this test prints
        test($(Button.class).withId("printer-save").single()).click();
        assertThat(form.uri.isInvalid()).isTrue();
        assertThat(form.uri.getErrorMessage()).contains("ipp://");
        assertThat(printers.list(storeId)).noneMatch(p -> p.name().equals(name));

        test(form.uri).setValue("192.0.2.1");
        test($(Button.class).withId("printer-save").single()).click();
        Printer saved = printers.list(storeId).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        assertThat(saved.type()).isEqualTo(PrinterType.IPP);
        assertThat(saved.uri()).isEqualTo("ipp://192.0.2.1:631/ipp/print");
        assertThat(saved.documentPrinter()).isTrue();
        assertThat(saved.receiptPrinter()).isFalse();
        assertThat(saved.viaBridge()).isTrue();
        assertThat(view.grid.getListDataView().getItems()).anyMatch(p -> p.address().equals(saved.uri()));
    }

    @Test
    @WithUserDetails("owner@example.com")
    void theOwnerCreatesABridgeTokenSeesItOnceAndRevokesIt() {
        long storeId = stores.currentStore().orElseThrow().id();
        PrintersView view = navigate(PrintersView.class);
        BridgeTokensPanel panel = view.bridgeTokens;
        int before = panel.grid.getListDataView().getItemCount();
        assertThat(panel.create("  ")).as("a name is required").isFalse();
        assertThat(panel.grid.getListDataView().getItemCount()).isEqualTo(before);

        String name = "受付PC " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(panel.create(name)).isTrue();
        String secret = panel.lastShownSecret;
        assertThat(secret).startsWith("skb_").hasSizeGreaterThan(40);
        var shown = $(com.vaadin.flow.component.textfield.TextField.class).withId("bridge-token-secret").single();
        assertThat(shown.getValue()).isEqualTo(secret);
        assertThat($(com.vaadin.flow.component.html.Pre.class).withId("bridge-token-command").single().getText())
                .contains("--bridge").contains("--server=").contains("--token=" + secret);
        BridgeToken token = panel.grid.getListDataView().getItems().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(token.prefix()).isEqualTo(secret.substring(0, 12));
        assertThat(token.lastSeenAt()).isNull();
        assertThat(jdbc.sql("select count(*) from bridge_token where token_hash = ? or token_prefix = ?")
                .params(secret, secret).query(Integer.class).single()).as("the secret itself is never stored").isZero();
        assertThat(tokens.authenticate(secret).check()).isEqualTo(BridgeTokens.Check.VALID);

        panel.revoke(token);
        BridgeToken revoked = tokens.list(storeId).stream().filter(t -> t.id() == token.id()).findFirst().orElseThrow();
        assertThat(revoked.active()).isFalse();
        assertThat(tokens.authenticate(secret).check()).isEqualTo(BridgeTokens.Check.REVOKED);
        assertThat(panel.grid.getListDataView().getItems().filter(t -> t.id() == token.id()).findFirst().orElseThrow()
                .active()).isFalse();
    }

    @Test
    @WithUserDetails("staff@example.com")
    void staffCannotSeeOrMakeBridgeTokens() {
        long storeId = stores.currentStore().orElseThrow().id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.create(storeId, "盗み見"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.list(storeId))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("owner@example.com")
    void aDocumentJobIsOnTheSameJobsScreenWithItsErrorUnderTheJob() {
        long storeId = stores.currentStore().orElseThrow().id();
        Printer printer = printers.save(new Printer(null, storeId, "書類 " + UUID.randomUUID().toString().substring(0, 6),
                "x", 631, 80, PrinterMode.KANJI, false, false, 0, PrinterType.IPP, "192.0.2.1", false, false));
        long job = queue.enqueue(printer, PrintJob.Kind.DOCUMENT, "同意書 山田 花子 様", "%PDF-1.4 test".getBytes());
        printers.save(printers.find(printer.id()).orElseThrow()); // saved while off: its waiting jobs fail
        PrintJobsView view = navigate(PrintJobsView.class);
        PrintJob shown = view.grid.getListDataView().getItems().filter(j -> j.id() == job).findFirst().orElseThrow();
        assertThat(shown.kind()).isEqualTo(PrintJob.Kind.DOCUMENT);
        assertThat(shown.status()).isEqualTo(PrintJob.Status.FAILED);
        var rows = test(view.grid);
        int row = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.getRow(i).id() == job) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        com.vaadin.flow.component.Component cell = rows.getCellComponent(row, 1);
        assertThat(cell.getElement().getTextRecursively()).as("the job and its error under it")
                .contains("同意書 山田 花子 様").contains("プリンターが無効にされました");
        assertThat(rows.getCellComponent(row, 3).getElement().getTextRecursively()).isEqualTo("失敗");
    }
}
