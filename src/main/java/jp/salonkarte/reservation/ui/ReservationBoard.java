package jp.salonkarte.reservation.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

import org.jspecify.annotations.Nullable;

/**
 * The board's grid ({@code frontend/src/karte-board.ts}): it draws what {@link #setModel} gives it
 * and reports taps and drags; the view decides and sends the model again.
 */
@Tag("karte-board")
@JsModule("./src/karte-board.ts")
class ReservationBoard extends Component implements HasSize {

    /** A column: a staff member ("s:ID") or a day ("d:2026-11-23"); windows in minutes from midnight. */
    record Column(String key, String label, @Nullable String sub, @Nullable String color, List<int[]> windows) {
    }

    record Item(long id, String col, int start, int end, String title, String sub, String status, boolean caution,
            boolean editable) {
    }

    record Model(int open, int close, @Nullable Integer now, @Nullable String nowColumn, List<Column> columns,
            List<Item> items) {
    }

    private Model model = new Model(600, 1200, null, null, List.of(), List.of());

    ReservationBoard() {
        getElement().setProperty("cautionLabel", getTranslation("customer.cautions"));
    }

    void setModel(Model model) {
        this.model = model;
        getElement().setPropertyBean("model", model);
    }

    Model model() {
        return model;
    }

    /** Scrolls the grid so the minute (e.g. now) is near the top. */
    void scrollToMinute(int minute) {
        getElement().executeJs("this.updateComplete.then(() => this.scrollToMinute($0))", minute);
    }

    Registration addSlotTapListener(ComponentEventListener<SlotTap> listener) {
        return addListener(SlotTap.class, listener);
    }

    Registration addOpenListener(ComponentEventListener<Open> listener) {
        return addListener(Open.class, listener);
    }

    Registration addMoveListener(ComponentEventListener<Move> listener) {
        return addListener(Move.class, listener);
    }

    Registration addResizeListener(ComponentEventListener<Resize> listener) {
        return addListener(Resize.class, listener);
    }

    /** An empty slot tapped: the column and the minute from midnight (on the 15-minute grid). */
    @DomEvent("slot-tap")
    public static class SlotTap extends ComponentEvent<ReservationBoard> {
        private final String col;
        private final int minute;

        public SlotTap(ReservationBoard source, boolean fromClient, @EventData("event.detail.col") String col,
                @EventData("event.detail.minute") int minute) {
            super(source, fromClient);
            this.col = col;
            this.minute = minute;
        }

        String col() {
            return col;
        }

        int minute() {
            return minute;
        }
    }

    @DomEvent("booking-open")
    public static class Open extends ComponentEvent<ReservationBoard> {
        private final long id;

        public Open(ReservationBoard source, boolean fromClient, @EventData("event.detail.id") long id) {
            super(source, fromClient);
            this.id = id;
        }

        long id() {
            return id;
        }
    }

    /** A booking dropped on another column and/or start (minute from midnight). */
    @DomEvent("booking-move")
    public static class Move extends ComponentEvent<ReservationBoard> {
        private final long id;
        private final String col;
        private final int start;

        public Move(ReservationBoard source, boolean fromClient, @EventData("event.detail.id") long id,
                @EventData("event.detail.col") String col, @EventData("event.detail.start") int start) {
            super(source, fromClient);
            this.id = id;
            this.col = col;
            this.start = start;
        }

        long id() {
            return id;
        }

        String col() {
            return col;
        }

        int start() {
            return start;
        }
    }

    /** A booking's bottom edge dragged: its new length. */
    @DomEvent("booking-resize")
    public static class Resize extends ComponentEvent<ReservationBoard> {
        private final long id;
        private final int minutes;

        public Resize(ReservationBoard source, boolean fromClient, @EventData("event.detail.id") long id,
                @EventData("event.detail.minutes") int minutes) {
            super(source, fromClient);
            this.id = id;
            this.minutes = minutes;
        }

        long id() {
            return id;
        }

        int minutes() {
            return minutes;
        }
    }
}
