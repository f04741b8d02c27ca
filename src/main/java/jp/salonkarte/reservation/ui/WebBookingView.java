package jp.salonkarte.reservation.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.base.Yen;
import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.base.ui.UserMessages;
import jp.salonkarte.reservation.BookingException;
import jp.salonkarte.reservation.WebBookingGuard;
import jp.salonkarte.reservation.WebBookingService;
import jp.salonkarte.store.MenuItem;
import jp.salonkarte.store.Store;

/**
 * The public web booking page (ネット予約, DD016), phone first: menus → staff or 「指名なし」 →
 * day and time → name, furigana, phone, e-mail → confirm → done. No login; it shows nothing
 * about any customer, refuses bots with a hidden field, a minimum fill time and a small sum, and
 * counts every action against its address's hourly allowance.
 */
@Route(value = "book", autoLayout = false)
@AnonymousAllowed
class WebBookingView extends VerticalLayout implements HasDynamicTitle {

    /** A person needs at least this long from opening the page to confirming; a script does not. */
    static final Duration MIN_FILL_TIME = Duration.ofSeconds(5);

    enum Step {
        MENUS, STAFF, TIME, DETAILS, CONFIRM, DONE
    }

    /** A choice of staff member; a null id is 「指名なし」. */
    record StaffChoice(@Nullable Long id, String name) {
    }

    private final WebBookingService web;
    private final WebBookingGuard guard;
    private final Clock clock;
    private final String clientAddress;
    private final @Nullable Store store;

    final WebBookingMenus menus;
    final RadioButtonGroup<StaffChoice> staff = new RadioButtonGroup<>();
    final SlotPicker slots;
    final WebBookingDetails details;
    Instant openedAt;

    private final Div steps = new Div();
    private final Div body = new Div();
    private final Paragraph timeMessage = new Paragraph();
    private final VerticalLayout summary = new VerticalLayout();
    private final Button confirmButton = new Button();
    private Step step = Step.MENUS;
    private @Nullable LocalDateTime start;
    private WebBookingService.@Nullable Confirmation confirmation;

    WebBookingView(WebBookingService web, WebBookingGuard guard, Clock clock) {
        this.web = web;
        this.guard = guard;
        this.clock = clock;
        this.openedAt = clock.instant();
        this.clientAddress = WebBookingPages.clientAddress();
        this.store = web.store().orElse(null);
        this.slots = new SlotPicker(this::timePicked);
        this.menus = new WebBookingMenus(this);
        this.details = new WebBookingDetails(this);
        addClassName("webbook-page");
        setPadding(true);
        setSpacing(false);
        Div header = WebBookingPages.header(this, store, "webbook.subtitle");
        add(header);

        if (store == null || !web.settings(store.id()).enabled()) {
            add(message("webbook-closed", getTranslation("webbook.closed")));
            return;
        }
        if (!guard.tryAction(clientAddress)) {
            add(message("webbook-limited", getTranslation("webbook.error.rate-limit")));
            return;
        }
        steps.addClassName("webbook-steps");
        steps.setId("webbook-steps");
        body.addClassName("webbook-body");
        body.setWidthFull();
        add(steps, body);
        buildFields();
        show(Step.MENUS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webbook.title") + (store == null ? "" : "｜" + store.name());
    }

    private static Paragraph message(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("webbook-message");
        return p;
    }

    // ---- the fields of every step, built once so going back keeps what was chosen ----

    private void buildFields() {
        menus.build(web.bookableMenus(store.id()));
        staff.setId("webbook-staff");
        staff.setLabel(getTranslation("webbook.staff.label"));
        staff.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        staff.addClassName("webbook-staff");
        List<StaffChoice> choices = new ArrayList<>();
        choices.add(new StaffChoice(null, getTranslation("webbook.staff.anyone")));
        web.bookableStaff(store.id()).forEach(s -> choices.add(new StaffChoice(s.id(), s.name())));
        staff.setItems(choices);
        staff.setItemLabelGenerator(StaffChoice::name);
        staff.setValue(choices.getFirst());

        timeMessage.setId("webbook-time-message");
        timeMessage.addClassName("webbook-error");
        timeMessage.setVisible(false);
        confirmButton.setText(getTranslation("webbook.confirm"));
        confirmButton.addClickListener(e -> confirm());
        confirmButton.setId("webbook-confirm");
        confirmButton.addThemeVariants(ButtonVariant.PRIMARY);
        confirmButton.addClassName("webbook-primary");
        confirmButton.setDisableOnClick(true);
        summary.setPadding(false);
        summary.setSpacing(false);
        summary.setId("webbook-summary");
        summary.addClassName("webbook-summary");
    }

    // ---- steps ----

    WebBookingService web() {
        return web;
    }

    Step step() {
        return step;
    }

    void show(Step next) {
        step = next;
        steps.removeAll();
        Step[] shown = {Step.MENUS, Step.STAFF, Step.TIME, Step.DETAILS, Step.CONFIRM};
        for (int i = 0; i < shown.length; i++) {
            Span s = new Span((i + 1) + " " + getTranslation("webbook.step." + shown[i].name()));
            s.addClassName("webbook-step");
            if (shown[i] == next) {
                s.addClassName("current");
            } else if (shown[i].ordinal() < next.ordinal()) {
                s.addClassName("done");
            }
            steps.add(s);
        }
        steps.setVisible(next != Step.DONE);
        body.removeAll();
        switch (next) {
            case MENUS -> showMenus();
            case STAFF -> body.add(heading("webbook.staff.title"), staff,
                    nav("webbook-next-staff", "webbook.next", () -> show(Step.TIME), Step.MENUS));
            case TIME -> showTimes();
            case DETAILS -> showDetails();
            case CONFIRM -> showConfirm();
            case DONE -> showDone();
        }
    }

    private H2 heading(String key) {
        H2 h = new H2(getTranslation(key));
        h.addClassName("webbook-heading");
        return h;
    }

    private Component nav(String nextId, String nextKey, Runnable next, @Nullable Step back) {
        Button forward = new Button(getTranslation(nextKey), e -> next.run());
        forward.setId(nextId);
        forward.addThemeVariants(ButtonVariant.PRIMARY);
        forward.addClassName("webbook-primary");
        Div bar = new Div();
        bar.addClassName("webbook-nav");
        if (back != null) {
            Button backButton = new Button(getTranslation("action.back"), e -> show(back));
            backButton.setId("webbook-back");
            backButton.addThemeVariants(ButtonVariant.TERTIARY);
            bar.add(backButton);
        }
        bar.add(forward);
        return bar;
    }

    private void showMenus() {
        body.add(heading("webbook.menu.title"));
        if (menus.groups.isEmpty()) {
            body.add(message("webbook-no-menus", getTranslation("webbook.menu.empty")));
            return;
        }
        menus.groups.values().forEach(body::add);
        menus.updateTotal();
        body.add(menus.total, nav("webbook-next-menus", "webbook.next", () -> {
            if (menus.selected().isEmpty()) {
                Notifications.error(getTranslation("webbook.error.no-menu"));
                return;
            }
            show(Step.STAFF);
        }, null));
    }

    private void showTimes() {
        Button back = new Button(getTranslation("action.back"), e -> show(Step.STAFF));
        back.setId("webbook-back");
        back.addThemeVariants(ButtonVariant.TERTIARY);
        Div bar = new Div(back);
        bar.addClassName("webbook-nav");
        body.add(heading("webbook.time.title"), timeMessage, slots, bar);
        loadTimes();
    }

    /** Reads the free times again (counts as a page action). */
    void loadTimes() {
        if (!guard.tryAction(clientAddress)) {
            Notifications.error(getTranslation("webbook.error.rate-limit"));
            slots.setTimes(Map.of());
            return;
        }
        try {
            slots.setTimes(web.freeTimes(store.id(), menus.selectedIds(), staffId()));
        } catch (BookingException e) {
            UserMessages.show(this, e);
            slots.setTimes(Map.of());
        }
    }

    private @Nullable Long staffId() {
        return staff.getValue() == null ? null : staff.getValue().id();
    }

    private void timePicked(LocalDateTime picked) {
        start = picked;
        timeMessage.setVisible(false);
        show(Step.DETAILS);
    }

    private void showDetails() {
        Paragraph when = new Paragraph(getTranslation("webbook.details.when", formatStart()));
        when.addClassName("webbook-chosen");
        body.add(heading("webbook.details.title"), when);
        details.addTo(body);
        body.add(nav("webbook-next-details", "webbook.next", this::detailsDone, Step.TIME));
    }

    private void detailsDone() {
        if (details.validate()) {
            show(Step.CONFIRM);
        }
    }

    private String formatStart() {
        return start == null ? "" : jp.salonkarte.base.DateFormats.dayTime(getLocale()).format(start);
    }

    private void showConfirm() {
        summary.removeAll();
        List<MenuItem> chosen = menus.selected();
        int minutes = chosen.stream().mapToInt(MenuItem::durationMinutes).sum();
        summary.add(WebBookingPages.row("webbook.summary.when", formatStart() + "〜"
                        + DateTimeFormatter.ofPattern("HH:mm").format(start.plusMinutes(minutes))),
                WebBookingPages.row("webbook.summary.menus", chosen.stream().map(MenuItem::name).collect(Collectors.joining("、"))),
                WebBookingPages.row("webbook.summary.staff", staff.getValue().name()),
                WebBookingPages.row("webbook.summary.price", Yen.format(chosen.stream().mapToLong(MenuItem::priceYen).sum())
                        + getTranslation("webbook.tax-included")));
        details.summaryRows().forEach(summary::add);
        Paragraph policy = new Paragraph(getTranslation("webbook.confirm.policy",
                web.settings(store.id()).cancelCutoffHours()));
        policy.addClassName("webbook-muted");
        Button confirm = confirmButton;
        Button back = new Button(getTranslation("action.back"), e -> show(Step.DETAILS));
        back.setId("webbook-back");
        back.addThemeVariants(ButtonVariant.TERTIARY);
        Div bar = new Div(back, confirm);
        bar.addClassName("webbook-nav");
        body.add(heading("webbook.confirm.title"), summary, policy, bar);
    }

    /** Books, after the human checks and the address's booking allowance. */
    void confirm() {
        try {
            if (details.honeypotFilled()
                    || Duration.between(openedAt, clock.instant()).compareTo(MIN_FILL_TIME) < 0) {
                Notifications.error(getTranslation("webbook.error.refused"));
                return;
            }
            if (!details.validate()) {
                show(Step.DETAILS);
                return;
            }
            if (!guard.tryBooking(clientAddress)) {
                Notifications.error(getTranslation("webbook.error.rate-limit"));
                return;
            }
            confirmation = web.book(details.form(store.id(), menus.selectedIds(), staffId(),
                    Objects.requireNonNull(start)));
            show(Step.DONE);
        } catch (BookingException e) {
            if ("webbook.error.taken".equals(e.messageKey())) {
                timeMessage.setText(getTranslation("webbook.error.taken"));
                timeMessage.setVisible(true);
                show(Step.TIME);
                Notifications.error(getTranslation("webbook.error.taken"));
            } else {
                UserMessages.show(this, e);
            }
        } finally {
            confirmButton.setEnabled(true);
        }
    }

    WebBookingService.@Nullable Confirmation confirmation() {
        return confirmation;
    }

    private void showDone() {
        Icon check = VaadinIcon.CHECK_CIRCLE.create();
        check.addClassName("webbook-done-icon");
        H2 done = heading("webbook.done.title");
        done.setId("webbook-done");
        Paragraph mail = new Paragraph(getTranslation("webbook.done.mail", details.email()));
        Button manage = new Button(getTranslation("webbook.done.manage"),
                e -> getUI().ifPresent(ui -> ui.navigate("book/manage/" + confirmation.token())));
        manage.setId("webbook-manage-link");
        manage.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        manage.addClassName("webbook-primary");
        Paragraph keep = new Paragraph(getTranslation("webbook.done.keep"));
        keep.addClassName("webbook-muted");
        body.add(check, done, summary, mail, keep, manage);
    }
}
