package jp.salonkarte.base.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import org.jspecify.annotations.Nullable;

/**
 * A bar or line chart for the analytics screen (集計), drawn by Apache ECharts in
 * {@code frontend/src/salon-chart.ts}. The server sends only categories and numbers; the element
 * builds the ECharts option (colours, axes, tooltip). The first series is drawn in the app's
 * colour, the second in a muted grey (put the comparison, e.g. the previous period, second).
 * A tap on a bar or point shows its values and fires {@link PointTap}, the view's way to open
 * the list behind that number.
 */
@Tag("salon-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./src/salon-chart.ts")
public class Chart extends Component implements HasSize {

    /**
     * One row of numbers, one value per category. A {@code null} value is drawn as a gap (no
     * data yet, e.g. the rest of this month), not as zero.
     */
    public record Series(String name, List<? extends Number> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    enum Kind {
        BAR, LINE
    }

    /** How values read on the axis and in the tooltip. */
    enum Format {
        PLAIN, YEN, PERCENT
    }

    /** What the element draws; {@code frontend/src/salon-chart.ts} has the same shape. */
    record Model(Kind kind, boolean stacked, Format format, List<String> categories, List<Series> series) {
    }

    private Model model;
    private @Nullable String title;

    private Chart(Kind kind, List<String> categories, List<Series> series) {
        model = new Model(kind, false, Format.PLAIN, List.of(), List.of());
        getElement().setAttribute("role", "img");
        setData(categories, series);
    }

    /** Vertical bars, the series side by side in each category (this period beside the previous one). */
    public static Chart bars(List<String> categories, List<Series> series) {
        return new Chart(Kind.BAR, categories, series);
    }

    /** One line per series through the categories (e.g. the days of a month). */
    public static Chart lines(List<String> categories, List<Series> series) {
        return new Chart(Kind.LINE, categories, series);
    }

    /** Stacks the series on each other (bars: one column per category; lines: filled areas). */
    public Chart stacked() {
        send(new Model(model.kind(), true, model.format(), model.categories(), model.series()));
        return this;
    }

    /** Values are integer yen: {@code ¥12,345} on the axis and in the tooltip. */
    public void setYen(boolean yen) {
        setFormat(yen ? Format.YEN : Format.PLAIN);
    }

    /** Values are already percentages ({@code 62.5} reads {@code 62.5%}). */
    public void setPercent(boolean percent) {
        setFormat(percent ? Format.PERCENT : Format.PLAIN);
    }

    private void setFormat(Format format) {
        send(new Model(model.kind(), model.stacked(), format, model.categories(), model.series()));
    }

    /** Replaces what the chart shows; every series needs one value per category. */
    public void setData(List<String> categories, List<Series> series) {
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        send(new Model(model.kind(), model.stacked(), model.format(), List.copyOf(categories), List.copyOf(series)));
    }

    /**
     * What the chart shows, in words, for VoiceOver: the element's accessible name is the title
     * followed by the series names. The chart does not draw it; the view has its own heading.
     */
    public void setTitle(@Nullable String title) {
        this.title = title;
        updateAriaLabel();
    }

    public Registration addPointTapListener(ComponentEventListener<PointTap> listener) {
        return addListener(PointTap.class, listener);
    }

    Model model() {
        return model;
    }

    private void send(Model model) {
        this.model = model;
        getElement().setPropertyBean("model", model);
        updateAriaLabel();
    }

    private void updateAriaLabel() {
        String names = model.series().stream().map(Series::name).collect(Collectors.joining(", "));
        String label = title == null || title.isBlank() ? names : names.isEmpty() ? title : title + ": " + names;
        getElement().setAttribute("aria-label", label);
    }

    /** A bar or a point tapped: which series, which category (index and label). */
    @DomEvent("point-tap")
    public static class PointTap extends ComponentEvent<Chart> {
        private final int seriesIndex;
        private final int dataIndex;
        private final String category;

        public PointTap(Chart source, boolean fromClient, @EventData("event.detail.seriesIndex") int seriesIndex,
                @EventData("event.detail.dataIndex") int dataIndex,
                @EventData("event.detail.category") String category) {
            super(source, fromClient);
            this.seriesIndex = seriesIndex;
            this.dataIndex = dataIndex;
            this.category = category;
        }

        public int seriesIndex() {
            return seriesIndex;
        }

        public int dataIndex() {
            return dataIndex;
        }

        public String category() {
            return category;
        }
    }
}
