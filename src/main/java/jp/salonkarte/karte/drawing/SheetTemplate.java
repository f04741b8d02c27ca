package jp.salonkarte.karte.drawing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * The sheets a stylist draws on when there is no photo: blank, a head from four sides (hair:
 * sections, colour placement), two hands with nails (nail designs), a face (esthetic) and two
 * eyes with the lash line in sections (lash). Drawn with Java2D in light grey lines, so the
 * ink over them stands out; labels are Japanese, as the karte is.
 */
public enum SheetTemplate {
    BLANK, HEAD, HANDS, FACE, EYES;

    /** Portrait sheets are 1536×2048 (3:4, the iPad's shape); the hands lie side by side, landscape. */
    public BufferedImage render() {
        boolean landscape = this == HANDS || this == EYES;
        int width = landscape ? 2048 : 1536;
        int height = landscape ? 1536 : 2048;
        BufferedImage sheet = DrawingRenderer.blank(width, height);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(LINE);
            g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 44));
            switch (this) {
                case BLANK -> { }
                case HEAD -> head(g, width, height);
                case HANDS -> hands(g, width, height);
                case FACE -> face(g, width, height);
                case EYES -> eyes(g, width, height);
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }

    private static final Color LINE = new Color(150, 150, 150);
    private static final Color FAINT = new Color(205, 205, 205);

    private static void label(Graphics2D g, String text, double centerX, double y) {
        Color before = g.getColor();
        g.setColor(new Color(120, 120, 120));
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (float) (centerX - w / 2.0), (float) y);
        g.setColor(before);
    }

    private static void faint(Graphics2D g, Shape shape) {
        Color before = g.getColor();
        var stroke = g.getStroke();
        g.setColor(FAINT);
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {18f, 14f}, 0f));
        g.draw(shape);
        g.setColor(before);
        g.setStroke(stroke);
    }

    /** Front, back, left and right in a 2×2 grid; each a head with ears and neck, the face side marked faintly. */
    private static void head(Graphics2D g, int width, int height) {
        String[] names = {"正面", "後ろ", "左", "右"};
        double cellW = width / 2.0;
        double cellH = height / 2.0;
        for (int i = 0; i < 4; i++) {
            double x0 = (i % 2) * cellW;
            double y0 = (i / 2) * cellH;
            double cx = x0 + cellW / 2;
            double headW = cellW * 0.56;
            double headH = cellH * 0.62;
            double top = y0 + cellH * 0.12;
            label(g, names[i], cx, y0 + cellH * 0.08);
            if (i < 2) {
                g.draw(new Ellipse2D.Double(cx - headW / 2, top, headW, headH));
                double earY = top + headH * 0.42;
                g.draw(new Arc2D.Double(cx - headW / 2 - 34, earY, 60, 130, 90, 180, Arc2D.OPEN));
                g.draw(new Arc2D.Double(cx + headW / 2 - 26, earY, 60, 130, 270, 180, Arc2D.OPEN));
                neck(g, cx, top + headH * 0.93, headW * 0.34, y0 + cellH * 0.97);
                if (i == 0) { // front: the hairline and the face's centre line
                    faint(g, new Arc2D.Double(cx - headW * 0.36, top + headH * 0.16, headW * 0.72, headH * 0.36, 0, 180,
                            Arc2D.OPEN));
                    faint(g, new Line2D.Double(cx, top + headH * 0.3, cx, top + headH * 0.95));
                } else { // back: the crown and the nape line
                    faint(g, new Ellipse2D.Double(cx - 30, top + headH * 0.22, 60, 60));
                    faint(g, new Arc2D.Double(cx - headW * 0.3, top + headH * 0.7, headW * 0.6, headH * 0.2, 180, 180,
                            Arc2D.OPEN));
                }
            } else {
                boolean facesLeft = i == 2;
                GeneralPath profile = profile(cx, top, headW * 1.05, headH);
                if (!facesLeft) {
                    profile.transform(new AffineTransform(-1, 0, 0, 1, 2 * cx, 0)); // mirrored about its centre
                }
                g.draw(profile);
                double earX = facesLeft ? cx + headW * 0.1 : cx - headW * 0.1;
                g.draw(new Ellipse2D.Double(earX - 32, top + headH * 0.42, 64, 120));
                neck(g, cx + (facesLeft ? headW * 0.08 : -headW * 0.08), top + headH * 0.9, headW * 0.32,
                        y0 + cellH * 0.97);
            }
        }
    }

    /** A head seen from the side, face to the left: skull, forehead, nose, lips and chin. */
    private static GeneralPath profile(double cx, double top, double w, double h) {
        GeneralPath p = new GeneralPath();
        double left = cx - w / 2;
        p.moveTo(cx + w * 0.18, top + h * 0.98); // back of the jaw, towards the neck
        p.curveTo(cx + w * 0.5, top + h * 0.8, cx + w * 0.58, top + h * 0.2, cx + w * 0.05, top); // back of the head
        p.curveTo(cx - w * 0.35, top - h * 0.02, left + w * 0.05, top + h * 0.2, left + w * 0.08, top + h * 0.42);
        p.lineTo(left, top + h * 0.6); // nose
        p.lineTo(left + w * 0.09, top + h * 0.64);
        p.curveTo(left + w * 0.04, top + h * 0.72, left + w * 0.1, top + h * 0.74, left + w * 0.07, top + h * 0.8);
        p.curveTo(left + w * 0.1, top + h * 0.9, left + w * 0.2, top + h * 0.98, cx - w * 0.05, top + h * 0.98);
        return p;
    }

    private static void neck(Graphics2D g, double cx, double from, double width, double to) {
        g.draw(new Line2D.Double(cx - width / 2, from, cx - width / 2, to - 60));
        g.draw(new Line2D.Double(cx + width / 2, from, cx + width / 2, to - 60));
        g.draw(new Arc2D.Double(cx - width * 1.6, to - 80, width * 3.2, 160, 30, 120, Arc2D.OPEN));
    }

    /** Left and right hand, palm down, fingers up, with the nail of each finger outlined. */
    private static void hands(Graphics2D g, int width, int height) {
        label(g, "左手", width * 0.25, height * 0.07);
        label(g, "右手", width * 0.75, height * 0.07);
        hand(g, width * 0.25, height * 0.6, height * 0.55, false);
        hand(g, width * 0.75, height * 0.6, height * 0.55, true);
    }

    /** One hand around its palm centre; the thumb is on the inner side (right for the left hand, palm down). */
    private static void hand(Graphics2D g, double cx, double cy, double size, boolean right) {
        double palmW = size * 0.62;
        double palmH = size * 0.6;
        g.draw(new RoundRectangle2D.Double(cx - palmW / 2, cy - palmH / 2, palmW, palmH, palmW * 0.45, palmW * 0.45));
        // fingers from the little finger to the index, then the thumb: length, width, angle
        double[][] fingers = {{0.42, 0.13, -10}, {0.55, 0.145, -3}, {0.6, 0.15, 2}, {0.54, 0.145, 8}};
        double span = palmW * 0.9;
        for (int f = 0; f < 4; f++) {
            double length = size * fingers[f][0];
            double fw = size * fingers[f][1];
            double x = cx - span / 2 + span * (f + 0.5) / 4;
            double angle = fingers[f][2];
            if (right) {
                x = 2 * cx - x;
                angle = -angle;
            }
            finger(g, x, cy - palmH / 2 + fw * 0.4, length, fw, angle);
        }
        double thumbX = right ? cx - palmW / 2 + 10 : cx + palmW / 2 - 10;
        finger(g, thumbX, cy - palmH * 0.05, size * 0.4, size * 0.17, right ? -48 : 48);
    }

    /** A finger standing on its base point, tilted by the angle (degrees), with its nail near the tip. */
    private static void finger(Graphics2D g, double baseX, double baseY, double length, double width, double angle) {
        AffineTransform saved = g.getTransform();
        g.translate(baseX, baseY);
        g.rotate(Math.toRadians(angle));
        g.draw(new RoundRectangle2D.Double(-width / 2, -length, width, length, width, width));
        double nailW = width * 0.66;
        double nailH = length * 0.3;
        g.draw(new RoundRectangle2D.Double(-nailW / 2, -length + width * 0.18, nailW, nailH, nailW * 0.9, nailW * 0.9));
        g.setTransform(saved);
    }

    /** A face from the front with brows, eyes, nose and lips, and the zones an esthetician marks. */
    private static void face(Graphics2D g, int width, int height) {
        double cx = width / 2.0;
        double faceW = width * 0.62;
        double faceH = height * 0.66;
        double top = height * 0.12;
        label(g, "顔", cx, height * 0.07);
        GeneralPath outline = new GeneralPath();
        outline.moveTo(cx, top);
        outline.curveTo(cx + faceW * 0.62, top, cx + faceW * 0.55, top + faceH * 0.75, cx, top + faceH);
        outline.curveTo(cx - faceW * 0.55, top + faceH * 0.75, cx - faceW * 0.62, top, cx, top);
        g.draw(outline);
        double eyeY = top + faceH * 0.44;
        for (int side = -1; side <= 1; side += 2) {
            double ex = cx + side * faceW * 0.2;
            g.draw(eye(ex, eyeY, faceW * 0.2, faceH * 0.05, side > 0));
            g.draw(new Arc2D.Double(ex - faceW * 0.12, eyeY - faceH * 0.12, faceW * 0.24, faceH * 0.1, 20, 140,
                    Arc2D.OPEN));
            g.draw(new Ellipse2D.Double(cx + side * faceW * 0.5 - 28, eyeY, 56, faceH * 0.14)); // ear lobe side
        }
        GeneralPath nose = new GeneralPath();
        nose.moveTo(cx - 10, eyeY + faceH * 0.05);
        nose.lineTo(cx - faceW * 0.05, top + faceH * 0.66);
        nose.lineTo(cx + faceW * 0.05, top + faceH * 0.66);
        g.draw(nose);
        g.draw(new Arc2D.Double(cx - faceW * 0.12, top + faceH * 0.72, faceW * 0.24, faceH * 0.08, 180, 180,
                Arc2D.OPEN));
        g.draw(new Line2D.Double(cx - faceW * 0.12, top + faceH * 0.76, cx + faceW * 0.12, top + faceH * 0.76));
        faint(g, new Line2D.Double(cx - faceW * 0.45, top + faceH * 0.3, cx + faceW * 0.45, top + faceH * 0.3)); // T zone
        faint(g, new Line2D.Double(cx, top + faceH * 0.05, cx, top + faceH * 0.95));
    }

    /** An almond-shaped eye; the lash side (outer corner) on the right when {@code outerRight}. */
    private static GeneralPath eye(double cx, double cy, double w, double h, boolean outerRight) {
        GeneralPath p = new GeneralPath();
        double inner = outerRight ? cx - w / 2 : cx + w / 2;
        double outer = outerRight ? cx + w / 2 : cx - w / 2;
        p.moveTo(inner, cy);
        p.curveTo(inner + (outer - inner) * 0.3, cy - h * 1.5, inner + (outer - inner) * 0.75, cy - h * 1.4, outer,
                cy - h * 0.2);
        p.curveTo(inner + (outer - inner) * 0.7, cy + h * 1.1, inner + (outer - inner) * 0.3, cy + h * 1.1, inner, cy);
        return p;
    }

    /**
     * Both eyes large (as the customer lies facing up: her right eye on the left), the upper lash
     * line divided into inner / middle / outer sections with ticks for the lash lengths.
     */
    private static void eyes(Graphics2D g, int width, int height) {
        label(g, "右目", width * 0.27, height * 0.14);
        label(g, "左目", width * 0.73, height * 0.14);
        label(g, "目頭", width * 0.42, height * 0.72);
        label(g, "目頭", width * 0.58, height * 0.72);
        label(g, "目尻", width * 0.08, height * 0.72);
        label(g, "目尻", width * 0.92, height * 0.72);
        for (int side = -1; side <= 1; side += 2) {
            double cx = width / 2.0 + side * width * 0.23;
            double cy = height * 0.5;
            double w = width * 0.34;
            double h = height * 0.1;
            boolean outerRight = side > 0;
            GeneralPath eye = eye(cx, cy, w, h, outerRight);
            g.draw(eye);
            Shape clip = g.getClip();
            g.clip(eye); // the iris shows only inside the lids
            g.draw(new Ellipse2D.Double(cx - h * 0.85, cy - h * 1.05, h * 1.7, h * 1.7));
            g.setClip(clip);
            // sections along the upper lid: ticks at 1/3 and 2/3, a faint line for lash length
            for (double t = 0.1; t <= 0.91; t += 0.1) {
                double x = outerRight ? cx - w / 2 + w * t : cx + w / 2 - w * t;
                double y = upperLid(cy, h, t);
                boolean section = Math.abs(t - 1 / 3.0) < 0.05 || Math.abs(t - 2 / 3.0) < 0.05;
                g.draw(new Line2D.Double(x, y - 8, x, y - (section ? 110 : 50)));
            }
            faint(g, new Arc2D.Double(cx - w * 0.6, cy - h * 3.4, w * 1.2, h * 3.6, 20, 140, Arc2D.OPEN));
        }
    }

    /** The upper lid's height at fraction t from the inner corner, following {@link #eye}'s curve. */
    private static double upperLid(double cy, double h, double t) {
        double u = 1 - t;
        return u * u * u * cy + 3 * u * u * t * (cy - h * 1.5) + 3 * u * t * t * (cy - h * 1.4) + t * t * t * (cy - h * 0.2);
    }
}
