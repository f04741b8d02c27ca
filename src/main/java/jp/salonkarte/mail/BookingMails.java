package jp.salonkarte.mail;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import jp.salonkarte.base.SystemActor;
import jp.salonkarte.base.Yen;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.reservation.Booking;
import jp.salonkarte.reservation.BookingService;
import jp.salonkarte.reservation.BookingStatus;
import jp.salonkarte.reservation.WebBookingService;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;

/**
 * Writes the mail a booking change calls for into the outbox, in the booking's own transaction
 * (DD017): confirmation when a booking is made, change when its time, staff member, length or
 * menus change, cancellation, and the reminder the day before. Web bookings are written to with
 * the name and address the visitor typed, and carry their manage link; bookings staff made get
 * mail only when the store turned that on and the customer has an e-mail address.
 */
@Component
class BookingMails {

    private static final Logger log = LoggerFactory.getLogger(BookingMails.class);
    static final DateTimeFormatter DAY_TIME = jp.salonkarte.base.DateFormats.JAPANESE_DAY_TIME;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final BookingService bookings;
    private final WebBookingService webBookings;
    private final CustomerService customers;
    private final StoreService stores;
    private final StaffService staff;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final Clock clock;
    private final String publicUrl;

    BookingMails(BookingService bookings, WebBookingService webBookings, CustomerService customers,
            StoreService stores, StaffService staff, MailTemplates templates, MailOutbox outbox, Clock clock,
            jp.salonkarte.base.SalonKarteProperties properties) {
        this.bookings = bookings;
        this.webBookings = webBookings;
        this.customers = customers;
        this.stores = stores;
        this.staff = staff;
        this.templates = templates;
        this.outbox = outbox;
        this.clock = clock;
        this.publicUrl = properties.publicUrl();
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(BookingService.BookingEvent event) {
        MailKind kind = switch (event.change()) {
            case BOOKED -> MailKind.CONFIRMATION;
            case CHANGED -> MailKind.CHANGE;
            case CANCELLED -> MailKind.CANCELLATION;
        };
        // Runs as the booking is committed, for staff and for the public booking page alike: system work.
        SystemActor.run("booking-mail", () -> enqueue(event.bookingId(), kind));
    }

    /** Writes this kind of mail about the booking into the outbox, unless it needs none or has it already. */
    boolean enqueue(long bookingId, MailKind kind) {
        Optional<Booking> found = bookings.find(bookingId);
        if (found.isEmpty()) {
            return false;
        }
        Booking b = found.get();
        LocalDateTime now = LocalDateTime.now(clock);
        if (b.startsAt().isBefore(now)) {
            return false; // nothing to tell about the past (staff tidying up yesterday's board)
        }
        if (kind == MailKind.CANCELLATION ? b.status() != BookingStatus.CANCELLED : b.status() != BookingStatus.BOOKED) {
            return false;
        }
        Optional<Recipient> to = recipient(b);
        if (to.isEmpty()) {
            return false;
        }
        Store store = stores.find(b.storeId()).orElseThrow();
        MailTemplate.Filled mail = templates.template(b.storeId(), kind).filled(values(b, store, to.get(), now));
        String dedupe = kind == MailKind.REMINDER ? "REMINDER:" + b.id() + ":" + b.startsAt()
                : kind.name() + ":" + b.id() + ":v" + b.version();
        boolean added = outbox.enqueue(b.storeId(), kind, b.id(), dedupe, to.get().email(), mail.subject(),
                mail.body());
        if (added) {
            log.debug("Queued {} mail for booking {}", kind, b.id());
        }
        return added;
    }

    /** Reminders for the bookings of a day (normally tomorrow); how many were newly queued. */
    int enqueueReminders(LocalDate day) {
        int queued = 0;
        Optional<Store> store = stores.currentStore();
        if (store.isEmpty()) {
            return 0;
        }
        for (Booking b : bookings.day(store.get().id(), day)) {
            if (b.status() == BookingStatus.BOOKED && enqueue(b.id(), MailKind.REMINDER)) {
                queued++;
            }
        }
        return queued;
    }

    record Recipient(String name, String email, @Nullable String token) {
    }

    private Optional<Recipient> recipient(Booking b) {
        Optional<WebBookingService.Contact> web = webBookings.contact(b.id());
        if (web.isPresent()) {
            return Optional.of(new Recipient(web.get().name(), web.get().email(), web.get().token()));
        }
        if (!templates.staffBookingMails(b.storeId())) {
            return Optional.empty();
        }
        return customers.find(b.customerId()).filter(c -> c.email() != null && !c.email().isBlank())
                .map(c -> new Recipient(c.displayName(), c.email().strip(), null));
    }

    private Map<String, String> values(Booking b, Store store, Recipient to, LocalDateTime now) {
        Map<String, String> v = new LinkedHashMap<>(storeValues(store));
        v.put(MailTemplate.CUSTOMER, to.name());
        v.put(MailTemplate.WHEN, DAY_TIME.format(b.startsAt()) + "〜" + TIME.format(b.endsAt()));
        v.put(MailTemplate.MENUS, b.menus().isEmpty() ? "（店頭でご相談）"
                : b.menus().stream().map(Booking.Menu::name).collect(Collectors.joining("、")));
        boolean requested = webBookings.contact(b.id()).map(WebBookingService.Contact::staffRequested).orElse(true);
        v.put(MailTemplate.STAFF, requested ? staff.find(b.staffId()).map(Staff::displayName).orElse("") : "指名なし");
        v.put(MailTemplate.PRICE, Yen.format(b.priceYen()));
        String phone = store.phone();
        if (to.token() != null) {
            String url = publicUrl + "/book/manage/" + to.token();
            LocalDateTime cutoff = b.startsAt().minusHours(webBookings.settings(b.storeId()).cancelCutoffHours());
            v.put(MailTemplate.MANAGE_URL, url);
            v.put(MailTemplate.CUTOFF, DAY_TIME.format(cutoff));
            v.put(MailTemplate.MANAGE_GUIDE, now.isBefore(cutoff) ? guideOnline(url, DAY_TIME.format(cutoff), phone)
                    : "ご予約内容の確認：\n" + url + "\n" + guideByPhone(phone));
        } else {
            v.put(MailTemplate.MANAGE_URL, "");
            v.put(MailTemplate.CUTOFF, "");
            v.put(MailTemplate.MANAGE_GUIDE, guideByPhone(phone));
        }
        return v;
    }

    static Map<String, String> storeValues(Store store) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(MailTemplate.STORE, store.name());
        v.put(MailTemplate.STORE_PHONE, store.phone() == null ? "" : store.phone());
        v.put(MailTemplate.STORE_ADDRESS, jp.salonkarte.base.PostalAddress.format(store.postalCode(), store.address()));
        return v;
    }

    static String guideOnline(String url, String cutoff, @Nullable String phone) {
        return "ご予約の確認・変更・キャンセルは、" + cutoff + "まで下記のページから承ります。\n" + url
                + "\nそれ以降の変更・キャンセルは" + byPhone(phone) + "ご連絡ください。";
    }

    static String guideByPhone(@Nullable String phone) {
        return "ご予約の変更・キャンセルは" + byPhone(phone) + "ご連絡ください。";
    }

    private static String byPhone(@Nullable String phone) {
        return phone == null || phone.isBlank() ? "店舗まで" : "お電話（" + phone + "）にて";
    }
}
