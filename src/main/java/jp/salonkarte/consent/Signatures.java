package jp.salonkarte.consent;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Server-side check of a signature image: a PNG, not too large, with ink on it. The kiosk's button
 * is disabled while the pad is empty, but the server never trusts that.
 */
final class Signatures {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_PIXELS = 4000 * 2000;
    /** Fewer inked pixels than this is a stray tap, not a signature. */
    static final int MIN_INK_PIXELS = 40;

    private Signatures() {
    }

    static boolean hasInk(byte[] png) {
        if (png == null || png.length < 8 || png.length > MAX_BYTES || (png[0] & 0xff) != 0x89 || png[1] != 'P') {
            return false;
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException e) {
            return false;
        }
        if (image == null || (long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
            return false;
        }
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int luminance = ((argb >> 16 & 0xff) * 3 + (argb >> 8 & 0xff) * 6 + (argb & 0xff)) / 10;
                if (alpha > 128 && luminance < 128 && ++ink >= MIN_INK_PIXELS) {
                    return true;
                }
            }
        }
        return false;
    }
}
