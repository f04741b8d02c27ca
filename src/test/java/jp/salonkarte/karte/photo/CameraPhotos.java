package jp.salonkarte.karte.photo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.SplittableRandom;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Camera-like 12 MP test photos for the benches: seeded, so every run ingests the same bytes.
 * {@code PhotoIngestBench} times our processing of one; {@code KarteScreenBench} uploads twelve
 * of them to a visit. Not for unit tests: one takes a second or two to make ({@link TestImages}
 * has the small ones).
 */
public final class CameraPhotos {

    private static final int NOISE = 4;

    private CameraPhotos() {
    }

    /**
     * A camera-like JPEG of width × height (as stored; EXIF orientation 6, so upright it is
     * height × width): gradients, soft blobs, shapes, a "hair" area of thin curves, sensor-like
     * noise, saved at quality 0.92, and a red marker square near the stored top-left corner
     * (upright: near the top-right) to check the rotation.
     */
    public static byte[] photo(int width, int height, long seed) throws IOException {
        Random r = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setPaint(new GradientPaint(0, 0, muted(r), width, height, muted(r)));
        g.fillRect(0, 0, width, height);
        double scale = Math.max(width, height) / 4000.0;
        for (int i = 0; i < 30; i++) { // soft out-of-focus blobs
            float radius = (float) ((200 + r.nextInt(1000)) * scale);
            Color c = muted(r);
            int x = r.nextInt(width);
            int y = r.nextInt(height);
            g.setPaint(new RadialGradientPaint(x, y, radius, new float[] {0, 1},
                    new Color[] {new Color(c.getRed(), c.getGreen(), c.getBlue(), 200),
                        new Color(c.getRed(), c.getGreen(), c.getBlue(), 0)}));
            g.fill(new Ellipse2D.Float(x - radius, y - radius, 2 * radius, 2 * radius));
        }
        for (int i = 0; i < 60; i++) { // objects: gradient-filled rectangles and ellipses, some turned
            double w = (80 + r.nextInt(900)) * scale;
            double h = (80 + r.nextInt(900)) * scale;
            double x = r.nextInt(width);
            double y = r.nextInt(height);
            AffineTransform saved = g.getTransform();
            g.rotate(r.nextDouble() * Math.PI, x + w / 2, y + h / 2);
            g.setPaint(new GradientPaint((float) x, (float) y, vivid(r), (float) (x + w), (float) (y + h), muted(r)));
            g.fill(r.nextBoolean() ? new Rectangle2D.Double(x, y, w, h) : new Ellipse2D.Double(x, y, w, h));
            g.setTransform(saved);
        }
        // Hair: thousands of thin curves in a large area, the detail a salon photo is about.
        double cx = width * 0.5;
        double cy = height * 0.45;
        double rx = width * 0.3;
        double ry = height * 0.35;
        for (int i = 0; i < 6_000; i++) {
            double a = r.nextDouble() * 2 * Math.PI;
            double d = Math.sqrt(r.nextDouble());
            double x0 = cx + Math.cos(a) * rx * d;
            double y0 = cy + Math.sin(a) * ry * d;
            double len = (150 + r.nextInt(500)) * scale;
            double dir = a + (r.nextDouble() - 0.5);
            double x3 = x0 + Math.cos(dir) * len;
            double y3 = y0 + Math.sin(dir) * len;
            int shade = 30 + r.nextInt(90);
            g.setColor(new Color(shade + 25, shade + 10 + r.nextInt(10), shade, 120 + r.nextInt(120)));
            g.setStroke(new BasicStroke((float) ((0.8 + r.nextDouble() * 2.5) * scale)));
            g.draw(new CubicCurve2D.Double(x0, y0, x0 + (r.nextDouble() - 0.5) * len, y0 + (r.nextDouble() - 0.5) * len,
                    x3 + (r.nextDouble() - 0.5) * len, y3 + (r.nextDouble() - 0.5) * len, x3, y3));
        }
        g.setColor(new Color(230, 20, 20)); // the orientation marker
        int m = (int) (100 * scale);
        g.fillRect(m, m, 3 * m, 3 * m);
        g.dispose();
        // Sensor noise: luminance and a little chroma, per pixel.
        int[] px = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        SplittableRandom noise = new SplittableRandom(seed);
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            int l = noise.nextInt(-NOISE, NOISE + 1) + noise.nextInt(-NOISE, NOISE + 1);
            int red = clamp(((p >> 16) & 0xFF) + l + noise.nextInt(-2, 3));
            int green = clamp(((p >> 8) & 0xFF) + l + noise.nextInt(-2, 3));
            int blue = clamp((p & 0xFF) + l + noise.nextInt(-2, 3));
            px[i] = red << 16 | green << 8 | blue;
        }
        return TestImages.withOrientation(jpeg(image, 0.92f), 6);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static Color muted(Random r) {
        return Color.getHSBColor(r.nextFloat(), 0.15f + r.nextFloat() * 0.35f, 0.35f + r.nextFloat() * 0.6f);
    }

    private static Color vivid(Random r) {
        return Color.getHSBColor(r.nextFloat(), 0.5f + r.nextFloat() * 0.5f, 0.4f + r.nextFloat() * 0.6f);
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
