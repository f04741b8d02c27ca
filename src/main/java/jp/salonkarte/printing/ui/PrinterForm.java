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

/** Edits a copy of a printer: name, address, port, paper width, Japanese mode. */
class PrinterForm extends Composite<FormLayout> {

    final TextField name = new TextField();
    final TextField host = new TextField();
    final IntegerField port = new IntegerField();
    final RadioButtonGroup<Integer> width = new RadioButtonGroup<>();
    final RadioButtonGroup<PrinterMode> mode = new RadioButtonGroup<>();
    final Checkbox receiptPrinter = new Checkbox();
    final Checkbox active = new Checkbox();
    private final Printer original;

    PrinterForm(Printer printer) {
        this.original = printer;
        name.setId("printer-name");
        name.setLabel(getTranslation("printing.printer.name"));
        name.setMaxLength(Printer.NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setValue(printer.name());
        host.setId("printer-host");
        host.setLabel(getTranslation("printing.printer.host"));
        host.setHelperText(getTranslation("printing.printer.host-help"));
        host.setMaxLength(Printer.HOST_MAX_LENGTH);
        host.setRequiredIndicatorVisible(true);
        host.getElement().setAttribute("inputmode", "url");
        host.getElement().setAttribute("autocapitalize", "off");
        host.setValue(printer.host());
        port.setId("printer-port");
        port.setLabel(getTranslation("printing.printer.port"));
        port.setMin(1);
        port.setMax(65535);
        port.getElement().setAttribute("inputmode", "numeric");
        port.setValue(printer.port());
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
        active.setId("printer-active");
        active.setLabel(getTranslation("printing.printer.active"));
        active.setValue(printer.active());
        getContent().add(name, host, port, width, mode, receiptPrinter, active);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
    }

    /** The edited printer, or null with the fields marked when the input is not valid. */
    @Nullable Printer value() {
        boolean ok = true;
        name.setInvalid(name.isEmpty());
        name.setErrorMessage(getTranslation("validation.required"));
        ok &= !name.isInvalid();
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
                mode.getValue(), receiptPrinter.getValue(), active.getValue(), original.version());
    }
}
