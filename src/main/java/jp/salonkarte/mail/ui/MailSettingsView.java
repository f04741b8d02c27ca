package jp.salonkarte.mail.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.mail.MailKind;
import jp.salonkarte.mail.MailOutbox;
import jp.salonkarte.mail.MailTemplate;
import jp.salonkarte.mail.MailTemplates;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;
import jp.salonkarte.store.ui.SettingsTabs;

/**
 * Mail settings (メール設定): the text of each booking mail with its placeholders and a live
 * preview, whether bookings taken by phone also get mail, and the send log with a retry for
 * mail that was given up.
 */
@Route(SettingsTabs.MAIL_ROUTE)
@PageTitle("Salon Karte")
@RolesAllowed({Role.OWNER_NAME, Role.MANAGER_NAME})
class MailSettingsView extends VerticalLayout {

    final RadioButtonGroup<MailKind> kind = new RadioButtonGroup<>();
    final TextField subject = new TextField();
    final TextArea body = new TextArea();
    final Pre preview = new Pre();
    final Checkbox staffBookings = new Checkbox();
    final Grid<MailOutbox.Entry> log = new Grid<>();
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final Store store;

    MailSettingsView(MailTemplates templates, MailOutbox outbox, StoreService stores) {
        this.templates = templates;
        this.outbox = outbox;
        this.store = stores.currentStore().orElseThrow();
        addClassName("settings-page");

        staffBookings.setId("mail-staff-bookings");
        staffBookings.setLabel(getTranslation("mail.settings.staff-bookings"));
        staffBookings.setValue(templates.staffBookingMails(store.id()));
        staffBookings.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                templates.saveStaffBookingMails(store.id(), e.getValue());
                Notifications.success(getTranslation("mail.settings.saved"));
            }
        });

        kind.setId("mail-template-kind");
        kind.setLabel(getTranslation("mail.template.kind"));
        kind.setItems(MailKind.EDITABLE_KINDS);
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.addValueChangeListener(e -> read(e.getValue()));
        subject.setId("mail-template-subject");
        subject.setLabel(getTranslation("mail.template.subject"));
        subject.setMaxLength(MailTemplate.SUBJECT_MAX_LENGTH);
        subject.setWidthFull();
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        subject.addValueChangeListener(e -> updatePreview());
        body.setId("mail-template-body");
        body.setLabel(getTranslation("mail.template.body"));
        body.setMaxLength(MailTemplate.BODY_MAX_LENGTH);
        body.setWidthFull();
        body.setMinHeight("20em");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(e -> updatePreview());

        FlexLayout placeholders = new FlexLayout();
        placeholders.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        placeholders.addClassName("mail-placeholders");
        for (String p : MailTemplate.PLACEHOLDERS) {
            Button b = new Button(p, e -> body.setValue(body.getValue() + p));
            b.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.TERTIARY);
            placeholders.add(b);
        }
        Paragraph placeholderHelp = new Paragraph(getTranslation("mail.template.placeholders"));
        placeholderHelp.addClassName("webbook-muted");

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("mail-template-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button reset = new Button(getTranslation("mail.template.reset"), e -> reset());
        reset.setId("mail-template-reset");
        reset.addThemeVariants(ButtonVariant.TERTIARY);
        Div actions = new Div(save, reset);
        actions.addClassName("webbook-nav");

        preview.setId("mail-template-preview");
        preview.addClassName("mail-preview");
        H3 previewTitle = new H3(getTranslation("mail.template.preview"));

        log.setId("mail-log");
        log.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        DateTimeFormatter at = DateTimeFormatter.ofPattern("MM/dd HH:mm");
        log.addColumn(m -> at.format(m.createdAt())).setHeader(getTranslation("mail.log.created")).setAutoWidth(true);
        log.addColumn(m -> getTranslation(m.kind().labelKey())).setHeader(getTranslation("mail.log.kind"))
                .setAutoWidth(true);
        log.addColumn(MailOutbox.Entry::recipient).setHeader(getTranslation("mail.log.recipient")).setFlexGrow(1);
        log.addComponentColumn(m -> {
            Span s = new Span(getTranslation("mail.status." + m.status().name()));
            s.getElement().getThemeList().add("badge" + switch (m.status()) {
                case SENT -> " success";
                case FAILED -> " error";
                default -> "";
            });
            if (m.lastError() != null) {
                s.getElement().setAttribute("title", m.lastError());
            }
            return s;
        }).setHeader(getTranslation("mail.log.status")).setAutoWidth(true);
        log.addComponentColumn(m -> {
            if (m.status() != MailOutbox.Status.FAILED) {
                return new Span();
            }
            Button retry = new Button(getTranslation("mail.log.retry"), e -> {
                outbox.retry(m.id());
                refreshLog();
            });
            retry.addThemeVariants(ButtonVariant.TERTIARY);
            return retry;
        }).setAutoWidth(true);
        log.setAllRowsVisible(true);
        H3 logTitle = new H3(getTranslation("mail.log.title"));

        add(SettingsTabs.header(this, "settings.mail", MailSettingsView.class), staffBookings, kind, subject, body,
                placeholderHelp, placeholders, actions, previewTitle, preview, logTitle, log);
        kind.setValue(MailKind.CONFIRMATION);
        refreshLog();
    }

    private void read(MailKind k) {
        MailTemplate t = templates.template(store.id(), k);
        subject.setValue(t.subject());
        body.setValue(t.body());
        subject.setInvalid(false);
        body.setInvalid(false);
        updatePreview();
    }

    private void updatePreview() {
        try {
            MailTemplate.Filled filled = MailTemplates.preview(new MailTemplate(kind.getValue(), subject.getValue(),
                    body.getValue()), storeValues());
            preview.setText(getTranslation("mail.template.subject") + "：" + filled.subject() + "\n\n" + filled.body());
        } catch (IllegalArgumentException e) {
            preview.setText("");
        }
    }

    private java.util.Map<String, String> storeValues() {
        java.util.Map<String, String> v = new java.util.LinkedHashMap<>();
        v.put(MailTemplate.STORE, store.name());
        v.put(MailTemplate.STORE_PHONE, store.phone() == null ? "" : store.phone());
        v.put(MailTemplate.STORE_ADDRESS, store.address() == null ? "" : store.address());
        return v;
    }

    void save() {
        boolean subjectOk = !subject.getValue().isBlank() && subject.getValue().length() <= MailTemplate.SUBJECT_MAX_LENGTH;
        boolean bodyOk = !body.getValue().isBlank() && body.getValue().length() <= MailTemplate.BODY_MAX_LENGTH;
        subject.setInvalid(!subjectOk);
        subject.setErrorMessage(getTranslation("validation.required"));
        body.setInvalid(!bodyOk);
        body.setErrorMessage(getTranslation("validation.required"));
        if (!subjectOk || !bodyOk) {
            Notifications.error(getTranslation("validation.fix-fields"));
            return;
        }
        templates.save(store.id(), new MailTemplate(kind.getValue(), subject.getValue(), body.getValue()));
        Notifications.success(getTranslation("mail.settings.saved"));
    }

    private void reset() {
        templates.reset(store.id(), kind.getValue());
        read(kind.getValue());
        Notifications.success(getTranslation("mail.template.reset-done"));
    }

    private void refreshLog() {
        log.setItems(outbox.recent(store.id(), 30));
    }
}
