package jp.salonkarte.customer.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.base.ui.UserMessages;
import jp.salonkarte.customer.CsvColumn;
import jp.salonkarte.customer.CsvFile;
import jp.salonkarte.customer.CustomerImportService;
import jp.salonkarte.customer.CustomerImportService.Message;
import jp.salonkarte.customer.CustomerImportService.Preview;
import jp.salonkarte.customer.CustomerImportService.Row;
import jp.salonkarte.customer.CustomerImportService.Status;
import jp.salonkarte.store.Role;

/**
 * Import customers from another system's CSV (顧客データ取り込み): choose the file, check
 * which column holds what, see every row as it would be imported, then import. Nothing is
 * imported while a row has an error; duplicates are listed and skipped.
 */
@Route("customers/import")
@PageTitle("Salon Karte")
@RolesAllowed(Role.OWNER_NAME)
class CustomerImportView extends VerticalLayout {

    final Upload upload = new Upload();
    final Div fileInfo = new Div();
    final FormLayout mappingForm = new FormLayout();
    final Details mappingDetails = new Details();
    final Map<Integer, Select<CsvColumn>> mappingSelects = new LinkedHashMap<>();
    final Div summary = new Div();
    final Div problems = new Div();
    final Grid<Row> grid = new Grid<>();
    final Button commit = new Button();
    private final CustomerImportService importer;
    private CsvFile file;
    private Preview preview;

    CustomerImportView(CustomerImportService importer) {
        this.importer = importer;
        setMaxWidth("1100px");
        setWidthFull();
        add(new H2(getTranslation("csv.import.title")), new Paragraph(getTranslation("csv.import.intro")));

        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CsvFile.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", ".tsv", "text/csv", "text/plain");
        upload.setI18n(uploadI18n());
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> receive(metadata.fileName(), bytes)));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("csv.error.rejected")));
        add(upload);

        fileInfo.setId("import-file-info");
        fileInfo.addClassName("import-file-info");
        mappingForm.setId("import-mapping");
        mappingForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2),
                new FormLayout.ResponsiveStep("900px", 3));
        summary.setId("import-summary");
        summary.addClassName("import-summary");
        problems.setId("import-problems");
        problems.addClassName("import-problems");

        grid.setId("import-rows");
        grid.addColumn(Row::line).setHeader(getTranslation("csv.import.line")).setWidth("70px").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::statusBadge)).setHeader(getTranslation("csv.import.status"))
                .setWidth("110px").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(r -> {
            Div cell = new Div(new Span(r.name()), new Span(r.kana()));
            cell.addClassName("customer-cell");
            return cell;
        })).setHeader(getTranslation("customer.name")).setFlexGrow(1);
        grid.addColumn(Row::phone).setHeader(getTranslation("customer.phone")).setWidth("160px").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::messages)).setHeader(getTranslation("csv.import.messages"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(false);
        grid.setHeight("480px");

        commit.setId("import-commit");
        commit.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        commit.addClickListener(e -> commit());
        Button back = new Button(getTranslation("action.back"), e -> getUI().ifPresent(ui -> ui.navigate("customers")));
        back.setId("import-back");
        HorizontalLayout actions = new HorizontalLayout(back, commit);

        mappingDetails.setId("import-mapping-details");
        mappingDetails.setSummaryText(getTranslation("csv.import.mapping"));
        mappingDetails.add(mappingForm);
        mappingDetails.setOpened(true);
        mappingDetails.setWidthFull();
        // What the manager needs first (how many, what is wrong, the button) above the details.
        add(fileInfo, summary, problems, actions, mappingDetails, grid);
        showNothingYet();
    }

    /** A file arrived: read it, guess the columns, preview. Bad files get one clear message and change nothing. */
    void receive(String fileName, byte[] bytes) {
        upload.clearFileList(); // so a corrected file can be chosen straight away
        try {
            file = CsvFile.read(bytes);
        } catch (CsvFile.UnreadableException e) {
            file = null;
            showNothingYet();
            UserMessages.show(this, e);
            fileInfo.setText(UserMessages.text(this, e));
            fileInfo.addClassName("error");
            return;
        }
        fileInfo.removeClassName("error");
        fileInfo.setText(getTranslation("csv.import.file", fileName, file.rows().size(),
                file.charset().name().equalsIgnoreCase("UTF-8") ? "UTF-8" : "Shift_JIS"));
        buildMapping(importer.guessMapping(file.headers()));
        refreshPreview();
    }

    private void buildMapping(Map<Integer, CsvColumn> guessed) {
        mappingForm.removeAll();
        mappingSelects.clear();
        List<String> headers = file.headers();
        List<String> sample = file.rows().getFirst();
        for (int i = 0; i < headers.size(); i++) {
            Select<CsvColumn> select = new Select<>();
            select.setId("import-map-" + i);
            String example = i < sample.size() && !sample.get(i).isBlank()
                    ? getTranslation("csv.import.example", abbreviate(sample.get(i))) : "";
            String header = headers.get(i).isBlank() ? getTranslation("csv.import.nth-column", i + 1) : headers.get(i);
            select.setLabel(getTranslation("csv.import.column", header) + example);
            select.setItems(CsvColumn.IMPORTABLE);
            select.setItemLabelGenerator(c -> c == null ? getTranslation("csv.import.skip") : c.header());
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("csv.import.skip"));
            select.setValue(guessed.get(i));
            select.addValueChangeListener(e -> refreshPreview());
            mappingSelects.put(i, select);
            mappingForm.add(select);
        }
        mappingDetails.setVisible(true);
    }

    private Map<Integer, CsvColumn> mapping() {
        Map<Integer, CsvColumn> mapping = new LinkedHashMap<>();
        mappingSelects.forEach((i, s) -> {
            if (s.getValue() != null) {
                mapping.put(i, s.getValue());
            }
        });
        return mapping;
    }

    void refreshPreview() {
        preview = importer.preview(file, mapping());
        show(preview);
    }

    private void show(Preview p) {
        summary.setText(getTranslation("csv.import.summary", p.rows().size(), p.count(Status.NEW),
                p.count(Status.DUPLICATE), p.count(Status.ERROR)));
        summary.setVisible(true);
        problems.removeAll();
        for (Message m : p.mappingErrors()) {
            problems.add(new Paragraph(text(m)));
        }
        if (p.mappingErrors().isEmpty() && p.count(Status.ERROR) > 0) {
            problems.add(new Paragraph(getTranslation("csv.import.fix-errors", p.count(Status.ERROR))));
        }
        problems.setVisible(problems.getChildren().findAny().isPresent());
        grid.setItems(p.rows().stream()
                .sorted(Comparator.comparing((Row r) -> switch (r.status()) {
                    case ERROR -> 0;
                    case DUPLICATE -> 1;
                    case NEW -> 2;
                }).thenComparingInt(Row::line))
                .toList());
        grid.setVisible(!p.rows().isEmpty());
        commit.setText(getTranslation("csv.import.commit", p.count(Status.NEW)));
        commit.setEnabled(p.importable());
        commit.setVisible(true);
    }

    private void commit() {
        try {
            int created = importer.importNew(file, mapping());
            Notifications.success(getTranslation("csv.import.done", created));
            getUI().ifPresent(ui -> ui.navigate("customers"));
        } catch (CustomerImportService.RefusedException e) {
            // Someone changed customers since the preview: show the new preview, nothing was imported.
            preview = e.preview();
            show(preview);
            Notifications.error(getTranslation("csv.import.refused"));
        }
    }

    private void showNothingYet() {
        mappingDetails.setVisible(false);
        summary.setVisible(false);
        problems.setVisible(false);
        grid.setVisible(false);
        commit.setVisible(false);
    }

    private Span statusBadge(Row r) {
        Span badge = new Span(getTranslation("csv.status." + r.status().name()));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(switch (r.status()) {
            case NEW -> "success";
            case DUPLICATE -> "contrast";
            case ERROR -> "error";
        });
        return badge;
    }

    private Div messages(Row r) {
        Div cell = new Div();
        cell.addClassName("import-messages");
        for (Message m : r.errors()) {
            Span s = new Span(text(m));
            s.addClassName("caution-text");
            cell.add(s);
        }
        for (Message m : r.notes()) {
            cell.add(new Span(text(m)));
        }
        return cell;
    }

    String text(Message m) {
        return getTranslation(m.key(), m.args().toArray());
    }

    /** What the preview currently says about each line, for tests: "3 ERROR csv.row.phone". */
    List<String> rowSummaries() {
        return preview == null ? List.of() : preview.rows().stream()
                .map(r -> r.line() + " " + r.status() + r.errors().stream().map(Message::key)
                        .collect(Collectors.joining(" ", r.errors().isEmpty() ? "" : " ", "")))
                .toList();
    }

    private static String abbreviate(String s) {
        return s.length() <= 12 ? s : s.substring(0, 12) + "…";
    }

    private UploadI18N uploadI18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("csv.import.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("csv.import.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("csv.error.too-large",
                CsvFile.MAX_BYTES / 1024 / 1024)).setIncorrectFileType(getTranslation("csv.error.rejected"))
                .setTooManyFiles(getTranslation("csv.error.rejected")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("…").setProcessing("…").setHeld("…"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("csv.error.upload"))
                        .setUnexpectedServerError(getTranslation("csv.error.upload"))
                        .setForbidden(getTranslation("csv.error.upload"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB")));
        return i18n;
    }
}
