package jp.salonkarte.karte.photo;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves photo files to logged-in staff only (Spring Security guards every path that is not
 * explicitly public), never from a public static folder. A key is the file's hash, so a file
 * never changes: private caching for a year, and the ETag is the key.
 */
@RestController
class PhotoController {

    private final PhotoService photos;

    PhotoController(PhotoService photos) {
        this.photos = photos;
    }

    @GetMapping("/photos/{key}")
    ResponseEntity<byte[]> photo(@PathVariable String key) throws IOException {
        return photos.file(key)
                .map(bytes -> ResponseEntity.ok()
                        .cacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePrivate().immutable())
                        .eTag("\"" + key + "\"")
                        .contentType(MediaType.IMAGE_JPEG)
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
