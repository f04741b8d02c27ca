package jp.salonkarte.karte.photo;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Photos on disk under {@code salonkarte.photos.dir} (default {@code <data dir>/photos}), as
 * {@code ab/cd/abcd…} by SHA-256. A file is written to a temporary name and moved into place,
 * so a crash never leaves half a photo under a real key.
 */
@Component
class FileSystemPhotoStorage implements PhotoStorage {

    private final Path root;

    @org.springframework.beans.factory.annotation.Autowired
    FileSystemPhotoStorage(jp.salonkarte.base.SalonKarteProperties properties) {
        this(java.util.Objects.requireNonNull(properties.photos().dir()));
    }

    FileSystemPhotoStorage(Path root) {
        this.root = root;
    }

    @Override
    public String put(byte[] bytes) throws IOException {
        String key = sha256(bytes);
        Path target = pathOf(key);
        if (Files.exists(target)) {
            // Stored again: the janitor must see it as new, it is about to be used.
            Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
            return key;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), key, ".part");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return key;
    }

    @Override
    public Optional<byte[]> get(String key) throws IOException {
        if (!PhotoStorage.isKey(key)) {
            return Optional.empty();
        }
        Path path = pathOf(key);
        return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
    }

    @Override
    public int sweep(java.util.function.Predicate<String> inUse, java.time.Instant storedBefore) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        java.util.List<Path> old;
        try (var files = Files.walk(root, 3)) {
            old = files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return Files.getLastModifiedTime(f).toInstant().isBefore(storedBefore);
                } catch (IOException e) {
                    return false;
                }
            }).toList();
        }
        int deleted = 0;
        for (Path file : old) {
            String name = file.getFileName().toString();
            boolean partial = name.endsWith(".part");
            if ((partial || PhotoStorage.isKey(name) && !inUse.test(name)) && Files.deleteIfExists(file)) {
                deleted++;
            }
        }
        return deleted;
    }

    private Path pathOf(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    static String sha256(byte[] bytes) {
        return jp.salonkarte.base.Sha256.hex(bytes);
    }
}
