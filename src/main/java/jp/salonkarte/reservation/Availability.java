package jp.salonkarte.reservation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.salonkarte.base.Access;
import jp.salonkarte.store.Store;

/**
 * Free start times, from the same rules the booking service enforces: inside the store's hours
 * and the staff member's shift, on the 15-minute grid, not overlapping any booking that holds
 * time, and not in the past. The web booking page and the board's "free" hints read this; the
 * booking service still checks again under its lock, so a slot shown free can be lost to a
 * faster booking, never double-booked.
 */
@Service
public class Availability {

    public static final int STEP_MINUTES = 15;

    /** A start time and the staff members free for the whole duration from then. */
    public record Slot(LocalTime start, List<Long> staffIds) {
    }

    /** A busy stretch of one staff member's day. */
    record Busy(LocalTime start, LocalTime end) {
    }

    private final JdbcClient jdbc;
    private final Shifts shifts;
    private final Clock clock;

    Availability(JdbcClient jdbc, Shifts shifts, Clock clock) {
        this.jdbc = jdbc;
        this.shifts = shifts;
        this.clock = clock;
    }

    /**
     * Free starts for each day from {@code from} for {@code days} days, for the given staff
     * members (several: "anyone"). Two queries for the whole range, whatever its length.
     */
    @Access.Staff
    @Transactional(readOnly = true)
    public Map<LocalDate, List<Slot>> free(Store store, LocalDate from, int days, int durationMinutes,
            Collection<Long> staffIds) {
        LocalDate to = from.plusDays(days - 1L);
        Map<LocalDate, Map<Long, Shifts.Window>> hours = shifts.workingHours(store, from, to, staffIds);
        Map<LocalDate, Map<Long, List<Busy>>> busy = new HashMap<>();
        if (!staffIds.isEmpty()) {
            jdbc.sql("""
                    select staff_id, starts_at, ends_at from booking
                    where staff_id in (:staff) and starts_at < :to and ends_at > :from
                      and starts_at >= :dayBefore
                      and status in ('BOOKED', 'ARRIVED', 'IN_CHECKOUT', 'DONE')""")
                    .param("staff", staffIds).param("from", from.atStartOfDay())
                    // bookings never cross midnight: this lower bound lets MariaDB range-scan
                    // booking_staff_start instead of reading every past booking (bench/run availability)
                    .param("dayBefore", from.minusDays(1).atStartOfDay())
                    .param("to", to.plusDays(1).atStartOfDay())
                    .query(rs -> {
                        LocalDateTime s = rs.getObject("starts_at", LocalDateTime.class);
                        LocalDateTime e = rs.getObject("ends_at", LocalDateTime.class);
                        LocalTime end = e.toLocalDate().isAfter(s.toLocalDate()) ? LocalTime.MAX : e.toLocalTime();
                        busy.computeIfAbsent(s.toLocalDate(), k -> new HashMap<>())
                                .computeIfAbsent(rs.getLong("staff_id"), k -> new ArrayList<>())
                                .add(new Busy(s.toLocalTime(), end));
                    });
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Shifts.Window storeHours = new Shifts.Window(store.openingTime(), store.closingTime());
        Map<LocalDate, List<Slot>> result = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalTime notBefore = day.isBefore(now.toLocalDate()) ? LocalTime.MAX
                    : day.equals(now.toLocalDate()) ? now.toLocalTime() : LocalTime.MIN;
            TreeMap<LocalTime, List<Long>> starts = new TreeMap<>();
            for (Long staffId : staffIds) {
                Shifts.Window shift = hours.getOrDefault(day, Map.of()).get(staffId);
                if (shift == null) {
                    continue;
                }
                List<Busy> taken = busy.getOrDefault(day, Map.of()).getOrDefault(staffId, List.of());
                for (LocalTime start : freeStarts(shift, storeHours, taken, durationMinutes, notBefore)) {
                    starts.computeIfAbsent(start, k -> new ArrayList<>()).add(staffId);
                }
            }
            List<Slot> slots = new ArrayList<>();
            starts.forEach((start, staff) -> slots.add(new Slot(start, List.copyOf(staff))));
            result.put(day, slots);
        }
        return result;
    }

    /**
     * The grid starts inside both windows whose whole duration fits, touches no busy stretch
     * (touching ends are fine) and is not before {@code notBefore}.
     */
    static List<LocalTime> freeStarts(Shifts.Window shift, Shifts.Window storeHours, List<Busy> busy,
            int durationMinutes, @Nullable LocalTime notBefore) {
        LocalTime open = shift.start().isAfter(storeHours.start()) ? shift.start() : storeHours.start();
        LocalTime close = shift.end().isBefore(storeHours.end()) ? shift.end() : storeHours.end();
        List<LocalTime> free = new ArrayList<>();
        int openMinute = open.getHour() * 60 + open.getMinute();
        int first = (openMinute + STEP_MINUTES - 1) / STEP_MINUTES * STEP_MINUTES; // the first grid line from opening
        int closeMinute = close.equals(LocalTime.MAX) ? 24 * 60 : close.getHour() * 60 + close.getMinute();
        for (int m = first; m + durationMinutes <= closeMinute; m += STEP_MINUTES) {
            int startMinute = m;
            int endMinute = m + durationMinutes;
            LocalTime start = LocalTime.of(m / 60, m % 60);
            if (notBefore != null && start.isBefore(notBefore)) {
                continue;
            }
            boolean clash = busy.stream().anyMatch(b -> minute(b.start()) < endMinute && minute(b.end()) > startMinute);
            if (!clash) {
                free.add(start);
            }
        }
        return free;
    }

    private static int minute(LocalTime t) {
        return t.equals(LocalTime.MAX) ? 24 * 60 : t.getHour() * 60 + t.getMinute();
    }
}
