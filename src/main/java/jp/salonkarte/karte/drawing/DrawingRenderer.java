package jp.salonkarte.karte.drawing;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * Flattens a {@link Drawing} onto its picture with Java2D, for thumbnails, PDF and sharing.
 * Strokes go onto a transparent layer first, so the eraser removes ink, never the photo; the
 * layer is then laid over the picture. Each segment's width follows the pen's pressure.
 */
public final class DrawingRenderer {

    static final double REFERENCE_WIDTH = 1000.0;
    static final float HIGHLIGHTER_ALPHA = 0.35f;

    private DrawingRenderer() {
    }

    /** A new image: the picture with the drawing on top (the picture itself is not changed). */
    public static BufferedImage render(BufferedImage picture, Drawing drawing) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        BufferedImage ink = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = ink.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double scale = w / REFERENCE_WIDTH;
        for (Drawing.Stroke stroke : drawing.strokes()) {
            drawStroke(g, stroke, w, h, scale);
        }
        g.dispose();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D o = out.createGraphics();
        o.drawImage(picture, 0, 0, null);
        o.drawImage(ink, 0, 0, null);
        o.dispose();
        return out;
    }

    /** A blank sheet (head or hand diagram templates come as pictures) of the given size. */
    public static BufferedImage blank(int width, int height) {
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return sheet;
    }

    private static void drawStroke(Graphics2D g, Drawing.Stroke stroke, int w, int h, double scale) {
        switch (stroke.tool()) {
            case ERASER -> {
                g.setComposite(AlphaComposite.Clear);
                g.setColor(Color.BLACK);
            }
            case HIGHLIGHTER -> {
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, HIGHLIGHTER_ALPHA));
                g.setColor(Color.decode(stroke.color()));
            }
            case PEN -> {
                g.setComposite(AlphaComposite.SrcOver);
                g.setColor(Color.decode(stroke.color()));
            }
        }
        var points = stroke.points();
        if (points.size() == 1) {
            double[] p = points.getFirst();
            double d = width(stroke, p, scale);
            g.fill(new Ellipse2D.Double(p[0] * w - d / 2, p[1] * h - d / 2, d, d));
            return;
        }
        if (stroke.tool() != Drawing.Tool.PEN) {
            // One path with one width: a translucent highlighter does not darken where its segments meet.
            Path2D path = new Path2D.Double();
            path.moveTo(points.getFirst()[0] * w, points.getFirst()[1] * h);
            points.stream().skip(1).forEach(p -> path.lineTo(p[0] * w, p[1] * h));
            g.setStroke(new BasicStroke((float) width(stroke, points.getFirst(), scale), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.draw(path);
            return;
        }
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            double d = (width(stroke, a, scale) + width(stroke, b, scale)) / 2;
            g.setStroke(new BasicStroke((float) d, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(a[0] * w, a[1] * h, b[0] * w, b[1] * h));
        }
    }

    /** Pen width at a point: pressure 0.5 (a finger) draws the nominal width, a light touch thinner, a hard one wider. */
    private static double width(Drawing.Stroke stroke, double[] p, double scale) {
        double pressure = p.length == 3 ? p[2] : 0.5;
        double factor = stroke.tool() == Drawing.Tool.PEN ? 0.4 + 1.2 * pressure : 1.0;
        return Math.max(0.5, stroke.width() * scale * factor);
    }
}
