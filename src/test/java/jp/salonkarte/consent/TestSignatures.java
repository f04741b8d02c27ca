package jp.salonkarte.consent;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Signature PNGs as the kiosk's pad sends them: transparent, black ink (or none). */
public final class TestSignatures {

    private TestSignatures() {
    }

    public static byte[] signed() {
        return png(true);
    }

    public static byte[] blank() {
        return png(false);
    }

    public static String dataUrl(byte[] png) {
        return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png);
    }

    private static byte[] png(boolean ink) {
        BufferedImage image = new BufferedImage(900, 300, BufferedImage.TYPE_INT_ARGB);
        if (ink) {
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(0x11, 0x11, 0x11));
            g.setStroke(new BasicStroke(5));
            g.drawLine(100, 200, 300, 80);
            g.drawLine(300, 80, 500, 220);
            g.drawLine(500, 220, 760, 120);
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
