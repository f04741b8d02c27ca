package jp.salonkarte.karte.photo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Upright, small, and refusing what is not a photo, before it costs memory. */
class PhotoProcessorTest {

    private static BufferedImage read(byte[] jpeg) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    private static boolean reddish(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getBlue() < 90;
    }

    private static boolean bluish(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 180 && c.getRed() < 90;
    }

    @Test
    void exifOrientationSixIsTurnedClockwiseSoTheLeftHalfEndsOnTop() throws Exception {
        byte[] sideways = TestImages.jpegWithOrientation(TestImages.redLeftBlueRight(400, 200), 6);
        assertThat(PhotoProcessor.orientation(sideways)).isEqualTo(6);

        PhotoProcessor.Processed p = PhotoProcessor.process(sideways);

        assertThat(p.width()).isEqualTo(200);
        assertThat(p.height()).isEqualTo(400);
        BufferedImage shown = read(p.display());
        assertThat(shown.getWidth()).isEqualTo(200);
        assertThat(reddish(shown.getRGB(100, 50))).as("top is the former left (red)").isTrue();
        assertThat(bluish(shown.getRGB(100, 350))).as("bottom is the former right (blue)").isTrue();
    }

    @Test
    void bigPhotosGetADisplaySizeAndAThumbnailWithTheSameProportions() throws Exception {
        PhotoProcessor.Processed p = PhotoProcessor.process(
                TestImages.encode(TestImages.redLeftBlueRight(3000, 2000), "png"));
        BufferedImage display = read(p.display());
        BufferedImage thumb = read(p.thumbnail());
        assertThat(p.type()).isEqualTo("png");
        assertThat(display.getWidth()).isEqualTo(PhotoProcessor.DISPLAY_EDGE);
        assertThat(display.getHeight()).isBetween(1364, 1366);
        assertThat(thumb.getWidth()).isEqualTo(PhotoProcessor.THUMBNAIL_EDGE);
        assertThat(p.thumbnail().length).isLessThan(p.display().length);
    }

    @Test
    void whatIsNotAPhotoIsRefusedWithItsReason() {
        assertThatThrownBy(() -> PhotoProcessor.process("hello, not a photo".getBytes()))
                .hasMessage("photo.error.not-image");
        byte[] heic = new byte[32];
        System.arraycopy("ftypheic".getBytes(), 0, heic, 4, 8);
        assertThatThrownBy(() -> PhotoProcessor.process(heic)).hasMessage("photo.error.heic");
        assertThatThrownBy(() -> PhotoProcessor.process(TestImages.pngClaiming(100_000, 100_000)))
                .hasMessage("photo.error.too-many-pixels");
        byte[] jpeg = TestImages.encode(TestImages.redLeftBlueRight(400, 300), "jpeg");
        assertThatThrownBy(() -> PhotoProcessor.process(Arrays.copyOf(jpeg, jpeg.length / 3)))
                .hasMessage("photo.error.corrupt");
        byte[] huge = new byte[PhotoProcessor.MAX_BYTES + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertThatThrownBy(() -> PhotoProcessor.process(huge)).hasMessage("photo.error.too-large");
    }
}
