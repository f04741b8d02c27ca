package jp.salonkarte.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The business days a report covers, both ends included: a day, a week (Monday to Sunday), a
 * calendar month, or a custom range of up to three years. It knows the period it is compared
 * with: the one just before it, and the same period a year earlier — for a day or a week 52
 * weeks back, so a Saturday is compared with a Saturday (a salon's days differ by weekday).
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind {
        DAY, WEEK, MONTH, CUSTOM;

        public String labelKey() {
            return "reports.period." + name();
        }
    }

    /** The longest custom range: three years of days. */
    public static final int MAX_DAYS = 3 * 366;

    public Period {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("at most " + MAX_DAYS + " days");
        }
    }

    public static Period day(LocalDate day) {
        return new Period(Kind.DAY, day, day);
    }

    public static Period week(LocalDate anyDay) {
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(Kind.WEEK, monday, monday.plusDays(6));
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static Period custom(LocalDate from, LocalDate to) {
        return new Period(Kind.CUSTOM, from, to);
    }

    /** The period of this kind that holds {@code day}. */
    public static Period of(Kind kind, LocalDate day) {
        return switch (kind) {
            case DAY -> day(day);
            case WEEK -> week(day);
            case MONTH -> month(YearMonth.from(day));
            case CUSTOM -> custom(day, day);
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period just before: the day, week or month before; a custom range of the same length. */
    public Period previous() {
        return switch (kind) {
            case DAY -> day(from.minusDays(1));
            case WEEK -> week(from.minusWeeks(1));
            case MONTH -> month(YearMonth.from(from).minusMonths(1));
            case CUSTOM -> custom(from.minusDays(days()), from.minusDays(1));
        };
    }

    /** The period just after (for the screen's arrows). */
    public Period next() {
        return switch (kind) {
            case DAY -> day(from.plusDays(1));
            case WEEK -> week(from.plusWeeks(1));
            case MONTH -> month(YearMonth.from(from).plusMonths(1));
            case CUSTOM -> custom(to.plusDays(1), to.plusDays(days()));
        };
    }

    /** The same period a year earlier: 52 weeks back for a day or week, the same month or dates otherwise. */
    public Period lastYear() {
        return switch (kind) {
            case DAY -> day(from.minusWeeks(52));
            case WEEK -> week(from.minusWeeks(52));
            case MONTH -> month(YearMonth.from(from).minusYears(1));
            case CUSTOM -> custom(from.minusYears(1), to.minusYears(1));
        };
    }
}
