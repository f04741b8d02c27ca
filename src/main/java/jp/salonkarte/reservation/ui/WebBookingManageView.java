package jp.salonkarte.reservation.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.base.Yen;
import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.base.ui.UserMessages;
import jp.salonkarte.reservation.Booking;
import jp.salonkarte.reservation.BookingException;
import jp.salonkarte.reservation.BookingStatus;
import jp.salonkarte.reservation.WebBookingGuard;
import jp.salonkarte.reservation.WebBookingService;
import jp.salonkarte.store.Store;

/**
 * The customer's own page for one web booking, opened from the link in the mail
 * ({@code book/manage/<token>}): what was booked, and until the store's cut-off a change of time
 * or a cancellation. It shows that booking and nothing else; an unknown link and a wrong one
 * look the same.
 */
@Route(value = "book/manage/:token", autoLayout = false)
@AnonymousAllowed
class WebBookingManageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WebBookingService web;
    private final WebBookingGuard guard;
    private final String clientAddress;
    private final @Nullable Store store;
    private final Div body = new Div();
    final SlotPicker slots;
    private String token = "";
    private WebBookingService.@Nullable Managed booking;
    private @Nullable LocalDateTime newStart;

    WebBookingManageView(WebBookingService web, WebBookingGuard guard) {
        this.web = web;
        this.guard = guard;
        this.clientAddress = WebBookingPages.clientAddress();
        this.store = web.store().orElse(null);
        this.slots = new SlotPicker(this::timePicked);
        addClassName("webbook-page");
        setPadding(true);
        setSpacing(false);
        Div header = WebBookingPages.header(this, store, "webbook.manage.subtitle");
        body.addClassName("webbook-body");
        body.setWidthFull();
        add(header, body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webbook.manage.subtitle") + (store == null ? "" : "｜" + store.name());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        if (!guard.tryAction(clientAddress)) {
            body.removeAll();
            body.add(message("webbook-limited", getTranslation("webbook.error.rate-limit")));
            return;
        }
        booking = web.manage(token).orElse(null);
        showBooking();
    }

    private static Paragraph message(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("webbook-message");
        return p;
    }

    private String format(LocalDateTime t) {
        return jp.salonkarte.base.DateFormats.dayTime(getLocale()).format(t);
    }

    void showBooking() {
        body.removeAll();
        if (booking == null) {
            body.add(message("webbook-manage-not-found", getTranslation("webbook.error.not-found")));
            return;
        }
        WebBookingService.Managed b = booking;
        H2 heading = new H2(getTranslation("webbook.manage.title"));
        heading.addClassName("webbook-heading");
        Span status = new Span(getTranslation("webbook.manage.status." + (b.status() == BookingStatus.CANCELLED
                ? "cancelled" : b.status() == BookingStatus.BOOKED ? "booked" : "other")));
        status.setId("webbook-manage-status");
        status.getElement().getThemeList().add("badge" + (b.status() == BookingStatus.CANCELLED ? " error" : " success"));
        VerticalLayout summary = new VerticalLayout();
        summary.setPadding(false);
        summary.setSpacing(false);
        summary.addClassName("webbook-summary");
        summary.setId("webbook-manage-summary");
        summary.add(WebBookingPages.row("webbook.summary.when", format(b.startsAt()) + "〜"
                        + DateTimeFormatter.ofPattern("HH:mm").format(b.endsAt())),
                WebBookingPages.row("webbook.summary.menus", b.menus().stream().map(Booking.Menu::name)
                        .collect(Collectors.joining("、"))),
                WebBookingPages.row("webbook.summary.staff", b.staffRequested() && b.staffName() != null ? b.staffName()
                        : getTranslation("webbook.staff.anyone")),
                WebBookingPages.row("webbook.summary.price", Yen.format(b.totalYen()) + getTranslation("webbook.tax-included")));
        body.add(heading, status, summary);
        if (b.status() != BookingStatus.BOOKED) {
            return;
        }
        if (!b.changeable()) {
            String phone = store == null || store.phone() == null ? "" : store.phone();
            body.add(message("webbook-manage-cutoff", getTranslation("webbook.manage.after-cutoff", phone)));
            return;
        }
        Paragraph until = new Paragraph(getTranslation("webbook.manage.until", format(b.cutoff())));
        until.addClassName("webbook-muted");
        Button change = new Button(getTranslation("webbook.manage.change"), e -> showChange());
        change.setId("webbook-manage-change");
        change.addThemeVariants(ButtonVariant.PRIMARY);
        change.addClassName("webbook-primary");
        Button cancel = new Button(getTranslation("webbook.manage.cancel"), e -> askCancel());
        cancel.setId("webbook-manage-cancel");
        cancel.addThemeVariants(ButtonVariant.ERROR);
        cancel.addClassName("webbook-primary");
        Div bar = new Div(change, cancel);
        bar.addClassName("webbook-stack");
        body.add(until, bar);
    }

    private void askCancel() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("webbook-cancel-dialog");
        dialog.setHeader(getTranslation("webbook.manage.cancel.title"));
        dialog.setText(getTranslation("webbook.manage.cancel.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("webbook.manage.cancel.keep"));
        dialog.setConfirmText(getTranslation("webbook.manage.cancel.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> cancel());
        dialog.open();
    }

    /** Cancels (the dialog's confirm button). */
    void cancel() {
        if (!guard.tryBooking(clientAddress)) {
            Notifications.error(getTranslation("webbook.error.rate-limit"));
            return;
        }
        try {
            booking = web.cancel(token);
            Notifications.success(getTranslation("webbook.manage.cancelled"));
        } catch (BookingException e) {
            UserMessages.show(this, e);
            booking = web.manage(token).orElse(null);
        }
        showBooking();
    }

    void showChange() {
        body.removeAll();
        H2 heading = new H2(getTranslation("webbook.manage.change.title"));
        heading.addClassName("webbook-heading");
        Button back = new Button(getTranslation("action.back"), e -> showBooking());
        back.setId("webbook-back");
        back.addThemeVariants(ButtonVariant.TERTIARY);
        Div bar = new Div(back);
        bar.addClassName("webbook-nav");
        body.add(heading, slots, bar);
        if (!guard.tryAction(clientAddress)) {
            Notifications.error(getTranslation("webbook.error.rate-limit"));
            slots.setTimes(Map.of());
            return;
        }
        try {
            slots.setTimes(web.freeTimesFor(token));
        } catch (BookingException e) {
            UserMessages.show(this, e);
            showBooking();
        }
    }

    private void timePicked(LocalDateTime start) {
        newStart = start;
        body.removeAll();
        H2 heading = new H2(getTranslation("webbook.manage.change.confirm-title"));
        heading.addClassName("webbook-heading");
        Paragraph from = new Paragraph(getTranslation("webbook.manage.change.from", format(booking.startsAt())));
        Paragraph to = new Paragraph(getTranslation("webbook.manage.change.to", format(start)));
        to.addClassName("webbook-chosen");
        Button confirm = new Button(getTranslation("webbook.manage.change.confirm"), e -> reschedule());
        confirm.setId("webbook-manage-change-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClassName("webbook-primary");
        Button back = new Button(getTranslation("action.back"), e -> showChange());
        back.setId("webbook-back");
        back.addThemeVariants(ButtonVariant.TERTIARY);
        Div bar = new Div(back, confirm);
        bar.addClassName("webbook-nav");
        body.add(heading, from, to, bar);
    }

    /** Moves the booking to the picked time. */
    void reschedule() {
        if (!guard.tryBooking(clientAddress)) {
            Notifications.error(getTranslation("webbook.error.rate-limit"));
            return;
        }
        try {
            booking = web.reschedule(token, newStart);
            Notifications.success(getTranslation("webbook.manage.changed"));
            showBooking();
        } catch (BookingException e) {
            UserMessages.show(this, e);
            booking = web.manage(token).orElse(null);
            if ("webbook.error.taken".equals(e.messageKey())) {
                showChange();
            } else {
                showBooking();
            }
        }
    }
}
