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
            int height) {
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
                .query((rs, n) -> new Photo(rs.getLong("id"), rs.getLong("visit_id"), rs.getInt("position"),
                        rs.getString("display_key"), rs.getString("thumbnail_key"), rs.getInt("width"),
                        rs.getInt("height")))
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
        int uses = jdbc.sql("select count(*) from visit_photo where display_key = ? or thumbnail_key = ?")
                .params(key, key).query(Integer.class).single();
        return uses == 0 ? Optional.empty() : storage.get(key);
    }
}
