package jp.salonkarte.reservation.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Free start times for a thumb: a strip of days (days without a free time are greyed out) and
 * the chosen day's times as big buttons. Tapping a time hands it to the listener.
 */
class SlotPicker extends Composite<VerticalLayout> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Div days = new Div();
    private final Div times = new Div();
    private final Paragraph none = new Paragraph();
    private final Consumer<LocalDateTime> onPick;
    private Map<LocalDate, List<LocalTime>> free = Map.of();
    private LocalDate day;

    SlotPicker(Consumer<LocalDateTime> onPick) {
        this.onPick = onPick;
        days.addClassName("webbook-days");
        days.setId("webbook-days");
        times.addClassName("webbook-times");
        times.setId("webbook-times");
        none.setId("webbook-no-times");
        none.addClassName("webbook-muted");
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.add(days, times, none);
    }

    /** Shows these free times and selects the first day that has any (or keeps the chosen one). */
    void setTimes(Map<LocalDate, List<LocalTime>> freeTimes) {
        this.free = freeTimes;
        days.removeAll();
        DateTimeFormatter date = DateTimeFormatter.ofPattern("M/d", getLocale());
        DateTimeFormatter weekday = DateTimeFormatter.ofPattern("(E)", getLocale());
        if (day == null || free.getOrDefault(day, List.of()).isEmpty()) {
            day = free.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }
        for (Map.Entry<LocalDate, List<LocalTime>> e : free.entrySet()) {
            LocalDate d = e.getKey();
            Button b = new Button();
            Span top = new Span(date.format(d));
            Span bottom = new Span(weekday.format(d));
            bottom.addClassName("webbook-weekday-" + d.getDayOfWeek().getValue());
            Span mark = new Span(e.getValue().isEmpty() ? "×" : "○");
            mark.addClassName("webbook-day-mark");
            Div label = new Div(top, bottom, mark);
            label.addClassName("webbook-day-label");
            b.getElement().appendChild(label.getElement());
            b.setId("webbook-day-" + d);
            b.addClassName("webbook-day");
            b.setEnabled(!e.getValue().isEmpty());
            b.addThemeVariants(d.equals(day) ? ButtonVariant.PRIMARY : ButtonVariant.LUMO_CONTRAST);
            b.addClickListener(click -> {
                day = d;
                setTimes(free);
            });
            days.add(b);
        }
        showTimes();
    }

    private void showTimes() {
        times.removeAll();
        List<LocalTime> list = day == null ? List.of() : free.getOrDefault(day, List.of());
        none.setText(getTranslation("webbook.time.none"));
        none.setVisible(list.isEmpty());
        for (LocalTime t : list) {
            Button b = new Button(TIME.format(t), e -> onPick.accept(day.atTime(t)));
            b.setId("webbook-time-" + t.format(DateTimeFormatter.ofPattern("HHmm")));
            b.addClassName("webbook-time");
            b.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            times.add(b);
        }
    }

    LocalDate selectedDay() {
        return day;
    }
}
