package jp.salonkarte.consent.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.salonkarte.base.ui.EditorDialog;
import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.consent.ConsentTemplate;
import jp.salonkarte.consent.ConsentTemplateDraft;
import jp.salonkarte.consent.ConsentTemplateService;
import jp.salonkarte.consent.ConsentTemplateVersion;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.ui.SettingsTabs;

/**
 * Consent form templates (同意書テンプレート) under settings: the owner or manager writes the
 * text customers sign. Saving a changed template adds a new version; forms signed earlier keep
 * theirs. Archived templates stay with their signed forms but are no longer offered.
 */
@Route(SettingsTabs.CONSENT_ROUTE)
@PageTitle("Salon Karte")
@RolesAllowed({Role.OWNER_NAME, Role.MANAGER_NAME})
class ConsentTemplatesView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/M/d HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    final Grid<ConsentTemplate> grid = new Grid<>();
    private final ConsentTemplateService templates;
    private final CurrentStaff currentStaff;
    private final long storeId;

    ConsentTemplatesView(ConsentTemplateService templates, CurrentStaff currentStaff) {
        this.templates = templates;
        this.currentStaff = currentStaff;
        this.storeId = currentStaff.require().storeId();
        setSizeFull();
        Button add = new Button(getTranslation("consent.template.new"), new Icon(VaadinIcon.PLUS), e -> openEditor(null));
        add.setId("consent-template-new");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        grid.setId("consent-template-grid");
        grid.addColumn(ConsentTemplate::title).setHeader(getTranslation("consent.template.title")).setFlexGrow(3);
        grid.addColumn(t -> getTranslation("consent.version", t.latest().versionNo()))
                .setHeader(getTranslation("consent.template.version")).setWidth("90px").setFlexGrow(0);
        grid.addColumn(t -> WHEN.format(t.latest().createdAt())).setHeader(getTranslation("consent.template.updated"))
                .setWidth("150px").setFlexGrow(0);
        grid.addColumn(t -> t.active() ? "" : getTranslation("consent.template.archived")).setWidth("90px")
                .setFlexGrow(0);
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        grid.setSizeFull();
        refresh();
        add(SettingsTabs.header(this, "settings.consent", ConsentTemplatesView.class), add, grid);
    }

    private void refresh() {
        grid.setItems(templates.list(storeId));
    }

    /** Opens the editor for a template, or for a new one when {@code existing} is null. */
    void openEditor(ConsentTemplate existing) {
        ConsentTemplateForm form = new ConsentTemplateForm();
        if (existing != null) {
            form.read(existing.latest().draft(), existing.active());
            ConsentTemplateVersion v = existing.latest();
            Span version = new Span(getTranslation("consent.template.version-line", v.versionNo(),
                    WHEN.format(v.createdAt()), v.createdBy()));
            version.setId("consent-template-version-line");
            version.addClassName("consent-version-line");
            form.getContent().addComponentAsFirst(version);
        }
        Button preview = new Button(getTranslation("consent.template.preview"), new Icon(VaadinIcon.EYE), e -> preview(form.draft()));
        preview.setId("consent-template-preview");
        EditorDialog dialog = new EditorDialog("consent-template",
                getTranslation(existing == null ? "consent.template.new" : "consent.template.edit"), form,
                () -> save(existing, form));
        dialog.getFooter().addComponentAsFirst(preview);
        dialog.open();
    }

    private boolean save(ConsentTemplate existing, ConsentTemplateForm form) {
        ConsentTemplateDraft draft = form.draft();
        ConsentTemplate saved;
        if (existing == null) {
            saved = templates.create(storeId, draft);
        } else {
            saved = templates.save(existing.id(), existing.latest().versionNo(), draft);
        }
        if (saved.active() != form.active.getValue()) {
            templates.setActive(saved.id(), form.active.getValue());
        }
        if (existing != null && saved.latest().versionNo() == existing.latest().versionNo()) {
            Notifications.success(getTranslation("consent.template.unchanged"));
        } else {
            Notifications.success(getTranslation("consent.template.saved", saved.title(),
                    saved.latest().versionNo()));
        }
        refresh();
        return true;
    }

    /** The body as the customer will see it (placeholders still unfilled). */
    private void preview(ConsentTemplateDraft draft) {
        Dialog dialog = new Dialog();
        dialog.setId("consent-template-preview-dialog");
        dialog.setHeaderTitle(draft.title());
        dialog.setWidth("min(720px, 96vw)");
        dialog.add(ConsentBody.render(draft.body()));
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }
}
