package jp.salonkarte.analytics.ui;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;


import jp.salonkarte.audit.AuditKind;
import jp.salonkarte.audit.AuditLog;

/**
 * A report list as a CSV download that opens in Excel: UTF-8 with a byte order mark, Excel's
 * quoting, and text cells that would start a formula (=, +, -, @) prefixed with an apostrophe.
 * Lists with customer names are personal data: every download is in the audit log.
 */
@org.springframework.stereotype.Component
class ReportCsv {

    private final AuditLog audit;
    private final Clock clock;

    ReportCsv(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** A CSV button; {@code name} names the file and the audit entry, {@code rows} are read when tapped. */
    Component link(String id, Supplier<String> name, Supplier<List<List<String>>> rows) {
        Button button = new Button(new Icon(VaadinIcon.DOWNLOAD));
        button.setText("CSV");
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setTabIndex(-1); // the link around it is what gets focus and is tapped
        Anchor anchor = new Anchor((DownloadHandler) event -> {
            String what = name.get();
            event.setFileName("report_" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            List<List<String>> lines = rows.get();
            audit.record(AuditKind.REPORT_CSV_EXPORTED, null, what + " (" + Math.max(0, lines.size() - 1) + ")");
            try (var out = event.getOutputStream()) {
                write(lines, new OutputStreamWriter(out, StandardCharsets.UTF_8));
            }
        }, "");
        anchor.add(button);
        anchor.setId(id);
        return anchor;
    }

    static void write(List<List<String>> lines, Writer writer) throws IOException {
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        for (List<String> line : lines) {
            printer.printRecord(line.stream().map(ReportCsv::cell).toList());
        }
        printer.flush();
    }

    /** Numbers as they are; text that Excel would run as a formula gets a leading apostrophe. */
    static String cell(String value) {
        if (value == null || value.isEmpty() || value.matches("-?\\d+")) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
