package jp.salonkarte.karte.drawing;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The sheets are white paper with light grey outlines: never black, never empty (but the blank one). */
class SheetTemplateTest {

    private static int inkedPixels(BufferedImage image) {
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFF) < 240) {
                    inked++;
                }
            }
        }
        return inked;
    }

    @ParameterizedTest
    @EnumSource(value = SheetTemplate.class, names = "BLANK", mode = EnumSource.Mode.EXCLUDE)
    void diagramsDrawLightOutlinesOnWhite(SheetTemplate template) {
        BufferedImage sheet = template.render();
        int samples = sheet.getWidth() / 2 * (sheet.getHeight() / 2);
        int inked = inkedPixels(sheet);
        assertThat(inked).as("an outline is drawn").isGreaterThan(samples / 500);
        assertThat(inked).as("mostly paper, room to draw").isLessThan(samples / 10);
        assertThat(sheet.getRGB(2, 2)).as("white corner").isEqualTo(0xFFFFFFFF);
        for (int y = 0; y < sheet.getHeight(); y += 7) {
            for (int x = 0; x < sheet.getWidth(); x += 7) {
                assertThat(sheet.getRGB(x, y) & 0xFF).as("grey lines, so ink stands out").isGreaterThan(90);
            }
        }
    }

    @Test
    void blankIsPaperAndTheShapesFollowTheIpad() {
        assertThat(inkedPixels(SheetTemplate.BLANK.render())).isZero();
        BufferedImage head = SheetTemplate.HEAD.render();
        assertThat(head.getWidth()).isEqualTo(1536);
        assertThat(head.getHeight()).isEqualTo(2048);
        BufferedImage hands = SheetTemplate.HANDS.render();
        assertThat(hands.getWidth()).isGreaterThan(hands.getHeight());
    }
}
