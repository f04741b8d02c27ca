package jp.salonkarte.analytics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The (i) of a figure: its definition — formula and what counts — in words a salon owner checks
 * against her own spreadsheet ({@code <key>.definition} in the translations).
 */
final class ReportDefinitions {

    private ReportDefinitions() {
    }

    static Dialog show(String key, Object... args) {
        Dialog dialog = new Dialog();
        dialog.setId("reports-definition");
        dialog.setHeaderTitle(dialog.getTranslation(key));
        Paragraph text = new Paragraph(dialog.getTranslation(key + ".definition", args));
        text.setId("reports-definition-text");
        text.getStyle().set("white-space", "pre-line").set("max-width", "32em");
        dialog.add(text);
        Button close = new Button(dialog.getTranslation("reports.close"), e -> dialog.close());
        close.setId("reports-definition-close");
        dialog.getFooter().add(close);
        dialog.open();
        return dialog;
    }
}
