package jp.salonkarte.printing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.printing.Printer;
import jp.salonkarte.printing.PrinterMode;
import jp.salonkarte.printing.PrinterType;

/**
 * Edits a copy of a printer: its type, then for a receipt printer (ESC/POS) the address, port,
 * paper width and Japanese mode, for a document printer (IPP) its uri; whether it is the store's
 * receipt / document printer, whether a print bridge in the salon drives it, and whether it is used.
 */
class PrinterForm extends Composite<FormLayout> {

    final TextField name = new TextField();
    final RadioButtonGroup<PrinterType> type = new RadioButtonGroup<>();
    final TextField host = new TextField();
    final IntegerField port = new IntegerField();
    final TextField uri = new TextField();
    final RadioButtonGroup<Integer> width = new RadioButtonGroup<>();
    final RadioButtonGroup<PrinterMode> mode = new RadioButtonGroup<>();
    final Checkbox receiptPrinter = new Checkbox();
    final Checkbox documentPrinter = new Checkbox();
    final Checkbox viaBridge = new Checkbox();
    final Checkbox active = new Checkbox();
    private final Printer original;

    PrinterForm(Printer printer) {
        this.original = printer;
        name.setId("printer-name");
        name.setLabel(getTranslation("printing.printer.name"));
        name.setMaxLength(Printer.NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setValue(printer.name());
        type.setId("printer-type");
        type.setLabel(getTranslation("printing.printer.type"));
        type.setItems(PrinterType.values());
        type.setItemLabelGenerator(t -> getTranslation("printing.type." + t.name()));
        type.setValue(printer.type());
        host.setId("printer-host");
        host.setLabel(getTranslation("printing.printer.host"));
        host.setHelperText(getTranslation("printing.printer.host-help"));
        host.setMaxLength(Printer.HOST_MAX_LENGTH);
        host.setRequiredIndicatorVisible(true);
        host.getElement().setAttribute("inputmode", "url");
        host.getElement().setAttribute("autocapitalize", "off");
        host.setValue(printer.type() == PrinterType.ESCPOS ? printer.host() : "");
        port.setId("printer-port");
        port.setLabel(getTranslation("printing.printer.port"));
        port.setMin(1);
        port.setMax(65535);
        port.getElement().setAttribute("inputmode", "numeric");
        port.setValue(printer.type() == PrinterType.ESCPOS ? printer.port() : Printer.DEFAULT_PORT);
        uri.setId("printer-uri");
        uri.setLabel(getTranslation("printing.printer.uri"));
        uri.setHelperText(getTranslation("printing.printer.uri-help"));
        uri.setMaxLength(Printer.URI_MAX_LENGTH);
        uri.setRequiredIndicatorVisible(true);
        uri.getElement().setAttribute("inputmode", "url");
        uri.getElement().setAttribute("autocapitalize", "off");
        uri.setValue(printer.uri() == null ? "" : printer.uri());
        width.setId("printer-width");
        width.setLabel(getTranslation("printing.printer.width"));
        width.setItems(58, 80);
        width.setItemLabelGenerator(w -> w + " mm");
        width.setValue(printer.widthMm());
        mode.setId("printer-mode");
        mode.setLabel(getTranslation("printing.printer.mode"));
        mode.setItems(PrinterMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("printing.mode." + m.name()));
        mode.setHelperText(getTranslation("printing.printer.mode-help"));
        mode.setValue(printer.mode());
        receiptPrinter.setId("printer-receipt");
        receiptPrinter.setLabel(getTranslation("printing.printer.receipt"));
        receiptPrinter.setValue(printer.receiptPrinter());
        documentPrinter.setId("printer-document");
        documentPrinter.setLabel(getTranslation("printing.printer.document"));
        documentPrinter.setValue(printer.documentPrinter() || printer.id() == null);
        viaBridge.setId("printer-bridge");
        viaBridge.setLabel(getTranslation("printing.printer.via-bridge"));
        viaBridge.setTooltipText(getTranslation("printing.printer.via-bridge-help"));
        viaBridge.setValue(printer.viaBridge());
        active.setId("printer-active");
        active.setLabel(getTranslation("printing.printer.active"));
        active.setValue(printer.active());
        getContent().add(name, type, host, port, uri, width, mode, receiptPrinter, documentPrinter, viaBridge, active);
        getContent().setColspan(type, 2);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        type.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getOldValue() != null
                    && name.getValue().equals(getTranslation("printing.type-default-name." + e.getOldValue().name()))) {
                name.setValue(getTranslation("printing.type-default-name." + e.getValue().name()));
            }
            showFieldsOfType();
        });
        showFieldsOfType();
    }

    /** A receipt printer shows address, port, width and mode; a document printer its uri. */
    private void showFieldsOfType() {
        boolean ipp = type.getValue() == PrinterType.IPP;
        host.setVisible(!ipp);
        port.setVisible(!ipp);
        width.setVisible(!ipp);
        mode.setVisible(!ipp);
        receiptPrinter.setVisible(!ipp);
        uri.setVisible(ipp);
        documentPrinter.setVisible(ipp);
    }

    /** The edited printer, or null with the fields marked when the input is not valid. */
    @Nullable Printer value() {
        boolean ok = true;
        name.setInvalid(name.isEmpty());
        name.setErrorMessage(getTranslation("validation.required"));
        ok &= !name.isInvalid();
        PrinterType t = type.getValue();
        if (t == null) {
            return null;
        }
        if (t == PrinterType.IPP) {
            String normalized;
            try {
                normalized = Printer.normalizeIppUri(uri.getValue());
                uri.setInvalid(false);
            } catch (IllegalArgumentException e) {
                uri.setInvalid(true);
                uri.setErrorMessage(getTranslation("printing.printer.uri-invalid"));
                return null;
            }
            if (!ok) {
                return null;
            }
            return new Printer(original.id(), original.storeId(), name.getValue(), "localhost", 631,
                    original.widthMm(), original.mode(), false, active.getValue(), original.version(), PrinterType.IPP,
                    normalized, documentPrinter.getValue(), viaBridge.getValue());
        }
        try {
            Printer.newPrinter(1, "x", host.getValue());
            host.setInvalid(false);
        } catch (IllegalArgumentException e) {
            host.setInvalid(true);
            host.setErrorMessage(getTranslation("printing.printer.host-invalid"));
            ok = false;
        }
        Integer p = port.getValue();
        port.setInvalid(p == null || p < 1 || p > 65535);
        port.setErrorMessage(getTranslation("printing.printer.port-invalid"));
        ok &= !port.isInvalid();
        if (!ok || width.getValue() == null || mode.getValue() == null) {
            return null;
        }
        return new Printer(original.id(), original.storeId(), name.getValue(), host.getValue(), p, width.getValue(),
                mode.getValue(), receiptPrinter.getValue(), active.getValue(), original.version(), PrinterType.ESCPOS,
                null, false, viaBridge.getValue());
    }
}
