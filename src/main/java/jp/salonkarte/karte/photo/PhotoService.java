package jp.salonkarte.karte.photo;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jp.salonkarte.base.Access;

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
            @org.jspecify.annotations.Nullable String drawnThumbnailKey, String kind,
            jp.salonkarte.karte.drawing.@org.jspecify.annotations.Nullable SheetTemplate sheetTemplate) {

        /** A drawing sheet (blank or a diagram) rather than a photo. */
        public boolean sheet() {
            return SHEET.equals(kind);
        }

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
                rs.getString("drawn_display_key"), rs.getString("drawn_thumbnail_key"), rs.getString("kind"),
                rs.getString("sheet_template") == null ? null
                        : jp.salonkarte.karte.drawing.SheetTemplate.valueOf(rs.getString("sheet_template")));
    }

    static final String PHOTO = "PHOTO";
    static final String SHEET = "SHEET";
    /** Drawing sheets per visit, besides the 12 photos. */
    public static final int MAX_SHEETS = 4;

    private final PhotoStorage storage;
    private final JdbcClient jdbc;
    private final Clock clock;

    PhotoService(PhotoStorage storage, JdbcClient jdbc, Clock clock) {
        this.storage = storage;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public List<Photo> photos(long visitId) {
        return jdbc.sql("select * from visit_photo where visit_id = ? order by position").param(visitId)
                .query((rs, n) -> photo(rs))
                .list();
    }

    /**
     * The photos of the customer's last visit before this one that has photos: what the camera
     * lays over the live picture, so the new photo is taken from the same angle.
     */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<Photo> previousVisitPhotos(long visitId) {
        List<Photo> earlier = jdbc.sql("""
                select p.* from visit_photo p join visit v on v.id = p.visit_id, visit this
                where this.id = ? and v.customer_id = this.customer_id and p.kind = 'PHOTO'
                  and (v.visited_on < this.visited_on or v.visited_on = this.visited_on and v.id < this.id)
                order by v.visited_on desc, v.id desc, p.position
                limit 12""")
                .param(visitId).query((rs, n) -> photo(rs)).list();
        return earlier.isEmpty() ? earlier
                : earlier.stream().filter(p -> p.visitId() == earlier.getFirst().visitId()).toList();
    }

    /** A photo with the day of its visit, for comparing photos across visits. */
    public record DatedPhoto(Photo photo, java.time.LocalDate visitedOn) {
    }

    /** Every photo of a customer, newest visit first, in upload order within a visit. */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<DatedPhoto> photosOfCustomer(long customerId) {
        return jdbc.sql("""
                select p.*, v.visited_on from visit_photo p join visit v on v.id = p.visit_id
                where v.customer_id = ? order by v.visited_on desc, v.id desc, p.position""")
                .param(customerId)
                .query((rs, n) -> new DatedPhoto(photo(rs), rs.getObject("visited_on", java.time.LocalDate.class)))
                .list();
    }

    @Access.Staff
    @Transactional(rollbackFor = PhotoRejectedException.class)
    public Photo add(long visitId, byte[] bytes) throws PhotoRejectedException {
        if (count(visitId, PHOTO) >= MAX_PER_VISIT) {
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
        return insert(visitId, PHOTO, null, original, processed.type(), display, thumbnail, processed.width(),
                processed.height());
    }

    /**
     * A drawing sheet without a photo: the template is rendered once and stored like a photo,
     * so the handwriting, thumbnails, viewer and PDF treat both alike.
     */
    @Access.Staff
    @Transactional(rollbackFor = PhotoRejectedException.class)
    public Photo addSheet(long visitId, jp.salonkarte.karte.drawing.SheetTemplate template)
            throws PhotoRejectedException {
        java.awt.image.BufferedImage sheet = template.render();
        String display;
        String thumbnail;
        try {
            display = storage.put(PhotoProcessor.jpeg(sheet));
            thumbnail = storage.put(PhotoProcessor.jpeg(PhotoProcessor.fit(sheet, PhotoProcessor.THUMBNAIL_EDGE)));
        } catch (IOException e) {
            throw new PhotoRejectedException("photo.error.storage", e);
        }
        return insert(visitId, SHEET, template, display, "jpeg", display, thumbnail, sheet.getWidth(),
                sheet.getHeight());
    }

    private Photo insert(long visitId, String kind, jp.salonkarte.karte.drawing.@org.jspecify.annotations.Nullable
            SheetTemplate template, String original, String originalType, String display, String thumbnail, int width,
            int height) throws PhotoRejectedException {
        // Lock the visit row, then count: the limit holds with several iPads adding at once.
        lockVisit(visitId);
        if (count(visitId, kind) >= (PHOTO.equals(kind) ? MAX_PER_VISIT : MAX_SHEETS)) {
            throw new PhotoRejectedException(PHOTO.equals(kind) ? "photo.error.too-many" : "sheet.error.too-many");
        }
        int position = jdbc.sql("select coalesce(max(position) + 1, 0) from visit_photo where visit_id = ?")
                .param(visitId).query(Integer.class).single();
        jdbc.sql("""
                insert into visit_photo (visit_id, position, original_key, original_type, display_key,
                                         thumbnail_key, width, height, created_at, kind, sheet_template)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(visitId, position, original, originalType, display, thumbnail, width, height,
                        java.sql.Timestamp.from(clock.instant()), kind, template == null ? null : template.name())
                .update();
        return photos(visitId).stream().filter(p -> p.position() == position).findFirst().orElseThrow();
    }

    private void lockVisit(long visitId) {
        jdbc.sql("select id from visit where id = ? for update").param(visitId).query(Long.class).single();
    }

    /**
     * Removes a photo or sheet (with its handwriting) from its visit; the others keep their
     * order. The files stay until {@link PhotoJanitor} finds them unused.
     */
    @Access.Staff
    @Transactional
    public void delete(long photoId) {
        jdbc.sql("select visit_id from visit_photo where id = ?").param(photoId).query(Long.class).optional()
                .ifPresent(visitId -> {
                    lockVisit(visitId);
                    jdbc.sql("delete from visit_photo where id = ?").param(photoId).update();
                });
    }

    /**
     * Moves a photo one place earlier ({@code -1}) or later ({@code +1}) among its visit's
     * pictures by swapping positions with its neighbour; at either end nothing changes.
     */
    @Access.Staff
    @Transactional
    public List<Photo> move(long photoId, int direction) {
        long visitId = jdbc.sql("select visit_id from visit_photo where id = ?").param(photoId).query(Long.class)
                .single();
        lockVisit(visitId);
        List<Photo> list = photos(visitId);
        int at = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == photoId) {
                at = i;
            }
        }
        int to = at + Integer.signum(direction);
        if (at < 0 || to < 0 || to >= list.size()) {
            return list;
        }
        Photo a = list.get(at);
        Photo b = list.get(to);
        // (visit_id, position) is unique: park one row on a free position during the swap.
        jdbc.sql("update visit_photo set position = -1 where id = ?").param(a.id()).update();
        jdbc.sql("update visit_photo set position = ? where id = ?").params(a.position(), b.id()).update();
        jdbc.sql("update visit_photo set position = ? where id = ?").params(b.position(), a.id()).update();
        return photos(visitId);
    }

    /** Every storage key a visit photo row uses: what {@link PhotoJanitor} must keep. */
    @Access.Staff
    @Transactional(readOnly = true)
    public java.util.Set<String> keysInUse() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        jdbc.sql("select original_key, display_key, thumbnail_key, drawn_display_key, drawn_thumbnail_key"
                + " from visit_photo").query(rs -> {
                    for (int c = 1; c <= 5; c++) {
                        String key = rs.getString(c);
                        if (key != null) {
                            keys.add(key);
                        }
                    }
                });
        return keys;
    }

    /**
     * Saves handwriting over a photo: the vectors as they are, and the photo with the ink
     * flattened into a new display image and thumbnail. An empty drawing removes the ink.
     */
    @Access.Staff
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

    private int count(long visitId, String kind) {
        return jdbc.sql("select count(*) from visit_photo where visit_id = ? and kind = ?").params(visitId, kind)
                .query(Integer.class).single();
    }

    /**
     * The bytes of a display or thumbnail file, only when a visit photo uses that key: the
     * storage may hold other things later (drawings, consent PDFs), served by their own rules.
     */
    @Access.Staff
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
