package jp.salonkarte.karte.photo;

import java.io.IOException;
import java.util.Optional;

/**
 * Where photo bytes live, addressed by their content (SHA-256), never by a file name a user
 * sent. The file system is the first implementation; S3-compatible storage can be another.
 */
public interface PhotoStorage {

    /** Stores the bytes (a no-op when they are already there) and returns their key. */
    String put(byte[] bytes) throws IOException;

    /** The bytes stored under the key, if any. */
    Optional<byte[]> get(String key) throws IOException;

    /**
     * Deletes the files whose key is not in use and that were last stored before the instant,
     * and leftovers of writes a crash interrupted; returns how many it deleted. Storing bytes
     * that are already there counts as storing them again, so a file about to be used is kept.
     */
    int sweep(java.util.function.Predicate<String> inUse, java.time.Instant storedBefore) throws IOException;

    /** True for a string that can be a key: 64 lower-case hex digits, so no path can be smuggled in. */
    static boolean isKey(String key) {
        return key != null && key.matches("[0-9a-f]{64}");
    }
}
