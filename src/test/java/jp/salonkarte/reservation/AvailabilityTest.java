package jp.salonkarte.reservation;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityTest {

    private static LocalTime t(String hhmm) {
        return LocalTime.parse(hhmm);
    }

    private static Shifts.Window w(String from, String to) {
        return new Shifts.Window(t(from), t(to));
    }

    @Test
    void startsOnTheGridInsideShiftAndHoursWithTheWholeDurationFitting() {
        List<LocalTime> free = Availability.freeStarts(w("10:00", "13:00"), w("09:00", "20:00"), List.of(), 60, null);
        assertThat(free).containsExactly(t("10:00"), t("10:15"), t("10:30"), t("10:45"), t("11:00"), t("11:15"),
                t("11:30"), t("11:45"), t("12:00"));
    }

    @Test
    void theNarrowerOfShiftAndStoreHoursWinsAndAnOddStartRoundsUp() {
        List<LocalTime> free = Availability.freeStarts(w("09:50", "22:00"), w("10:00", "11:00"), List.of(), 30, null);
        assertThat(free).containsExactly(t("10:00"), t("10:15"), t("10:30"));
        assertThat(Availability.freeStarts(w("10:10", "11:00"), w("10:00", "20:00"), List.of(), 30, null))
                .containsExactly(t("10:15"), t("10:30"));
    }

    @Test
    void busyStretchesBlockOverlapsButTouchingEndsAreFree() {
        var busy = List.of(new Availability.Busy(t("11:00"), t("12:00")));
        List<LocalTime> free = Availability.freeStarts(w("10:00", "13:00"), w("10:00", "13:00"), busy, 60, null);
        assertThat(free).containsExactly(t("10:00"), t("12:00"));
        var oneMinute = List.of(new Availability.Busy(t("11:00"), t("12:01")));
        assertThat(Availability.freeStarts(w("10:00", "13:00"), w("10:00", "13:00"), oneMinute, 60, null))
                .containsExactly(t("10:00"));
    }

    @Test
    void nothingBeforeNowAndNothingLongerThanTheDay() {
        assertThat(Availability.freeStarts(w("10:00", "12:00"), w("10:00", "12:00"), List.of(), 30, t("11:05")))
                .containsExactly(t("11:15"), t("11:30"));
        assertThat(Availability.freeStarts(w("10:00", "12:00"), w("10:00", "12:00"), List.of(), 150, null)).isEmpty();
    }
}
