package jp.salonkarte.base.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

import jp.salonkarte.base.ui.Chart.Series;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chart element as the server drives it: the model it sends, its accessible name, its taps. */
class ChartTest {

    private static final List<String> MONTHS = List.of("10月", "11月", "12月");

    private static JsonNode sentModel(Chart chart) {
        return (JsonNode) chart.getElement().getPropertyRaw("model");
    }

    /** A tap on a bar, as salon-chart.ts reports it. */
    private static void tap(Chart chart, int seriesIndex, int dataIndex, String category) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.detail.seriesIndex", seriesIndex);
        data.put("event.detail.dataIndex", dataIndex);
        data.put("event.detail.category", category);
        chart.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(chart.getElement(), "point-tap", data));
    }

    @Test
    void barsSendTheCategoriesTheValuesAndTheYenFormatToTheElement() {
        Chart chart = Chart.bars(MONTHS, List.of(new Series("今期", List.of(120_000L, 98_500L, 143_210L)),
                new Series("前期", List.of(110_000L, 101_000L, 0L))));
        chart.setYen(true);

        JsonNode model = sentModel(chart);
        assertThat(model.get("kind").asString()).isEqualTo("BAR");
        assertThat(model.get("format").asString()).isEqualTo("YEN");
        assertThat(model.get("stacked").asBoolean()).isFalse();
        assertThat(model.get("categories").toString()).isEqualTo("[\"10月\",\"11月\",\"12月\"]");
        assertThat(model.get("series").get(0).get("name").asString()).isEqualTo("今期");
        assertThat(model.get("series").get(0).get("values").toString()).isEqualTo("[120000,98500,143210]");
        assertThat(model.get("series").get(1).get("values").toString()).isEqualTo("[110000,101000,0]");

        chart.setPercent(true);
        assertThat(sentModel(chart).get("format").asString()).isEqualTo("PERCENT");
        chart.setPercent(false);
        assertThat(sentModel(chart).get("format").asString()).isEqualTo("PLAIN");
    }

    @Test
    void newDataReplacesTheOldAndKeepsKindFormatAndStacking() {
        Chart chart = Chart.lines(MONTHS, List.of(new Series("再来率", List.of(61.5, 58.0, 64.25)))).stacked();
        chart.setPercent(true);

        chart.setData(List.of("1日", "2日"), List.of(new Series("山田", List.of(3, 4)), new Series("佐藤", List.of(1, 2))));

        JsonNode model = sentModel(chart);
        assertThat(model.get("kind").asString()).isEqualTo("LINE");
        assertThat(model.get("stacked").asBoolean()).isTrue();
        assertThat(model.get("format").asString()).isEqualTo("PERCENT");
        assertThat(model.get("categories").toString()).isEqualTo("[\"1日\",\"2日\"]");
        assertThat(model.get("series")).hasSize(2);
        assertThat(model.get("series").get(1).get("values").toString()).isEqualTo("[1,2]");
    }

    @Test
    void aMissingValueIsSentAsAGapNotAZero() {
        Chart chart = Chart.lines(MONTHS, List.of(new Series("今月", Arrays.asList(5, 7, null))));
        assertThat(sentModel(chart).get("series").get(0).get("values").toString()).isEqualTo("[5,7,null]");
    }

    @Test
    void aSeriesKeepsItsValuesAsTheyWereWhenItWasMade() {
        List<Long> values = new ArrayList<>(List.of(1L, 2L, 3L));
        Series series = new Series("今期", values);
        values.set(0, 99L);
        assertThat(series.values()).isEqualTo(List.of(1L, 2L, 3L));
    }

    @Test
    void aSeriesWithTooFewValuesIsRefused() {
        assertThatThrownBy(() -> Chart.bars(MONTHS, List.of(new Series("今期", List.of(1, 2)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("今期");
    }

    @Test
    void itIsAnImageNamedByItsTitleAndSeries() {
        Chart chart = Chart.bars(MONTHS, List.of(new Series("今期", List.of(1, 2, 3)), new Series("前期", List.of(1, 2, 3))));
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("今期, 前期");

        chart.setTitle("月別売上");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("月別売上: 今期, 前期");

        chart.setData(MONTHS, List.of(new Series("2026年", List.of(1, 2, 3))));
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("月別売上: 2026年");
    }

    @Test
    void aTapOnABarTellsTheListenerWhichSeriesAndCategory() {
        Chart chart = Chart.bars(MONTHS, List.of(new Series("今期", List.of(1, 2, 3)), new Series("前期", List.of(1, 2, 3))));
        List<Chart.PointTap> taps = new ArrayList<>();
        var registration = chart.addPointTapListener(taps::add);

        tap(chart, 1, 2, "12月");

        assertThat(taps).singleElement().satisfies(t -> {
            assertThat(t.seriesIndex()).isEqualTo(1);
            assertThat(t.dataIndex()).isEqualTo(2);
            assertThat(t.category()).isEqualTo("12月");
            assertThat(t.isFromClient()).isTrue();
            assertThat(t.getSource()).isSameAs(chart);
        });

        registration.remove();
        tap(chart, 0, 0, "10月");
        assertThat(taps).hasSize(1);
    }
}
