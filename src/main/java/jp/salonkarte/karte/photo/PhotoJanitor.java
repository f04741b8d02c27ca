package jp.salonkarte.karte.photo;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jp.salonkarte.base.SystemActor;

/**
 * Once a night, deletes stored files no photo row uses: those of deleted photos and drawings,
 * and those a crash left between storing the bytes and recording the row. Only files older
 * than a day go, so an upload in progress is never touched.
 */
@Component
class PhotoJanitor {

    static final Duration GRACE = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(PhotoJanitor.class);

    private final PhotoStorage storage;
    private final PhotoService photos;
    private final Clock clock;

    PhotoJanitor(PhotoStorage storage, PhotoService photos, Clock clock) {
        this.storage = storage;
        this.photos = photos;
        this.clock = clock;
    }

    @Scheduled(cron = "${salonkarte.photos.sweep-cron:0 17 4 * * *}")
    int sweep() {
        // The cut-off comes first: a file stored after reading the keys is newer than it.
        var before = clock.instant().minus(GRACE);
        Set<String> inUse = SystemActor.call("photo-sweep", photos::keysInUse);
        try {
            int deleted = storage.sweep(inUse::contains, before);
            if (deleted > 0) {
                log.info("Deleted {} unused photo files", deleted);
            }
            return deleted;
        } catch (IOException e) {
            log.warn("Sweeping unused photo files failed; next night tries again", e);
            return 0;
        }
    }
}
