package jp.salonkarte.karte.drawing;

import java.awt.Color;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A known set of strokes renders ink exactly where it was drawn, and the JSON round-trips. */
class DrawingRendererTest {

    private static final String RED_LINE_ERASED_IN_THE_MIDDLE = """
            {"version":1,"strokes":[
              {"tool":"PEN","color":"#FF0000","width":40,"points":[[0.1,0.5,0.5],[0.9,0.5,0.5]]},
              {"tool":"ERASER","width":60,"points":[[0.5,0.2],[0.5,0.8]]},
              {"tool":"HIGHLIGHTER","color":"#0000FF","width":40,"points":[[0.2,0.15],[0.8,0.15]]}
            ]}""";

    private static Color at(BufferedImage image, int x, int y) {
        return new Color(image.getRGB(x, y));
    }

    @Test
    void penInkLiesOnTheLineTheEraserClearsInkButNotThePhotoAndTheHighlighterIsTranslucent() throws Exception {
        BufferedImage photo = DrawingRenderer.blank(400, 200);
        photo.setRGB(200, 100, Color.GREEN.getRGB()); // one photo pixel under the erased part of the ink

        BufferedImage out = DrawingRenderer.render(photo, Drawing.parse(RED_LINE_ERASED_IN_THE_MIDDLE));

        assertThat(at(out, 80, 100)).as("on the pen line").isEqualTo(Color.RED);
        assertThat(at(out, 300, 100)).as("on the pen line").isEqualTo(Color.RED);
        assertThat(at(out, 80, 160)).as("away from every stroke").isEqualTo(Color.WHITE);
        assertThat(at(out, 200, 100)).as("erased ink shows the photo again").isEqualTo(Color.GREEN);
        Color highlighted = at(out, 200, 30);
        assertThat(highlighted.getBlue()).isEqualTo(255);
        assertThat(highlighted.getRed()).as("translucent: the white shows through").isBetween(150, 180);
        assertThat(at(photo, 80, 100)).as("the picture itself is untouched").isEqualTo(Color.WHITE);
    }

    @Test
    void harderPenPressureDrawsAWiderLine() throws Exception {
        BufferedImage light = DrawingRenderer.render(DrawingRenderer.blank(1000, 200), Drawing.parse("""
                {"version":1,"strokes":[{"tool":"PEN","color":"#000000","width":20,"points":[[0.1,0.5,0.1],[0.9,0.5,0.1]]}]}"""));
        BufferedImage hard = DrawingRenderer.render(DrawingRenderer.blank(1000, 200), Drawing.parse("""
                {"version":1,"strokes":[{"tool":"PEN","color":"#000000","width":20,"points":[[0.1,0.5,1.0],[0.9,0.5,1.0]]}]}"""));
        assertThat(inkHeight(hard, 500)).isGreaterThan(2 * inkHeight(light, 500));
    }

    @Test
    void theJsonRoundTripsAndBadDrawingsAreRefused() throws Exception {
        Drawing d = Drawing.parse(RED_LINE_ERASED_IN_THE_MIDDLE);
        Drawing again = Drawing.parse(d.toJson());
        assertThat(again.strokes()).hasSize(3);
        assertThat(again.strokes().getFirst().points().get(1)).containsExactly(0.9, 0.5, 0.5);

        assertThatThrownBy(() -> Drawing.parse("{\"version\":2,\"strokes\":[]}")).hasMessageContaining("version");
        assertThatThrownBy(() -> Drawing.parse("""
                {"version":1,"strokes":[{"tool":"PEN","color":"red","width":5,"points":[[0.1,0.1]]}]}"""))
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> Drawing.parse("""
                {"version":1,"strokes":[{"tool":"PEN","color":"#000000","width":5,"points":[[7,0.1]]}]}"""))
                .hasMessageContaining("point");
        assertThatThrownBy(() -> Drawing.parse("not json")).isInstanceOf(Drawing.InvalidDrawingException.class);
    }

    private static int inkHeight(BufferedImage image, int x) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            if (new Color(image.getRGB(x, y)).getRed() < 128) {
                n++;
            }
        }
        return n;
    }
}
