package jp.salonkarte.reservation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.salonkarte.base.Access;
import jp.salonkarte.store.Store;

/**
 * When each staff member works: a weekly pattern (no pattern = the store's hours on every open
 * day; with a pattern, a weekday without hours is a day off) and exceptions for single days
 * (a day off, a late start). Managers edit them; the board and availability read them.
 */
@Service
public class Shifts {

    /** Working hours of one day, start before end. */
    public record Window(LocalTime start, LocalTime end) {
        public Window {
            if (!start.isBefore(end)) {
                throw BookingException.invalid("shift.error.times");
            }
        }

        public boolean contains(LocalTime from, LocalTime to) {
            return !from.isBefore(start) && !to.isAfter(end);
        }
    }

    /** A day that differs from the pattern; no window means a day off. */
    public record DayChange(long staffId, LocalDate day, @Nullable Window window, @Nullable String note) {
    }

    private final JdbcClient jdbc;

    Shifts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The weekly pattern of one staff member; empty when none is set (store hours every open day). */
    @Access.Staff
    @Transactional(readOnly = true)
    public Map<DayOfWeek, Window> pattern(long staffId) {
        Map<DayOfWeek, Window> pattern = new EnumMap<>(DayOfWeek.class);
        jdbc.sql("select weekday, starts_at, ends_at from staff_shift where staff_id = ?").param(staffId)
                .query(rs -> {
                    pattern.put(DayOfWeek.of(rs.getInt("weekday")), new Window(
                            rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class)));
                });
        return pattern;
    }

    /** Replaces the weekly pattern; an empty map goes back to "the store's hours". */
    @Access.Manager
    @Transactional
    public void savePattern(long staffId, Map<DayOfWeek, Window> pattern) {
        jdbc.sql("delete from staff_shift where staff_id = ?").param(staffId).update();
        pattern.forEach((day, window) -> jdbc.sql(
                "insert into staff_shift (staff_id, weekday, starts_at, ends_at) values (?, ?, ?, ?)")
                .params(staffId, day.getValue(), window.start(), window.end()).update());
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public List<DayChange> exceptions(Collection<Long> staffIds, LocalDate from, LocalDate to) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from shift_exception where staff_id in (:ids) and day between :from and :to
                order by day, staff_id""")
                .param("ids", staffIds).param("from", from).param("to", to)
                .query((rs, n) -> {
                    LocalTime start = rs.getObject("starts_at", LocalTime.class);
                    return new DayChange(rs.getLong("staff_id"), rs.getObject("day", LocalDate.class),
                            start == null ? null : new Window(start, rs.getObject("ends_at", LocalTime.class)),
                            rs.getString("note"));
                }).list();
    }

    /** Sets one day's exception (a day off when the window is null), replacing any before. */
    @Access.Manager
    @Transactional
    public void saveException(long staffId, LocalDate day, @Nullable Window window, @Nullable String note) {
        jdbc.sql("delete from shift_exception where staff_id = ? and day = ?").params(staffId, day).update();
        jdbc.sql("insert into shift_exception (staff_id, day, starts_at, ends_at, note) values (?, ?, ?, ?, ?)")
                .params(staffId, day, window == null ? null : window.start(), window == null ? null : window.end(),
                        note == null || note.isBlank() ? null : note.strip())
                .update();
    }

    @Access.Manager
    @Transactional
    public void removeException(long staffId, LocalDate day) {
        jdbc.sql("delete from shift_exception where staff_id = ? and day = ?").params(staffId, day).update();
    }

    /**
     * Each staff member's working hours on the day (absent: not working). An exception wins;
     * otherwise a closed day of the store is off for everyone, and the pattern (or the store's
     * hours when there is none) applies.
     */
    @Access.Staff
    @Transactional(readOnly = true)
    public Map<Long, Window> workingHours(Store store, LocalDate day, Collection<Long> staffIds) {
        return workingHours(store, day, day, staffIds).getOrDefault(day, Map.of());
    }

    /** {@link #workingHours(Store, LocalDate, Collection)} for every day of a range, in two queries. */
    @Access.Staff
    @Transactional(readOnly = true)
    public Map<LocalDate, Map<Long, Window>> workingHours(Store store, LocalDate from, LocalDate to,
            Collection<Long> staffIds) {
        Map<LocalDate, Map<Long, Window>> result = new HashMap<>();
        if (staffIds.isEmpty()) {
            return result;
        }
        Map<Long, Map<DayOfWeek, Window>> patterns = new HashMap<>();
        jdbc.sql("select staff_id, weekday, starts_at, ends_at from staff_shift where staff_id in (:ids)")
                .param("ids", staffIds)
                .query(rs -> {
                    patterns.computeIfAbsent(rs.getLong("staff_id"), k -> new EnumMap<>(DayOfWeek.class))
                            .put(DayOfWeek.of(rs.getInt("weekday")), new Window(
                                    rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class)));
                });
        Map<LocalDate, Map<Long, DayChange>> exceptions = new HashMap<>();
        exceptions(staffIds, from, to).forEach(e -> exceptions.computeIfAbsent(e.day(), k -> new HashMap<>())
                .put(e.staffId(), e));
        Window storeHours = new Window(store.openingTime(), store.closingTime());
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Map<Long, Window> hours = new HashMap<>();
            for (Long staffId : staffIds) {
                DayChange exception = exceptions.getOrDefault(day, Map.of()).get(staffId);
                Optional<Window> window;
                if (exception != null) {
                    window = Optional.ofNullable(exception.window());
                } else if (store.closedDaysOfWeek().contains(day.getDayOfWeek())) {
                    window = Optional.empty();
                } else if (patterns.containsKey(staffId)) {
                    window = Optional.ofNullable(patterns.get(staffId).get(day.getDayOfWeek()));
                } else {
                    window = Optional.of(storeHours);
                }
                window.ifPresent(w -> hours.put(staffId, w));
            }
            result.put(day, hours);
        }
        return result;
    }
}
