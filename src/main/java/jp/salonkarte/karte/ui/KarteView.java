package jp.salonkarte.karte.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.analytics.RfmRanks;
import jp.salonkarte.audit.AuditKind;
import jp.salonkarte.audit.AuditLog;
import jp.salonkarte.base.ui.EditorDialog;
import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.customer.CustomerTag;
import jp.salonkarte.karte.KarteField;
import jp.salonkarte.karte.KarteService;
import jp.salonkarte.karte.Visit;
import jp.salonkarte.karte.photo.PhotoService;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.store.MenuItem;
import jp.salonkarte.store.MenuService;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;

/**
 * The karte (電子カルテ) the stylist opens at the chair: who the customer is (cautions in red),
 * how often they come, and every visit newest first, loaded as the list scrolls.
 */
@Route("customers/karte/:customerId")
@PageTitle("Salon Karte")
@PermitAll
public class KarteView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE = 20;

    final H2 name = new H2();
    final Div tags = new Div();
    final Div caution = new Div();
    final Div stats = new Div();
    final Span rank = new Span();
    final VirtualList<Visit> timeline = new VirtualList<>();
    final Paragraph empty = new Paragraph();
    final Button compare = new Button();
    private final CustomerService customers;
    private final KarteService karte;
    private final PhotoService photos;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;
    private final Clock clock;
    private final List<Staff> staff;
    private final List<MenuItem> menuItems;
    private final List<KarteField> fieldList;
    private final Map<Long, KarteField> fields;
    private final VisitPhotoStrip photoStrip;
    private final List<KarteSection> sections;
    final Div sectionsArea = new Div();
    private Customer customer;

    private final jp.salonkarte.analytics.CustomerFigures figures;
    private final RfmRanks rfm;
    private RfmRanks.@Nullable Score score;

    KarteView(CustomerService customers, KarteService karte, PhotoService photos, StaffService staffService,
            MenuService menus, CurrentStaff currentStaff, Clock clock, List<KarteSection> sections, AuditLog audit,
            jp.salonkarte.analytics.CustomerFigures figures, RfmRanks rfm) {
        this.customers = customers;
        this.figures = figures;
        this.rfm = rfm;
        this.karte = karte;
        this.photos = photos;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.clock = clock;
        long storeId = currentStaff.require().storeId();
        this.staff = staffService.list(storeId);
        this.menuItems = menus.list(storeId);
        this.fieldList = karte.fields(storeId);
        this.fields = fieldList.stream().collect(Collectors.toMap(KarteField::id, Function.identity()));
        this.photoStrip = new VisitPhotoStrip(this, photos, this::photosChanged, audit);
        this.sections = sections;
        setSizeFull();
        setMaxWidth("960px");

        name.setId("karte-name");
        name.addClassName("karte-name");
        tags.addClassName("karte-tags");
        caution.setId("karte-caution");
        caution.addClassName("caution-banner");
        stats.setId("karte-stats");
        stats.addClassName("karte-stats");
        rank.setId("karte-rank");
        rank.addClassName("karte-rank");
        rank.addClickListener(e -> {
            if (score != null) {
                RankHistoryDialog.open(this, score, rfm.history(currentStaff.require().storeId(), customer.id()));
            }
        });
        Button newVisit = new Button(getTranslation("visit.new"), new Icon(VaadinIcon.PLUS), e -> openEditor(null));
        newVisit.setId("karte-new-visit");
        newVisit.addThemeVariants(ButtonVariant.PRIMARY);
        Button profile = new Button(getTranslation("karte.profile"), new Icon(VaadinIcon.USER),
                e -> getUI().ifPresent(ui -> ui.navigate("customers/edit/" + customer.id())));
        profile.setId("karte-profile");
        compare.setId("karte-compare");
        compare.addClickListener(e -> {
            audit.record(AuditKind.PHOTOS_COMPARED, customer.id(), null);
            new PhotoCompare(photos.photosOfCustomer(customer.id())).open();
        });
        HorizontalLayout actions = new HorizontalLayout(profile, compare, newVisit);
        if (currentStaff.hasAnyRole(Role.OWNER)) {
            Button log = new Button(getTranslation("audit.of-customer"), new Icon(VaadinIcon.RECORDS),
                    e -> getUI().ifPresent(ui -> ui.navigate("settings/audit",
                            com.vaadin.flow.router.QueryParameters.of("customer", String.valueOf(customer.id())))));
            log.setId("karte-audit");
            log.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(log);
        }
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        timeline.setId("karte-timeline");
        timeline.setRenderer(new ComponentRenderer<>(this::card));
        timeline.setSizeFull();
        empty.setId("karte-empty");
        empty.setText(getTranslation("karte.no-visits"));
        Div heading = new Div(name, rank);
        heading.addClassName("karte-heading");
        sectionsArea.addClassName("karte-sections");
        add(heading, tags, caution, stats, actions, sectionsArea, empty, timeline);
        setFlexGrow(1, timeline);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().getLong("customerId").flatMap(customers::find);
        if (found.isEmpty()) {
            event.forwardTo("customers");
            return;
        }
        customer = found.get();
        audit.record(AuditKind.KARTE_VIEWED, customer.id(), null);
        refresh();
    }

    void refresh() {
        name.setText(customer.displayName() + "（" + customer.displayKana() + "）");
        tags.removeAll();
        customer.tags().stream().map(CustomerTag::tag).sorted().forEach(t -> {
            Span badge = new Span(t);
            badge.getElement().getThemeList().add("badge");
            tags.add(badge);
        });
        caution.setText("⚠ " + getTranslation("customer.cautions") + ": " + Objects.toString(customer.cautions(), ""));
        caution.setVisible(customer.hasCautions());
        KarteService.Summary summary = karte.summary(customer.id());
        // 来店サイクル: the mean of the customer's last three intervals between paid visits (issue 14).
        Double cycle = figures.cycleOf(currentStaff.require().storeId(), customer.id());
        stats.setText(getTranslation("karte.stats", summary.visits(),
                summary.lastVisit() == null ? "—" : summary.lastVisit().format(jp.salonkarte.base.DateFormats.day(getLocale())),
                summary.totalSpend() == null ? "—" : jp.salonkarte.base.Yen.format(summary.totalSpend()))
                + (cycle == null ? "" : getTranslation("karte.stats.cycle", Math.round(cycle))));
        empty.setVisible(summary.visits() == 0);
        // The medal follows the store's RFM ranks (issue 14); a customer without a paid visit in 12
        // months keeps the karte's own 新規 / 休眠 / visit-count medal.
        score = rfm.scoreOf(currentStaff.require().storeId(), customer.id()).filter(s -> s.rankName() != null)
                .orElse(null);
        rank.getStyle().remove("color").remove("background");
        rank.getElement().removeAttribute("role");
        if (score != null) {
            rank.setVisible(true);
            rank.setText(getTranslation("karte.rank", score.rankName(), score.recency(), score.frequency(),
                    score.monetary()));
            rank.getElement().setAttribute("title", getTranslation("karte.rank.history"));
            rank.getElement().setAttribute("data-rank", "rfm");
            rank.getElement().setAttribute("role", "button");
            rank.getStyle().set("color", score.rankColor()).set("background",
                    "color-mix(in srgb, " + score.rankColor() + " 14%, white)");
        } else {
            rank.setVisible(summary.rank() != null);
        }
        if (score == null && summary.rank() != null) {
            String key = summary.rank().name().toLowerCase(java.util.Locale.ROOT);
            rank.setText(getTranslation("rank." + key));
            rank.getElement().setAttribute("title", getTranslation("rank." + key + ".hint"));
            rank.getElement().setAttribute("data-rank", key);
        }
        compare.setText(getTranslation("photo.compare"));
        compare.setIcon(new Icon(VaadinIcon.PICTURE));
        compare.setVisible(photos.photosOfCustomer(customer.id()).size() >= 2);
        sectionsArea.removeAll();
        sections.forEach(s -> s.forCustomer(customer).ifPresent(sectionsArea::add));
        timeline.setVisible(summary.visits() > 0);
        long customerId = customer.id();
        timeline.setDataProvider(com.vaadin.flow.data.provider.DataProvider.fromCallbacks(
                query -> karte.timeline(customerId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(karte.summary(customerId).visits(), Integer.MAX_VALUE)));
    }

    private Div card(Visit visit) {
        Div card = new Div();
        card.setId("visit-card-" + visit.id());
        card.addClassName("visit-card");
        Span day = new Span(visit.visitedOn().format(jp.salonkarte.base.DateFormats.day(getLocale())));
        day.addClassName("visit-day");
        Span who = new Span(staff.stream().filter(s -> Objects.equals(s.id(), visit.staffId())).findFirst()
                .map(Staff::displayName).orElse(""));
        who.addClassName("visit-staff");
        Div head = new Div(day, who);
        head.addClassName("visit-head");
        card.add(head);
        if (!visit.menus().isEmpty()) {
            Div menus = new Div();
            menus.addClassName("visit-menus");
            visit.menus().forEach(m -> {
                Span chip = new Span(m.name());
                chip.getElement().getThemeList().add("badge contrast");
                menus.add(chip);
            });
            card.add(menus);
        }
        visit.fields().stream()
                .filter(f -> fields.containsKey(f.fieldId()))
                .sorted(java.util.Comparator.comparing((Visit.VisitField f) -> fields.get(f.fieldId()).position()))
                .forEach(f -> {
                    KarteField field = fields.get(f.fieldId());
                    Div line = new Div(new Span(field.label() + "："), new Span(f.value()
                            + (field.unit() == null ? "" : " " + field.unit())));
                    line.addClassName("visit-field");
                    card.add(line);
                });
        if (visit.notes() != null) {
            Paragraph notes = new Paragraph(visit.notes());
            notes.addClassName("visit-notes");
            card.add(notes);
        }
        if (visit.advice() != null) {
            Paragraph advice = new Paragraph(getTranslation("visit.advice") + "：" + visit.advice());
            advice.addClassName("visit-advice");
            card.add(advice);
        }
        card.add(photoStrip(visit));
        sections.forEach(s -> s.forVisit(visit).ifPresent(card::add));
        Button edit = new Button(getTranslation("visit.edit"), new Icon(VaadinIcon.EDIT), e -> openEditor(visit));
        edit.setId("visit-edit-" + visit.id());
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        card.add(edit);
        return card;
    }

    /** The visit's photos and sheets with the ways to add more (see {@link VisitPhotoStrip}). */
    Div photoStrip(Visit visit) {
        return photoStrip.of(visit);
    }

    private void photosChanged() {
        timeline.getDataProvider().refreshAll();
        compare.setVisible(photos.photosOfCustomer(customer.id()).size() >= 2);
    }

    /** Opens the visit editor for a new visit (today, the logged-in stylist) or an existing one. */
    void openEditor(Visit existing) {
        var me = currentStaff.require();
        Visit visit = existing != null ? existing
                : new Visit(null, customer.id(), me.storeId(), me.staffId(), LocalDate.now(clock), null, null,
                        clock.instant(), clock.instant(), List.of(), java.util.Set.of(), 0);
        VisitForm form = new VisitForm(staff, menuItems, fieldList, clock);
        form.edit(visit, me.staffId());
        EditorDialog dialog = new EditorDialog("visit", getTranslation(existing == null ? "visit.new" : "visit.edit"),
                form, () -> {
                    Visit edited = form.toVisit(visit);
                    if (edited == null) {
                        Notifications.error(getTranslation("validation.fix-fields"));
                        return false;
                    }
                    try {
                        karte.save(edited);
                    } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                        Notifications.error(getTranslation("visit.error.changed"));
                        return false;
                    }
                    Notifications.success(getTranslation("visit.saved"));
                    refresh();
                    return true;
                });
        dialog.open();
    }
}
