package jp.salonkarte.reservation.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.base.Kana;
import jp.salonkarte.base.Yen;
import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.reservation.BookingException;
import jp.salonkarte.reservation.WebBookingForm;
import jp.salonkarte.reservation.WebBookingGuard;
import jp.salonkarte.reservation.WebBookingService;
import jp.salonkarte.store.MenuCategory;
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

    final Map<MenuCategory, CheckboxGroup<MenuItem>> menuGroups = new LinkedHashMap<>();
    final RadioButtonGroup<StaffChoice> staff = new RadioButtonGroup<>();
    final SlotPicker slots;
    final TextField familyName = new TextField();
    final TextField givenName = new TextField();
    final TextField familyKana = new TextField();
    final TextField givenKana = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final TextArea note = new TextArea();
    final TextField website = new TextField();
    final TextField humanCheck = new TextField();
    private final Paragraph humanQuestion = new Paragraph();
    final int humanA = ThreadLocalRandom.current().nextInt(1, 10);
    final int humanB = ThreadLocalRandom.current().nextInt(1, 10);
    Instant openedAt;

    private final Span menuTotal = new Span();
    private final Div steps = new Div();
    private final Div body = new Div();
    private final Paragraph timeMessage = new Paragraph();
    private final VerticalLayout summary = new VerticalLayout();
    private final Paragraph detailsError = new Paragraph();
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
        Map<MenuCategory, List<MenuItem>> byCategory = new LinkedHashMap<>();
        web.bookableMenus(store.id()).forEach(m -> byCategory.computeIfAbsent(m.category(), k -> new ArrayList<>()).add(m));
        byCategory.forEach((category, items) -> {
            CheckboxGroup<MenuItem> group = new CheckboxGroup<>();
            group.setId("webbook-menus-" + category.name());
            group.setLabel(getTranslation(category.labelKey()));
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.addClassName("webbook-menu-group");
            group.setItems(items);
            group.setItemLabelGenerator(MenuItem::name);
            group.setRenderer(new ComponentRenderer<>(this::menuLabel));
            group.addValueChangeListener(e -> updateMenuTotal());
            menuGroups.put(category, group);
        });
        menuTotal.setId("webbook-menu-total");
        menuTotal.addClassName("webbook-total");

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

        text(familyName, "webbook-family-name", "webbook.family-name", "例）山田", WebBookingForm.NAME_MAX_LENGTH);
        familyName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.FAMILY_NAME);
        text(givenName, "webbook-given-name", "webbook.given-name", "例）花子", WebBookingForm.NAME_MAX_LENGTH);
        givenName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.GIVEN_NAME);
        text(familyKana, "webbook-family-kana", "webbook.family-kana", "例）ヤマダ", WebBookingForm.NAME_MAX_LENGTH);
        text(givenKana, "webbook-given-kana", "webbook.given-kana", "例）ハナコ", WebBookingForm.NAME_MAX_LENGTH);
        text(phone, "webbook-phone", "webbook.phone", "例）090-1234-5678", WebBookingForm.PHONE_MAX_LENGTH);
        phone.getElement().setAttribute("type", "tel");
        phone.getElement().setAttribute("inputmode", "tel");
        phone.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.TEL);
        email.setId("webbook-email");
        email.setLabel(getTranslation("webbook.email"));
        email.setPlaceholder("例）hanako@example.com");
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(WebBookingForm.EMAIL_MAX_LENGTH);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        email.getElement().setAttribute("inputmode", "email");
        email.getElement().setAttribute("autocapitalize", "none");
        email.setHelperText(getTranslation("webbook.email.helper"));
        email.setWidthFull();
        note.setId("webbook-note");
        note.setLabel(getTranslation("webbook.note"));
        note.setMaxLength(WebBookingForm.NOTE_MAX_LENGTH);
        note.setWidthFull();
        // The honeypot: hidden from people (and screen readers), a form-filling bot types into it.
        website.setId("webbook-website");
        website.setLabel("Website");
        website.addClassName("webbook-hp");
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("tabindex", "-1");
        website.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        humanCheck.setId("webbook-human");
        humanCheck.setLabel(getTranslation("webbook.human.sum", humanA, humanB));
        humanQuestion.setText(getTranslation("webbook.human"));
        humanQuestion.addClassName("webbook-human-question");
        humanCheck.getElement().setAttribute("inputmode", "numeric");
        humanCheck.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        humanCheck.setMaxLength(3);
        humanCheck.setRequiredIndicatorVisible(true);
        humanCheck.setWidth("10em");
        detailsError.setId("webbook-details-error");
        detailsError.addClassNames("webbook-error");
        detailsError.setVisible(false);
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

    private void text(TextField field, String id, String labelKey, String placeholder, int max) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setPlaceholder(placeholder);
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
    }

    private Component menuLabel(MenuItem m) {
        Span name = new Span(m.name());
        name.addClassName("webbook-menu-name");
        Span meta = new Span(getTranslation("webbook.minutes", m.durationMinutes()) + "　" + Yen.format(m.priceYen())
                + getTranslation("webbook.tax-included"));
        meta.addClassName("webbook-muted");
        Div label = new Div(name, meta);
        label.addClassName("webbook-menu-label");
        return label;
    }

    List<MenuItem> selectedMenus() {
        return menuGroups.values().stream().flatMap(g -> g.getSelectedItems().stream()).toList();
    }

    private void updateMenuTotal() {
        List<MenuItem> chosen = selectedMenus();
        int minutes = chosen.stream().mapToInt(MenuItem::durationMinutes).sum();
        long yen = chosen.stream().mapToLong(MenuItem::priceYen).sum();
        menuTotal.setText(chosen.isEmpty() ? getTranslation("webbook.menu.none-yet")
                : getTranslation("webbook.menu.total", minutes, Yen.format(yen)));
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
        if (menuGroups.isEmpty()) {
            body.add(message("webbook-no-menus", getTranslation("webbook.menu.empty")));
            return;
        }
        menuGroups.values().forEach(body::add);
        updateMenuTotal();
        body.add(menuTotal, nav("webbook-next-menus", "webbook.next", () -> {
            if (selectedMenus().isEmpty()) {
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
            slots.setTimes(web.freeTimes(store.id(), menuIds(), staffId()));
        } catch (BookingException e) {
            Notifications.error(getTranslation(e.messageKey()));
            slots.setTimes(Map.of());
        }
    }

    private List<Long> menuIds() {
        return selectedMenus().stream().map(MenuItem::id).toList();
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
        Div names = new Div(familyName, givenName);
        names.addClassName("webbook-pair");
        Div kana = new Div(familyKana, givenKana);
        kana.addClassName("webbook-pair");
        body.add(heading("webbook.details.title"), when, names, kana, phone, email, note, website, humanQuestion,
                humanCheck,
                detailsError, nav("webbook-next-details", "webbook.next", this::detailsDone, Step.TIME));
    }

    /** Checks the details in the page; the service checks them again. */
    boolean validateDetails() {
        boolean ok = true;
        for (TextField f : new TextField[] {familyName, givenName}) {
            boolean valid = !f.getValue().isBlank();
            f.setInvalid(!valid);
            f.setErrorMessage(getTranslation("validation.required"));
            ok &= valid;
        }
        for (TextField f : new TextField[] {familyKana, givenKana}) {
            boolean valid = Kana.isKana(f.getValue());
            f.setInvalid(!valid);
            f.setErrorMessage(getTranslation(f.getValue().isBlank() ? "validation.required" : "validation.kana"));
            ok &= valid;
            if (valid) {
                f.setValue(Kana.toKatakana(f.getValue()));
            }
        }
        boolean phoneOk = WebBookingService.validPhone(phone.getValue()).isPresent();
        phone.setInvalid(!phoneOk);
        phone.setErrorMessage(getTranslation(phone.getValue().isBlank() ? "validation.required" : "webbook.error.phone"));
        ok &= phoneOk;
        boolean emailOk = WebBookingService.validEmail(email.getValue()).isPresent();
        email.setInvalid(!emailOk);
        email.setErrorMessage(getTranslation(email.getValue().isBlank() ? "validation.required" : "webbook.error.email"));
        ok &= emailOk;
        boolean humanOk = java.text.Normalizer.normalize(humanCheck.getValue(), java.text.Normalizer.Form.NFKC)
                .strip().equals(String.valueOf(humanA + humanB));
        humanCheck.setInvalid(!humanOk);
        humanCheck.setErrorMessage(getTranslation("webbook.error.human"));
        ok &= humanOk;
        detailsError.setText(getTranslation("validation.fix-fields"));
        detailsError.setVisible(!ok);
        return ok;
    }

    private void detailsDone() {
        if (validateDetails()) {
            show(Step.CONFIRM);
        }
    }

    private String formatStart() {
        return start == null ? "" : DateTimeFormatter.ofPattern("yyyy/MM/dd(E) HH:mm", getLocale()).format(start);
    }

    private void showConfirm() {
        summary.removeAll();
        List<MenuItem> chosen = selectedMenus();
        int minutes = chosen.stream().mapToInt(MenuItem::durationMinutes).sum();
        summary.add(WebBookingPages.row("webbook.summary.when", formatStart() + "〜"
                        + DateTimeFormatter.ofPattern("HH:mm").format(start.plusMinutes(minutes))),
                WebBookingPages.row("webbook.summary.menus", chosen.stream().map(MenuItem::name).collect(Collectors.joining("、"))),
                WebBookingPages.row("webbook.summary.staff", staff.getValue().name()),
                WebBookingPages.row("webbook.summary.price", Yen.format(chosen.stream().mapToLong(MenuItem::priceYen).sum())
                        + getTranslation("webbook.tax-included")),
                WebBookingPages.row("webbook.summary.name", familyName.getValue().strip() + " " + givenName.getValue().strip()
                        + "（" + familyKana.getValue() + " " + givenKana.getValue() + "）"),
                WebBookingPages.row("webbook.summary.phone", phone.getValue().strip()),
                WebBookingPages.row("webbook.summary.email", email.getValue().strip()));
        if (!note.getValue().isBlank()) {
            summary.add(WebBookingPages.row("webbook.summary.note", note.getValue().strip()));
        }
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
            if (!website.getValue().isEmpty()
                    || Duration.between(openedAt, clock.instant()).compareTo(MIN_FILL_TIME) < 0) {
                Notifications.error(getTranslation("webbook.error.refused"));
                return;
            }
            if (!validateDetails()) {
                show(Step.DETAILS);
                return;
            }
            if (!guard.tryBooking(clientAddress)) {
                Notifications.error(getTranslation("webbook.error.rate-limit"));
                return;
            }
            confirmation = web.book(new WebBookingForm(store.id(), menuIds(), staffId(), Objects.requireNonNull(start),
                    familyName.getValue(), givenName.getValue(), familyKana.getValue(), givenKana.getValue(),
                    phone.getValue(), email.getValue(), note.getValue()));
            show(Step.DONE);
        } catch (BookingException e) {
            if ("webbook.error.taken".equals(e.messageKey())) {
                timeMessage.setText(getTranslation("webbook.error.taken"));
                timeMessage.setVisible(true);
                show(Step.TIME);
                Notifications.error(getTranslation("webbook.error.taken"));
            } else {
                Notifications.error(getTranslation(e.messageKey()));
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
        Paragraph mail = new Paragraph(getTranslation("webbook.done.mail", email.getValue().strip()));
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
