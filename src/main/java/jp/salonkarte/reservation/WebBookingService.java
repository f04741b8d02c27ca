package jp.salonkarte.reservation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import jp.salonkarte.base.Access;
import jp.salonkarte.base.Kana;
import jp.salonkarte.base.PhoneNumber;
import jp.salonkarte.base.SystemActor;
import jp.salonkarte.store.MenuItem;
import jp.salonkarte.store.MenuKind;
import jp.salonkarte.store.MenuService;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;

/**
 * Web booking (ネット予約, DD016): what the public page may show (bookable menus and staff, free
 * start times from {@link Availability}), booking with the same {@link BookingService} rules as
 * the board, and the customer's own link to look at, change or cancel that one booking until the
 * store's cut-off. Everything here may be called without a login, so it returns nothing about a
 * customer record: a booking is matched to an existing customer (phone or e-mail, and the same
 * reading of the name) or a new one is created, but the page and the mail only ever see what
 * the visitor typed.
 */
@Service
public class WebBookingService {

    /** Tag on a customer created by a web booking that may be someone already on file (DD016). */
    public static final String UNSURE_TAG = "要確認（ネット予約）";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A staff member a customer may ask for, by display name only. */
    public record BookableStaff(long id, String name) {
    }

    /** What the page shows after booking; the token is the customer's manage link. */
    public record Confirmation(long bookingId, String token) {
    }

    /** Who mail about a web booking goes to: what the visitor typed, and their link. */
    public record Contact(String name, String email, String token, boolean staffRequested) {
    }

    /** One booking as its customer sees it through the manage link. */
    public record Managed(long bookingId, long storeId, LocalDateTime startsAt, LocalDateTime endsAt,
            BookingStatus status, List<Booking.Menu> menus, long staffId, @Nullable String staffName,
            boolean staffRequested, LocalDateTime cutoff, boolean changeable) {

        public long totalYen() {
            return menus.stream().mapToLong(Booking.Menu::priceYen).sum();
        }

        public int durationMinutes() {
            return (int) java.time.Duration.between(startsAt, endsAt).toMinutes();
        }
    }

    private final JdbcClient jdbc;
    private final WebBookingSettingsRepository settingsRepository;
    private final BookingService bookings;
    private final Availability availability;
    private final StoreService stores;
    private final StaffService staff;
    private final MenuService menus;
    private final WebBookingCustomers customers;
    private final Clock clock;

    WebBookingService(JdbcClient jdbc, WebBookingSettingsRepository settingsRepository, BookingService bookings,
            Availability availability, StoreService stores, StaffService staff, MenuService menus,
            WebBookingCustomers customers, Clock clock) {
        this.jdbc = jdbc;
        this.settingsRepository = settingsRepository;
        this.bookings = bookings;
        this.availability = availability;
        this.stores = stores;
        this.staff = staff;
        this.menus = menus;
        this.customers = customers;
        this.clock = clock;
    }

    // ---- settings ----

    @Access.Public
    @Transactional(readOnly = true)
    public WebBookingSettings settings(long storeId) {
        return settingsRepository.find(storeId);
    }

    /** Saves the settings; refused when someone saved them since they were read (optimistic locking). */
    @Access.Manager
    @Transactional
    public WebBookingSettings saveSettings(WebBookingSettings s) {
        settingsRepository.save(s);
        return settings(s.storeId());
    }

    // ---- what the page shows ----

    /** The store the public page books for (chains get a store in the address later). */
    @Access.Public
    @Transactional(readOnly = true)
    public Optional<Store> store() {
        return stores.publicStore();
    }

    /** Active service menus with a length, in the menu's order. */
    @Access.Public
    @Transactional(readOnly = true)
    public List<MenuItem> bookableMenus(long storeId) {
        return asWebBooking(() -> {
            return menus.list(storeId).stream()
                    .filter(m -> m.active() && m.kind() == MenuKind.SERVICE && m.durationMinutes() != null)
                    .toList();
        });
    }

    @Access.Public
    @Transactional(readOnly = true)
    public List<BookableStaff> bookableStaff(long storeId) {
        return asWebBooking(() -> {
            return staff.list(storeId).stream().filter(Staff::active)
                    .map(s -> new BookableStaff(s.id(), s.displayName())).toList();
        });
    }

    /** The length of a booking of these menus (their lengths added up). */
    @Access.Public
    @Transactional(readOnly = true)
    public int durationMinutes(long storeId, List<Long> menuItemIds) {
        return asWebBooking(() -> {
            Map<Long, MenuItem> byId = new HashMap<>();
            bookableMenus(storeId).forEach(m -> byId.put(m.id(), m));
            int minutes = 0;
            for (Long id : Set.copyOf(menuItemIds)) {
                MenuItem m = byId.get(id);
                if (m == null) {
                    throw BookingException.invalid("booking.error.menu");
                }
                minutes += m.durationMinutes();
            }
            if (minutes == 0) {
                throw BookingException.invalid("webbook.error.no-menu");
            }
            return minutes;
        });
    }

    /**
     * Free start times per day, from today for the store's "days ahead", no earlier than its lead
     * time from now: for one staff member, or for anyone ({@code staffId} null).
     */
    @Access.Public
    @Transactional(readOnly = true)
    public Map<LocalDate, List<LocalTime>> freeTimes(long storeId, List<Long> menuItemIds, @Nullable Long staffId) {
        return asWebBooking(() -> {
            return freeTimes(storeId, durationMinutes(storeId, menuItemIds), staffId);
        });
    }

    private Map<LocalDate, List<LocalTime>> freeTimes(long storeId, int minutes, @Nullable Long staffId) {
        Store store = stores.find(storeId).orElseThrow();
        WebBookingSettings settings = settings(storeId);
        Map<LocalDate, List<LocalTime>> result = new LinkedHashMap<>();
        if (!settings.enabled()) {
            return result;
        }
        LocalDateTime earliest = LocalDateTime.now(clock).plusMinutes(settings.leadMinutes());
        availability.free(store, LocalDate.now(clock), settings.daysAhead(), minutes, candidates(storeId, staffId))
                .forEach((day, slots) -> result.put(day, slots.stream().map(Availability.Slot::start)
                        .filter(t -> !day.atTime(t).isBefore(earliest)).toList()));
        return result;
    }

    private List<Long> candidates(long storeId, @Nullable Long staffId) {
        List<Long> all = bookableStaff(storeId).stream().map(BookableStaff::id).toList();
        if (staffId == null) {
            return all;
        }
        if (!all.contains(staffId)) {
            throw BookingException.invalid("booking.error.staff");
        }
        return List.of(staffId);
    }

    // ---- booking ----

    /**
     * Books what the visitor chose: checks every field again (the page is not trusted), that the
     * time is still free (else "webbook.error.taken"), matches or creates the customer, and books
     * through {@link BookingService} in one READ COMMITTED transaction (its overlap check needs
     * that isolation), so a refused booking leaves no new customer behind.
     */
    @Access.Public
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Confirmation book(WebBookingForm form) {
        return asWebBooking(() -> {
            String familyName = required(form.familyName(), "webbook.error.name");
            String givenName = required(form.givenName(), "webbook.error.name");
            String familyKana = Kana.toKatakana(required(form.familyNameKana(), "webbook.error.kana"));
            String givenKana = Kana.toKatakana(required(form.givenNameKana(), "webbook.error.kana"));
            if (!Kana.isKana(familyKana) || !Kana.isKana(givenKana)) {
                throw BookingException.invalid("webbook.error.kana");
            }
            String phone = validPhone(form.phone()).orElseThrow(() -> BookingException.invalid("webbook.error.phone"));
            String email = validEmail(form.email()).orElseThrow(() -> BookingException.invalid("webbook.error.email"));
            String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
            if (note != null && note.length() > WebBookingForm.NOTE_MAX_LENGTH) {
                throw BookingException.invalid("booking.error.note");
            }
            WebBookingSettings settings = settings(form.storeId());
            if (!settings.enabled()) {
                throw BookingException.invalid("webbook.error.closed");
            }
            int minutes = durationMinutes(form.storeId(), form.menuItemIds());
            LocalDateTime start = form.startsAt();
            LocalDate day = start.toLocalDate();
            LocalDateTime now = LocalDateTime.now(clock);
            if (start.isBefore(now.plusMinutes(settings.leadMinutes()))
                    || !day.isBefore(now.toLocalDate().plusDays(settings.daysAhead()))) {
                throw BookingException.invalid("webbook.error.taken");
            }
            Store store = stores.find(form.storeId()).orElseThrow();
            List<Long> free = availability.free(store, day, 1, minutes, candidates(form.storeId(), form.staffId()))
                    .getOrDefault(day, List.of()).stream()
                    .filter(s -> s.start().equals(start.toLocalTime()))
                    .findFirst().map(Availability.Slot::staffIds).orElse(List.of());
            if (free.isEmpty()) {
                throw BookingException.invalid("webbook.error.taken");
            }
            long staffId = form.staffId() != null ? form.staffId() : leastBusy(form.storeId(), day, free);
            WebBookingCustomers.Match match = customers.match(familyName, givenName, familyKana, givenKana, phone, email);
            Booking booking;
            try {
                booking = bookings.book(new BookingRequest(form.storeId(), match.customerId(), staffId, start, minutes,
                        List.copyOf(new java.util.LinkedHashSet<>(form.menuItemIds())), note, BookingSource.WEB, false,
                        form.staffId() != null));
            } catch (BookingException e) {
                // Taken between our check and the staff lock, or outside hours after a shift change.
                throw BookingException.invalid("webbook.error.taken");
            }
            String token = newToken();
            jdbc.sql("update booking set web_token = ? where id = ?").params(token, booking.id()).update();
            jdbc.sql("""
                    insert into web_booking (booking_id, contact_name, contact_email, contact_phone, staff_requested,
                                             customer_match, created_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(booking.id(), familyName + " " + givenName, email, phone, form.staffId() != null,
                            match.kind(), java.sql.Timestamp.from(clock.instant()))
                    .update();
            return new Confirmation(booking.id(), token);
        });
    }

    /** A web token: 32 random bytes, base64url without padding (43 characters). */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The free staff member with the fewest bookings that day, so "anyone" spreads the work. */
    private long leastBusy(long storeId, LocalDate day, List<Long> free) {
        Map<Long, Long> load = new HashMap<>();
        bookings.day(storeId, day).stream().filter(b -> b.status().occupies())
                .forEach(b -> load.merge(b.staffId(), 1L, Long::sum));
        return free.stream().min(Comparator.comparingLong((Long id) -> load.getOrDefault(id, 0L))
                .thenComparing(id -> id)).orElseThrow();
    }

    public static Optional<String> validEmail(@Nullable String input) {
        if (input == null) {
            return Optional.empty();
        }
        String s = java.text.Normalizer.normalize(input, java.text.Normalizer.Form.NFKC).strip();
        return s.length() <= WebBookingForm.EMAIL_MAX_LENGTH && jp.salonkarte.base.EmailAddress.isValid(s) ? Optional.of(s)
                : Optional.empty();
    }

    /** A domestic number (10 or 11 digits from 0) or an international one, as typed. */
    public static Optional<String> validPhone(@Nullable String input) {
        return PhoneNumber.validate(input).filter(p -> p.length() <= WebBookingForm.PHONE_MAX_LENGTH);
    }

    /**
     * What the public page asks of the staff services (menus, free times, booking, the customer) is done
     * as the web-booking system actor (DD038): the visitor is anonymous, the staff services are not.
     */
    private static <T> T asWebBooking(java.util.function.Supplier<T> work) {
        return SystemActor.call("web-booking", work);
    }

    private static String required(@Nullable String value, String key) {
        if (value == null || value.isBlank() || value.strip().length() > WebBookingForm.NAME_MAX_LENGTH) {
            throw BookingException.invalid(key);
        }
        return value.strip();
    }

    // ---- the customer's own link ----

    /** The booking behind a manage link; empty for a malformed or unknown token. */
    @Access.Public
    @Transactional(readOnly = true)
    public Optional<Managed> manage(String token) {
        return asWebBooking(() -> {
            if (token == null || !TOKEN.matcher(token).matches()) {
                return Optional.empty();
            }
            return jdbc.sql("select b.id, w.staff_requested from booking b join web_booking w on w.booking_id = b.id"
                            + " where b.web_token = ?")
                    .param(token).query((rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2)}).optional()
                    .flatMap(row -> bookings.find((Long) row[0]).map(b -> managed(b, (Boolean) row[1])));
        });
    }

    private Managed managed(Booking b, boolean staffRequested) {
        WebBookingSettings settings = settings(b.storeId());
        LocalDateTime cutoff = b.startsAt().minusHours(settings.cancelCutoffHours());
        boolean changeable = b.status() == BookingStatus.BOOKED && LocalDateTime.now(clock).isBefore(cutoff);
        String staffName = staff.find(b.staffId()).map(Staff::displayName).orElse(null);
        return new Managed(b.id(), b.storeId(), b.startsAt(), b.endsAt(), b.status(), b.menus(), b.staffId(),
                staffName, staffRequested, cutoff, changeable);
    }

    /** Free times to move the booking behind this link to (same length, same staff member if one was asked for). */
    @Access.Public
    @Transactional(readOnly = true)
    public Map<LocalDate, List<LocalTime>> freeTimesFor(String token) {
        return asWebBooking(() -> {
            Managed m = changeable(token);
            return freeTimes(m.storeId(), m.durationMinutes(), m.staffRequested() ? m.staffId() : null);
        });
    }

    /** Cancels the booking behind this link, until the cut-off ("webbook.error.cutoff" after it). */
    @Access.Public
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Managed cancel(String token) {
        return asWebBooking(() -> {
            Managed m = changeable(token);
            bookings.setStatus(m.bookingId(), BookingStatus.CANCELLED);
            return manage(token).orElseThrow();
        });
    }

    /** Moves the booking behind this link to another free start, until the cut-off. */
    @Access.Public
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Managed reschedule(String token, LocalDateTime startsAt) {
        return asWebBooking(() -> {
            Managed m = changeable(token);
            LocalDate day = startsAt.toLocalDate();
            List<Long> free = freeTimesOn(m, startsAt);
            if (free.isEmpty()) {
                throw BookingException.invalid("webbook.error.taken");
            }
            long staffId = m.staffRequested() ? m.staffId()
                    : free.contains(m.staffId()) ? m.staffId() : leastBusy(m.storeId(), day, free);
            try {
                bookings.move(m.bookingId(), staffId, startsAt, false);
            } catch (BookingException e) {
                throw BookingException.invalid("webbook.error.taken");
            }
            return manage(token).orElseThrow();
        });
    }

    private List<Long> freeTimesOn(Managed m, LocalDateTime startsAt) {
        WebBookingSettings settings = settings(m.storeId());
        LocalDateTime now = LocalDateTime.now(clock);
        if (startsAt.isBefore(now.plusMinutes(settings.leadMinutes()))
                || !startsAt.toLocalDate().isBefore(now.toLocalDate().plusDays(settings.daysAhead()))) {
            return List.of();
        }
        Store store = stores.find(m.storeId()).orElseThrow();
        List<Long> staffIds = m.staffRequested() ? List.of(m.staffId()) : candidates(m.storeId(), null);
        return availability.free(store, startsAt.toLocalDate(), 1, m.durationMinutes(), staffIds)
                .getOrDefault(startsAt.toLocalDate(), List.of()).stream()
                .filter(s -> s.start().equals(startsAt.toLocalTime()))
                .findFirst().map(Availability.Slot::staffIds).orElse(List.of());
    }

    private Managed changeable(String token) {
        Managed m = manage(token).orElseThrow(() -> BookingException.invalid("webbook.error.not-found"));
        if (m.status() != BookingStatus.BOOKED) {
            throw BookingException.invalid("webbook.error.not-changeable");
        }
        if (!m.changeable()) {
            throw BookingException.invalid("webbook.error.cutoff");
        }
        return m;
    }

    /** Who to write to about this booking, when it came from the web page. */
    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<Contact> contact(long bookingId) {
        return jdbc.sql("""
                select w.contact_name, w.contact_email, w.staff_requested, b.web_token
                from web_booking w join booking b on b.id = w.booking_id where w.booking_id = ?""")
                .param(bookingId)
                .query((rs, n) -> new Contact(rs.getString("contact_name"), rs.getString("contact_email"),
                        rs.getString("web_token"), rs.getBoolean("staff_requested")))
                .optional();
    }

    /** How the web bookings of a period were matched to customers (for staff and tests). */
    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<String> customerMatch(long bookingId) {
        return jdbc.sql("select customer_match from web_booking where booking_id = ?").param(bookingId)
                .query(String.class).optional();
    }
}
