package jp.salonkarte.karte.photo;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos of a visit (at most 12). A photo is checked and made upright and small first,
 * its files stored by content, and only then recorded, in a transaction that also locks the
 * visit, so two iPads adding the 12th photo at once cannot make 13.
 */
@Service
public class PhotoService {

    public static final int MAX_PER_VISIT = 12;

    /** A stored photo of a visit; the keys open its files through {@link #file}. */
    public record Photo(long id, long visitId, int position, String displayKey, String thumbnailKey, int width,
            int height, @org.jspecify.annotations.Nullable String drawingJson,
            @org.jspecify.annotations.Nullable String drawnDisplayKey,
            @org.jspecify.annotations.Nullable String drawnThumbnailKey) {

        /** What the karte shows: the photo with its handwriting when it has some. */
        public String shownDisplayKey() {
            return drawnDisplayKey != null ? drawnDisplayKey : displayKey;
        }

        public String shownThumbnailKey() {
            return drawnThumbnailKey != null ? drawnThumbnailKey : thumbnailKey;
        }
    }

    private static Photo photo(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Photo(rs.getLong("id"), rs.getLong("visit_id"), rs.getInt("position"), rs.getString("display_key"),
                rs.getString("thumbnail_key"), rs.getInt("width"), rs.getInt("height"), rs.getString("drawing_json"),
                rs.getString("drawn_display_key"), rs.getString("drawn_thumbnail_key"));
    }

    private final PhotoStorage storage;
    private final JdbcClient jdbc;
    private final Clock clock;

    PhotoService(PhotoStorage storage, JdbcClient jdbc, Clock clock) {
        this.storage = storage;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Photo> photos(long visitId) {
        return jdbc.sql("select * from visit_photo where visit_id = ? order by position").param(visitId)
                .query((rs, n) -> photo(rs))
                .list();
    }

    /** A photo with the day of its visit, for comparing photos across visits. */
    public record DatedPhoto(Photo photo, java.time.LocalDate visitedOn) {
    }

    /** Every photo of a customer, newest visit first, in upload order within a visit. */
    @Transactional(readOnly = true)
    public List<DatedPhoto> photosOfCustomer(long customerId) {
        return jdbc.sql("""
                select p.*, v.visited_on from visit_photo p join visit v on v.id = p.visit_id
                where v.customer_id = ? order by v.visited_on desc, v.id desc, p.position""")
                .param(customerId)
                .query((rs, n) -> new DatedPhoto(photo(rs), rs.getObject("visited_on", java.time.LocalDate.class)))
                .list();
    }

    @Transactional(rollbackFor = PhotoRejectedException.class)
    public Photo add(long visitId, byte[] bytes) throws PhotoRejectedException {
        if (count(visitId) >= MAX_PER_VISIT) {
            throw new PhotoRejectedException("photo.error.too-many");
        }
        PhotoProcessor.Processed processed = PhotoProcessor.process(bytes);
        String original;
        String display;
        String thumbnail;
        try {
            original = storage.put(bytes);
            display = storage.put(processed.display());
            thumbnail = storage.put(processed.thumbnail());
        } catch (IOException e) {
            throw new PhotoRejectedException("photo.error.storage", e);
        }
        // Lock the visit row, then count again: the limit holds with several iPads adding at once.
        jdbc.sql("select id from visit where id = ? for update").param(visitId).query(Long.class).single();
        int count = count(visitId);
        if (count >= MAX_PER_VISIT) {
            throw new PhotoRejectedException("photo.error.too-many");
        }
        int position = jdbc.sql("select coalesce(max(position) + 1, 0) from visit_photo where visit_id = ?")
                .param(visitId).query(Integer.class).single();
        jdbc.sql("""
                insert into visit_photo (visit_id, position, original_key, original_type, display_key,
                                         thumbnail_key, width, height, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(visitId, position, original, processed.type(), display, thumbnail, processed.width(),
                        processed.height(), java.sql.Timestamp.from(clock.instant()))
                .update();
        return photos(visitId).stream().filter(p -> p.position() == position).findFirst().orElseThrow();
    }

    /**
     * Saves handwriting over a photo: the vectors as they are, and the photo with the ink
     * flattened into a new display image and thumbnail. An empty drawing removes the ink.
     */
    @Transactional(rollbackFor = PhotoRejectedException.class)
    public Photo saveDrawing(long photoId, jp.salonkarte.karte.drawing.Drawing drawing) throws PhotoRejectedException {
        Photo photo = jdbc.sql("select * from visit_photo where id = ? for update").param(photoId)
                .query((rs, n) -> photo(rs)).single();
        if (drawing.strokes().isEmpty()) {
            jdbc.sql("update visit_photo set drawing_json = null, drawn_display_key = null, drawn_thumbnail_key = null"
                    + " where id = ?").param(photoId).update();
        } else {
            try {
                byte[] display = storage.get(photo.displayKey()).orElseThrow(
                        () -> new PhotoRejectedException("photo.error.storage"));
                java.awt.image.BufferedImage drawn = jp.salonkarte.karte.drawing.DrawingRenderer.render(
                        javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(display)), drawing);
                String drawnDisplay = storage.put(PhotoProcessor.jpeg(drawn));
                String drawnThumbnail = storage.put(PhotoProcessor.jpeg(
                        PhotoProcessor.fit(drawn, PhotoProcessor.THUMBNAIL_EDGE)));
                jdbc.sql("update visit_photo set drawing_json = ?, drawn_display_key = ?, drawn_thumbnail_key = ?"
                        + " where id = ?").params(drawing.toJson(), drawnDisplay, drawnThumbnail, photoId).update();
            } catch (IOException e) {
                throw new PhotoRejectedException("photo.error.storage", e);
            }
        }
        return jdbc.sql("select * from visit_photo where id = ?").param(photoId).query((rs, n) -> photo(rs)).single();
    }

    private int count(long visitId) {
        return jdbc.sql("select count(*) from visit_photo where visit_id = ?").param(visitId).query(Integer.class)
                .single();
    }

    /**
     * The bytes of a display or thumbnail file, only when a visit photo uses that key: the
     * storage may hold other things later (drawings, consent PDFs), served by their own rules.
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> file(String key) throws IOException {
        if (!PhotoStorage.isKey(key)) {
            return Optional.empty();
        }
        int uses = jdbc.sql("""
                select count(*) from visit_photo where display_key = ? or thumbnail_key = ?
                    or drawn_display_key = ? or drawn_thumbnail_key = ?""")
                .params(key, key, key, key).query(Integer.class).single();
        return uses == 0 ? Optional.empty() : storage.get(key);
    }
}
