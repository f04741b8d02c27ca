package jp.salonkarte.reservation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import jp.salonkarte.base.Access;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;

/**
 * Making and changing bookings so that one staff member never has two at once (DD015). Every
 * change first locks the rows of the staff members involved ({@code select … for update}, in id
 * order, so never a deadlock), then checks for an overlapping booking, then writes — in one
 * READ COMMITTED transaction, so the check sees everything committed before the lock was
 * granted. Two iPads booking the same slot at once queue on the lock; the second finds the
 * first's booking and is refused. Bookings outside business hours or the staff member's shift need
 * {@code overrideHours} (staff confirmed); an overlap is never allowed.
 */
@Service
public class BookingService {

    /** After commit: the bookings of these days in this store changed (the board refreshes). */
    public record BookingsChanged(long storeId, Set<LocalDate> days) {
    }

    /**
     * Inside the transaction: a booking was made (or a cancelled one brought back), changed in
     * what the customer was told (time, staff member, length, menus), or cancelled. Listeners that
     * write in the same transaction (the mail outbox) use {@code @TransactionalEventListener(phase =
     * BEFORE_COMMIT)}, so what they write commits or rolls back with the booking.
     */
    public record BookingEvent(long bookingId, long storeId, Change change) {

        public enum Change {
            BOOKED, CHANGED, CANCELLED
        }
    }

    /** What checkout needs from a booking: the ticket issue builds on this. */
    public record CheckoutDraft(long bookingId, long storeId, long customerId, long staffId,
            List<Booking.Menu> menus) {
    }

    private final JdbcClient jdbc;
    private final BookingQueries queries;
    private final StoreService stores;
    private final Shifts shifts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BookingService(JdbcClient jdbc, BookingQueries queries, StoreService stores, Shifts shifts,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.stores = stores;
        this.shifts = shifts;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading ----

    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<Booking> find(long id) {
        return queries.query("where b.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Every booking of the store starting in [from, to), cancelled ones included, by start time. */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<Booking> between(long storeId, LocalDateTime from, LocalDateTime to) {
        return queries.query("where b.store_id = :store and b.starts_at >= :from and b.starts_at < :to"
                + " order by b.starts_at, b.staff_id, b.id", Map.of("store", storeId, "from", from, "to", to));
    }

    /** How often the customer did not come (kept and counted, so reception sees it when booking). */
    @Access.Staff
    @Transactional(readOnly = true)
    public int noShows(long customerId) {
        return jdbc.sql("select count(*) from booking where customer_id = ? and status = 'NO_SHOW'").param(customerId)
                .query(Integer.class).single();
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public List<Booking> day(long storeId, LocalDate day) {
        return between(storeId, day.atStartOfDay(), day.plusDays(1).atStartOfDay());
    }

    // ---- changing ----

    /** Books a slot; refused with {@link BookingException} when it overlaps, or lies outside hours without override. */
    @Access.Staff
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Booking book(BookingRequest request) {
        LocalDateTime end = end(request.startsAt(), request.durationMinutes());
        checkNote(request.note());
        List<Booking.Menu> menus = menus(request.storeId(), request.menuItemIds());
        checkCustomer(request.customerId());
        place(null, request.storeId(), request.staffId(), request.startsAt(), end, request.overrideHours());
        var now = java.sql.Timestamp.from(clock.instant());
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into booking (store_id, customer_id, staff_id, starts_at, ends_at, status, source, nominated,
                                     note, created_at, updated_at)
                values (?, ?, ?, ?, ?, 'BOOKED', ?, ?, ?, ?, ?)""")
                .params(request.storeId(), request.customerId(), request.staffId(), request.startsAt(), end,
                        request.source().name(), request.nominated(), blankToNull(request.note()), now, now)
                .update(key, "id");
        long id = key.getKey().longValue();
        saveMenus(id, menus);
        changed(request.storeId(), request.startsAt().toLocalDate());
        events.publishEvent(new BookingEvent(id, request.storeId(), BookingEvent.Change.BOOKED));
        return find(id).orElseThrow();
    }

    /**
     * Changes a booking from the booking sheet: customer, menus, staff, time, length, note,
     * source. {@code expectedVersion} is the version the sheet showed; someone else's change
     * since then refuses this one ("booking.error.changed").
     */
    @Access.Staff
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Booking update(long id, int expectedVersion, BookingRequest request) {
        LocalDateTime end = end(request.startsAt(), request.durationMinutes());
        checkNote(request.note());
        Booking before = lockedBooking(id, request.staffId());
        if (before.version() != expectedVersion) {
            throw BookingException.invalid("booking.error.changed");
        }
        List<Booking.Menu> menus = menus(request.storeId(), request.menuItemIds());
        checkCustomer(request.customerId());
        if (before.status().occupies()) {
            place(id, before.storeId(), request.staffId(), request.startsAt(), end, request.overrideHours());
        }
        jdbc.sql("""
                update booking set customer_id = ?, staff_id = ?, starts_at = ?, ends_at = ?, source = ?, nominated = ?,
                                   note = ?, updated_at = ?, version = version + 1 where id = ?""")
                .params(request.customerId(), request.staffId(), request.startsAt(), end, request.source().name(),
                        request.nominated(), blankToNull(request.note()), java.sql.Timestamp.from(clock.instant()), id)
                .update();
        jdbc.sql("delete from booking_menu where booking_id = ?").param(id).update();
        saveMenus(id, menus);
        changed(before.storeId(), before.startsAt().toLocalDate(), request.startsAt().toLocalDate());
        if (!before.startsAt().equals(request.startsAt()) || !before.endsAt().equals(end)
                || before.staffId() != request.staffId() || !before.menus().equals(menus)) {
            events.publishEvent(new BookingEvent(id, before.storeId(), BookingEvent.Change.CHANGED));
        }
        return find(id).orElseThrow();
    }

    /** Moves a booking to another start and/or staff member (dragged on the board); its length stays. */
    @Access.Staff
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Booking move(long id, long staffId, LocalDateTime startsAt, boolean overrideHours) {
        Booking before = lockedBooking(id, staffId);
        if (!before.status().editable()) {
            throw BookingException.invalid("booking.error.not-editable");
        }
        LocalDateTime end = end(startsAt, before.durationMinutes());
        place(id, before.storeId(), staffId, startsAt, end, overrideHours);
        jdbc.sql("update booking set staff_id = ?, starts_at = ?, ends_at = ?, updated_at = ?, version = version + 1"
                + " where id = ?").params(staffId, startsAt, end, java.sql.Timestamp.from(clock.instant()), id).update();
        changed(before.storeId(), before.startsAt().toLocalDate(), startsAt.toLocalDate());
        if (!before.startsAt().equals(startsAt) || before.staffId() != staffId) {
            events.publishEvent(new BookingEvent(id, before.storeId(), BookingEvent.Change.CHANGED));
        }
        return find(id).orElseThrow();
    }

    /** Changes a booking's length (its bottom edge dragged on the board). */
    @Access.Staff
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Booking resize(long id, int durationMinutes, boolean overrideHours) {
        Booking before = lockedBooking(id, null);
        if (!before.status().editable()) {
            throw BookingException.invalid("booking.error.not-editable");
        }
        LocalDateTime end = end(before.startsAt(), durationMinutes);
        place(id, before.storeId(), before.staffId(), before.startsAt(), end, overrideHours);
        jdbc.sql("update booking set ends_at = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(end, java.sql.Timestamp.from(clock.instant()), id).update();
        changed(before.storeId(), before.startsAt().toLocalDate());
        if (!before.endsAt().equals(end)) {
            events.publishEvent(new BookingEvent(id, before.storeId(), BookingEvent.Change.CHANGED));
        }
        return find(id).orElseThrow();
    }

    /**
     * Moves a booking along booked → arrived → in checkout → done, or cancels it, or marks a
     * no-show. Bringing a cancelled booking back checks its slot again.
     */
    @Access.Staff
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Booking setStatus(long id, BookingStatus status) {
        Booking before = lockedBooking(id, null);
        if (before.status() == status) {
            return before;
        }
        if (!before.status().next().contains(status)) {
            throw BookingException.invalid("booking.error.status");
        }
        if (!before.status().occupies() && status.occupies()) {
            place(id, before.storeId(), before.staffId(), before.startsAt(), before.endsAt(), true);
        }
        jdbc.sql("update booking set status = ?, cancelled_at = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(status.name(), status == BookingStatus.CANCELLED ? java.sql.Timestamp.from(clock.instant()) : null,
                        java.sql.Timestamp.from(clock.instant()), id)
                .update();
        changed(before.storeId(), before.startsAt().toLocalDate());
        if (status == BookingStatus.CANCELLED) {
            events.publishEvent(new BookingEvent(id, before.storeId(), BookingEvent.Change.CANCELLED));
        } else if (status == BookingStatus.BOOKED && !before.status().occupies()) {
            events.publishEvent(new BookingEvent(id, before.storeId(), BookingEvent.Change.BOOKED));
        }
        return find(id).orElseThrow();
    }

    /**
     * Hand-off to checkout: the booking goes "in checkout" (from booked or arrived) and the
     * ticket gets the booked menus, customer and staff member.
     */
    @Access.Staff
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CheckoutDraft startCheckout(long id) {
        Booking booking = find(id).orElseThrow(() -> BookingException.invalid("booking.error.gone"));
        if (booking.status() == BookingStatus.BOOKED) {
            booking = setStatus(id, BookingStatus.ARRIVED);
        }
        if (booking.status() != BookingStatus.IN_CHECKOUT) {
            booking = setStatus(id, BookingStatus.IN_CHECKOUT);
        }
        return new CheckoutDraft(booking.id(), booking.storeId(), booking.customerId(), booking.staffId(),
                booking.menus());
    }

    // ---- the rules ----

    /**
     * With the staff member's row locked (by the caller), refuses an overlap with any other booking that holds time
     * (touching ends are fine) and, unless overridden, a time outside the store's hours or the
     * staff member's shift that day.
     */
    private void place(@Nullable Long self, long storeId, long staffId, LocalDateTime start, LocalDateTime end,
            boolean overrideHours) {
        if (!start.toLocalDate().equals(end.toLocalDate()) && !end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            throw BookingException.invalid("booking.error.crosses-midnight");
        }
        if (self == null) {
            lockStaff(storeId, Set.of(staffId));
        }
        // READ COMMITTED: this sees every booking committed before this transaction got the staff lock.
        List<Long> overlapping = jdbc.sql("""
                select id from booking
                where staff_id = :staff and status in ('BOOKED', 'ARRIVED', 'IN_CHECKOUT', 'DONE')
                  and starts_at < :end and ends_at > :start and id <> :self""")
                .param("staff", staffId).param("start", start).param("end", end).param("self", self == null ? -1 : self)
                .query(Long.class).list();
        if (!overlapping.isEmpty()) {
            throw BookingException.overlap();
        }
        if (!overrideHours && !withinHours(storeId, staffId, start, end)) {
            throw BookingException.outsideHours();
        }
    }

    /** Inside the store's hours on an open day and inside the staff member's shift. */
    @Access.Staff
    @Transactional(readOnly = true)
    public boolean withinHours(long storeId, long staffId, LocalDateTime start, LocalDateTime end) {
        Store store = stores.find(storeId).orElseThrow();
        LocalTime from = start.toLocalTime();
        LocalTime to = end.toLocalTime().equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : end.toLocalTime();
        Shifts.Window storeHours = new Shifts.Window(store.openingTime(), store.closingTime());
        Shifts.Window shift = shifts.workingHours(store, start.toLocalDate(), List.of(staffId)).get(staffId);
        return shift != null && shift.contains(from, to) && storeHours.contains(from, to);
    }

    /** Locks the staff rows (active staff of the store only), in id order: every change takes them first. */
    private void lockStaff(long storeId, Set<Long> staffIds) {
        List<Long> locked = jdbc.sql("select id from staff where id in (:ids) and store_id = :store and active"
                        + " order by id for update")
                .param("ids", new TreeSet<>(staffIds)).param("store", storeId).query(Long.class).list();
        if (locked.size() != staffIds.size()) {
            throw BookingException.invalid("booking.error.staff");
        }
    }

    /**
     * The booking, read after locking its staff member (and the one it moves to): whoever changes
     * a booking holds its staff member's lock, so it cannot change under us. When it was moved to
     * someone else between reading and locking, the caller's view is stale: refused.
     */
    private Booking lockedBooking(long id, @Nullable Long toStaff) {
        Booking seen = find(id).orElseThrow(() -> BookingException.invalid("booking.error.gone"));
        Set<Long> staff = toStaff == null ? Set.of(seen.staffId()) : new TreeSet<>(List.of(seen.staffId(), toStaff));
        lockStaff(seen.storeId(), staff);
        Booking current = find(id).orElseThrow(() -> BookingException.invalid("booking.error.gone"));
        if (current.staffId() != seen.staffId()) {
            throw BookingException.invalid("booking.error.changed");
        }
        return current;
    }

    private static LocalDateTime end(LocalDateTime start, int minutes) {
        if (minutes < BookingRequest.MIN_MINUTES || minutes > BookingRequest.MAX_MINUTES || minutes % 5 != 0) {
            throw BookingException.invalid("booking.error.duration");
        }
        if (start.getMinute() % 5 != 0 || start.getSecond() != 0 || start.getNano() != 0) {
            throw BookingException.invalid("booking.error.start");
        }
        return start.plusMinutes(minutes);
    }

    private void checkCustomer(long customerId) {
        if (jdbc.sql("select count(*) from customer where id = ? and active").param(customerId).query(Integer.class)
                .single() == 0) {
            throw BookingException.invalid("booking.error.customer");
        }
    }

    private static void checkNote(@Nullable String note) {
        if (note != null && note.length() > BookingRequest.NOTE_MAX_LENGTH) {
            throw BookingException.invalid("booking.error.note");
        }
    }

    /** The menus by id, in the order given, each once; only the store's active services. */
    private List<Booking.Menu> menus(long storeId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Booking.Menu> found = new HashMap<>();
        jdbc.sql("select * from menu_item where id in (:ids) and store_id = :store and active and kind = 'SERVICE'")
                .param("ids", ids).param("store", storeId)
                .query(rs -> {
                    int duration = rs.getInt("duration_minutes");
                    Integer durationMinutes = rs.wasNull() ? null : duration;
                    found.put(rs.getLong("id"), new Booking.Menu(rs.getLong("id"), rs.getString("name"),
                            durationMinutes, rs.getInt("price_yen")));
                });
        Map<Long, Booking.Menu> ordered = new LinkedHashMap<>();
        for (Long id : ids) {
            Booking.Menu menu = found.get(id);
            if (menu == null) {
                throw BookingException.invalid("booking.error.menu");
            }
            ordered.putIfAbsent(id, menu);
        }
        return List.copyOf(ordered.values());
    }

    private void saveMenus(long bookingId, List<Booking.Menu> menus) {
        for (int i = 0; i < menus.size(); i++) {
            Booking.Menu m = menus.get(i);
            jdbc.sql("insert into booking_menu (booking_id, position, menu_item_id, name, duration_minutes, price_yen)"
                    + " values (?, ?, ?, ?, ?, ?)")
                    .params(bookingId, i, m.menuItemId(), m.name(), m.durationMinutes(), m.priceYen()).update();
        }
    }

    private void changed(long storeId, LocalDate... days) {
        events.publishEvent(new BookingsChanged(storeId, Set.of(new TreeSet<>(List.of(days)).toArray(LocalDate[]::new))));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
