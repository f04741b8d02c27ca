package jp.salonkarte.checkout.ui;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.checkout.PaidTicket;
import jp.salonkarte.checkout.Receipts;
import jp.salonkarte.printing.Receipt;
import jp.salonkarte.printing.ReceiptDocument;
import jp.salonkarte.printing.ReceiptPdf;

/**
 * The receipt of a paid ticket on screen (レシート控え), drawn from the same rows as the paper one:
 * staff show it to the customer, print it again (再発行), open its PDF, or mail the PDF to the
 * customer. The mail's request key is made when the dialog opens, so a double tap sends once.
 */
class ReceiptDialog extends Dialog {

    final Div paper = new Div();
    final Button reprint = new Button();
    final EmailField email = new EmailField();
    final Button send = new Button();
    private final UUID mailKey = UUID.randomUUID();

    ReceiptDialog(Receipts receipts, PaidTicket ticket, String customerEmail) {
        setId("receipt-dialog");
        setHeaderTitle(getTranslation("receipt.title", ticket.receiptNo()));
        setWidth("min(560px, 98vw)");
        Receipt receipt = receipts.of(ticket, false);

        paper.setId("receipt-paper");
        paper.addClassName("receipt-paper");
        for (ReceiptDocument.Row row : ReceiptDocument.rows(receipt)) {
            paper.add(row(row));
        }

        reprint.setText(getTranslation("receipt.reprint"));
        reprint.setIcon(new Icon(VaadinIcon.PRINT));
        reprint.setId("receipt-reprint");
        reprint.setMinHeight("48px");
        reprint.addClickListener(e -> Notifications.success(getTranslation(receipts.reprint(ticket) < 0
                ? "receipt.noPrinter" : "receipt.reprinted")));

        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> pdf(receipt)), AttachmentType.INLINE, "");
        pdf.setTarget(AnchorTarget.BLANK);
        pdf.setId("receipt-pdf");
        Button pdfButton = new Button(getTranslation("receipt.pdf"), new Icon(VaadinIcon.FILE_TEXT_O));
        pdfButton.setMinHeight("48px");
        pdfButton.setTabIndex(-1); // the link around it gets focus and the tap
        pdf.add(pdfButton);

        email.setId("receipt-email");
        email.setLabel(getTranslation("receipt.email"));
        email.setValue(customerEmail);
        email.setMinWidth("0");
        email.setClearButtonVisible(true);
        send.setText(getTranslation("receipt.send"));
        send.setIcon(new Icon(VaadinIcon.ENVELOPE_O));
        send.setId("receipt-mail-send");
        send.setMinHeight("48px");
        send.addClickListener(e -> {
            receipts.mail(ticket, email.getValue(), mailKey);
            Notifications.success(getTranslation("receipt.sent", email.getValue().strip()));
        });
        HorizontalLayout mail = new HorizontalLayout(email, send);
        mail.setWidthFull();
        mail.setAlignItems(FlexComponent.Alignment.END);
        mail.setFlexGrow(1, email);

        HorizontalLayout actions = new HorizontalLayout(reprint, pdf);
        add(paper, actions, mail);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("receipt-close");
        close.setMinHeight("48px");
        getFooter().add(close);
        send.addThemeVariants(ButtonVariant.PRIMARY);
    }

    private static DownloadResponse pdf(Receipt receipt) {
        byte[] bytes = ReceiptPdf.render(receipt);
        return new DownloadResponse(new ByteArrayInputStream(bytes),
                "receipt-" + receipt.receiptNo() + ".pdf", "application/pdf", bytes.length);
    }

    private static Div row(ReceiptDocument.Row row) {
        Div div = new Div();
        switch (row) {
            case ReceiptDocument.Rule r -> div.addClassName("receipt-rule");
            case ReceiptDocument.Qr q -> {
                Anchor link = new Anchor(q.url(), q.url());
                link.setTarget(AnchorTarget.BLANK);
                div.add(link);
                div.addClassName("receipt-center");
            }
            case ReceiptDocument.Text t -> {
                div.addClassName("receipt-row");
                if (t.align() == ReceiptDocument.Align.CENTER) {
                    div.addClassName("receipt-center");
                }
                if (t.big()) {
                    div.addClassName("receipt-big");
                } else if (t.bold()) {
                    div.addClassName("receipt-bold");
                }
                div.add(new Span(t.left()));
                if (!t.right().isEmpty()) {
                    div.add(new Span(t.right()));
                }
            }
        }
        return div;
    }
}
