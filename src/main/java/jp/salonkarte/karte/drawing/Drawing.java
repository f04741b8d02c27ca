package jp.salonkarte.karte.drawing;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Handwriting over a photo (or a blank sheet) as vectors, so it can be edited again later:
 * strokes of pen, highlighter or eraser, each a polyline of points in the picture's own
 * coordinates (0..1 of its width and height, so any size of the picture fits) with the pen's
 * pressure (0..1; 0.5 for a finger). Widths are pixels at a picture 1,000 px wide.
 *
 * <pre>{"version":1,"strokes":[{"tool":"PEN","color":"#E53935","width":6,"points":[[0.1,0.5,0.5],...]}]}</pre>
 */
public record Drawing(int version, List<Stroke> strokes) {

    public static final int MAX_STROKES = 2_000;
    public static final int MAX_POINTS = 200_000;

    public enum Tool { PEN, HIGHLIGHTER, ERASER }

    public record Stroke(Tool tool, String color, double width, List<double[]> points) {
    }

    /** The drawing was not valid vector JSON of ours; nothing was saved. */
    public static final class InvalidDrawingException extends Exception {
        InvalidDrawingException(String reason) {
            super(reason);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public Drawing {
        strokes = strokes == null ? List.of() : List.copyOf(strokes);
    }

    public static Drawing parse(String json) throws InvalidDrawingException {
        Drawing d;
        try {
            d = JSON.readValue(json, Drawing.class);
        } catch (JacksonException e) {
            throw new InvalidDrawingException("not drawing JSON: " + e.getOriginalMessage());
        }
        d.validate();
        return d;
    }

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    private void validate() throws InvalidDrawingException {
        if (version != 1) {
            throw new InvalidDrawingException("unknown version " + version);
        }
        if (strokes.size() > MAX_STROKES) {
            throw new InvalidDrawingException("too many strokes");
        }
        long points = 0;
        for (Stroke s : strokes) {
            if (s == null || s.tool() == null || s.points() == null || s.points().isEmpty()) {
                throw new InvalidDrawingException("empty stroke");
            }
            if (s.tool() != Tool.ERASER && (s.color() == null || !s.color().matches("#[0-9a-fA-F]{6}"))) {
                throw new InvalidDrawingException("bad colour");
            }
            if (!(s.width() >= 0.5 && s.width() <= 200)) {
                throw new InvalidDrawingException("bad width");
            }
            points += s.points().size();
            for (double[] p : s.points()) {
                if (p == null || p.length < 2 || p.length > 3 || !inRange(p[0]) || !inRange(p[1])
                        || (p.length == 3 && !(p[2] >= 0 && p[2] <= 1))) {
                    throw new InvalidDrawingException("bad point");
                }
            }
        }
        if (points > MAX_POINTS) {
            throw new InvalidDrawingException("too many points");
        }
    }

    private static boolean inRange(double v) {
        return v >= -0.1 && v <= 1.1; // a stroke may run a little past the edge
    }
}
