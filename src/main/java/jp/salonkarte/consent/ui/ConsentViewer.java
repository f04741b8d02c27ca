package jp.salonkarte.consent.ui;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.consent.ConsentForm;
import jp.salonkarte.consent.ConsentService;
import jp.salonkarte.security.KioskLock;

/**
 * A signed consent form on the iPad: its PDF as stored (Safari shows it inline), whether its
 * digital signature and SHA-256 still hold (署名は有効です / 改ざんを検出しました), and
 * 「メールで送る」 and 「印刷」. Nothing here can change the form.
 */
class ConsentViewer extends Dialog {

    final Span verification = new Span();
    private final ConsentService consents;
    private final ConsentForm form;
    /** One id per opened viewer: a double tap on 「メールで送る」 queues one mail. */
    private final String mailRequest = UUID.randomUUID().toString();

    ConsentViewer(ConsentService consents, ConsentForm form) {
        this.consents = consents;
        this.form = form;
        setId("consent-viewer");
        setHeaderTitle(form.title() + "（" + getTranslation("consent.version", form.versionNo()) + "）");
        setWidth("min(900px, 98vw)");
        Span meta = new Span(getTranslation("consent.viewer.meta", form.documentId(),
                form.signedAt().format(jp.salonkarte.base.DateFormats.dayTime(getLocale()))));
        meta.addClassName("consent-version-line");
        verification.setId("consent-verify");
        ConsentService.Verification check = consents.verify(form.id());
        verification.setText(getTranslation(check.valid() ? "consent.viewer.valid" : "consent.viewer.tampered"));
        verification.addClassName(check.valid() ? "consent-verify-ok" : "consent-verify-bad");
        verification.getElement().setAttribute("title", check.detail() + " / SHA-256 " + form.pdfSha256());
        Span sha = new Span("SHA-256: " + form.pdfSha256());
        sha.setId("consent-sha256");
        sha.addClassName("consent-version-line");

        IFrame pdf = new IFrame();
        pdf.setId("consent-pdf");
        pdf.addClassName("consent-pdf");
        pdf.setSrc(pdfHandler().inline());
        Anchor open = new Anchor(pdfHandler().inline(), getTranslation("consent.viewer.open"));
        open.setTarget(AnchorTarget.BLANK);
        open.setId("consent-open-pdf");

        Div head = new Div(meta, new Div(verification), sha);
        add(head, pdf, open);

        Button mail = new Button(getTranslation("consent.viewer.mail"), new Icon(VaadinIcon.ENVELOPE), e -> mail());
        mail.setId("consent-mail");
        Button print = new Button(getTranslation("consent.viewer.print"), new Icon(VaadinIcon.PRINT), e -> print());
        print.setId("consent-print");
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("consent-viewer-close");
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(mail, print, close);
    }

    private com.vaadin.flow.server.streams.InputStreamDownloadHandler pdfHandler() {
        long id = form.id();
        String name = form.fileName();
        return DownloadHandler.fromInputStream(event -> {
            if (KioskLock.current().isPresent()) {
                return DownloadResponse.error(403);
            }
            byte[] bytes = consents.pdf(id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, "application/pdf", bytes.length);
        });
    }

    void mail() {
        String to = consents.mail(form.id(), mailRequest);
        Notifications.success(getTranslation("consent.viewer.mailed", to));
    }

    void print() {
        if (consents.print(form.id())) {
            Notifications.success(getTranslation("consent.viewer.printed"));
        } else {
            Notifications.error(getTranslation("consent.viewer.no-printer"));
        }
    }
}
