package jp.salonkarte.reservation.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.reservation.Shifts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** A manager sets a stylist's weekly shifts and a day off. */
@IntegrationTest
@WithUserDetails("owner@example.com")
class ShiftsScreenTest extends SpringBrowserlessTest {

    @Autowired java.time.Clock clock;
    @Autowired Shifts shifts;

    private long staffId = -1;

    @AfterEach
    void backToStoreHours() {
        if (staffId > 0) {
            shifts.savePattern(staffId, Map.of());
        }
    }

    @Test
    void aWeeklyPatternAndADayOffAreSavedAndShown() {
        ShiftsView view = navigate(ShiftsView.class);
        var chosen = view.staff.getListDataView().getItems().skip(1).findFirst().orElseThrow();
        view.staff.setValue(chosen);
        staffId = chosen.id();
        assertThat(view.usesStoreHours.getValue()).as("no pattern yet").isTrue();

        view.usesStoreHours.setValue(false);
        view.works.get(DayOfWeek.WEDNESDAY).setValue(false);
        view.starts.get(DayOfWeek.MONDAY).setValue(LocalTime.of(12, 0));
        view.ends.get(DayOfWeek.MONDAY).setValue(LocalTime.of(20, 0));
        view.starts.get(DayOfWeek.FRIDAY).setValue(LocalTime.of(21, 0)); // after the end: refused
        test($(Button.class).withId("shift-save").single()).click();
        assertThat(shifts.pattern(staffId)).as("nothing saved while a day is wrong").isEmpty();

        view.starts.get(DayOfWeek.FRIDAY).setValue(LocalTime.of(10, 0));
        test($(Button.class).withId("shift-save").single()).click();
        Map<DayOfWeek, Shifts.Window> saved = shifts.pattern(staffId);
        assertThat(saved).doesNotContainKey(DayOfWeek.WEDNESDAY)
                .containsEntry(DayOfWeek.MONDAY, new Shifts.Window(LocalTime.of(12, 0), LocalTime.of(20, 0)));

        LocalDate day = LocalDate.now(clock).plusDays(10);
        view.exceptionDay.setValue(day);
        view.exceptionNote.setValue("有給");
        test($(Button.class).withId("shift-exception-add").single()).click();
        assertThat(shifts.exceptions(List.of(staffId), day, day)).singleElement()
                .satisfies(e -> assertThat(e.window()).isNull());
        assertThat(view.exceptions.getElement().getTextRecursively()).contains("有給").contains("休み");

        test($(Button.class).withId("shift-exception-remove-" + day).single()).click();
        assertThat(shifts.exceptions(List.of(staffId), day, day)).isEmpty();
    }
}
