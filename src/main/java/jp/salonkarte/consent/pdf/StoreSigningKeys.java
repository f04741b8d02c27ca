package jp.salonkarte.consent.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stores' signing keys: one RSA 2048 key with a self-signed certificate (CN = store name,
 * O = Salon Karte, 10 years) per store, in {@code <dir>/store-<id>.p12} (PKCS#12, mode 600),
 * outside the database. Created on first use; a file lock plus a lock per store make two first
 * signatures at once (threads or app nodes sharing the directory) create one key. See DD027.
 */
final class StoreSigningKeys {

    private static final Logger log = LoggerFactory.getLogger(StoreSigningKeys.class);
    static final String ALIAS = "consent-signing";
    static final String ORGANISATION = "Salon Karte";
    static final Duration VALIDITY = Duration.ofDays(3653);
    private static final Set<PosixFilePermission> OWNER_RW = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_RWX = PosixFilePermissions.fromString("rwx------");

    /** A store's key and certificate. */
    record StoreKey(PrivateKey privateKey, X509Certificate certificate) {
    }

    private final Path dir;
    private final char[] password;
    private final Clock clock;
    private final ConcurrentMap<Long, StoreKey> loaded = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Object> locks = new ConcurrentHashMap<>();
    private static final ConcurrentMap<Path, Object> FILE_LOCKS = new ConcurrentHashMap<>();

    StoreSigningKeys(Path dir, char[] password, Clock clock) {
        this.dir = dir.toAbsolutePath().normalize();
        this.password = password.clone();
        this.clock = clock;
    }

    Path dir() {
        return dir;
    }

    Path file(long storeId) {
        return dir.resolve("store-" + storeId + ".p12");
    }

    /** The store's key, created (with its certificate) the first time a store signs. */
    StoreKey keyFor(long storeId, String storeName) {
        StoreKey key = loaded.get(storeId);
        if (key != null) {
            return key;
        }
        synchronized (locks.computeIfAbsent(storeId, id -> new Object())) {
            key = loaded.get(storeId);
            if (key == null) {
                key = loadOrCreate(storeId, storeName);
                loaded.put(storeId, key);
            }
            return key;
        }
    }

    /** The store's current certificate, without creating a key; null when the store has none yet. */
    @Nullable X509Certificate certificate(long storeId) {
        StoreKey key = loaded.get(storeId);
        if (key != null) {
            return key.certificate();
        }
        Path file = file(storeId);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return load(file).certificate();
    }

    private StoreKey loadOrCreate(long storeId, String storeName) {
        Path file = file(storeId);
        if (Files.isRegularFile(file)) {
            return load(file);
        }
        try {
            createDirectory();
            // Another app node on the same directory may be creating the key right now: the first one
            // to hold the lock writes it, the other finds the file once it gets the lock.
            Path lockFile = dir.resolve("store-" + storeId + ".lock");
            // File locks belong to the whole JVM (a second lock on the same file throws), so threads of
            // this JVM line up on the path first, whichever StoreSigningKeys instance they come through.
            synchronized (FILE_LOCKS.computeIfAbsent(lockFile, p -> new Object())) {
                return createLocked(storeId, storeName, file, lockFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the signing key " + file, e);
        }
    }

    private StoreKey createLocked(long storeId, String storeName, Path file, Path lockFile) throws IOException {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            if (Files.isRegularFile(file)) {
                return load(file);
            }
            StoreKey key = generate(storeName);
            try {
                write(file, key);
            } catch (FileAlreadyExistsException e) {
                return load(file); // written by a process that ignored the lock: theirs wins
            }
            log.info("Created the consent signing key of store {} ({}): {}", storeId, storeName, file);
            return key;
        }
    }

    private void createDirectory() throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_RWX));
        } else {
            Files.createDirectories(dir);
        }
    }

    private boolean posix() {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private StoreKey load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            PrivateKey key = (PrivateKey) ks.getKey(ALIAS, password);
            X509Certificate cert = (X509Certificate) ks.getCertificate(ALIAS);
            if (key == null || cert == null) {
                throw new IllegalStateException(file + " holds no entry " + ALIAS);
            }
            return new StoreKey(key, cert);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the signing key " + file
                    + " (wrong salonkarte.keys.password or a damaged file?)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the signing key " + file, e);
        }
    }

    StoreKey generate(String storeName) {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048, new SecureRandom());
            KeyPair pair = gen.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, storeName)
                    .addRDN(BCStyle.O, ORGANISATION)
                    .build();
            // A day back: app nodes whose clocks differ a little still sign inside the validity.
            Instant from = clock.instant().minus(Duration.ofDays(1));
            Instant to = ZonedDateTime.ofInstant(from, clock.getZone()).plusYears(10).toInstant();
            byte[] serial = new byte[16];
            new SecureRandom().nextBytes(serial);
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(1, serial),
                    Date.from(from), Date.from(to), subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate cert = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new StoreKey(pair.getPrivate(), cert);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot create a signing key", e);
        }
    }

    private void write(Path file, StoreKey key) throws IOException {
        FileAttribute<?>[] attrs = posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_RW)}
                : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(dir, "store-", ".p12.tmp", attrs);
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(ALIAS, key.privateKey(), password, new java.security.cert.Certificate[] {key.certificate()});
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ks.store(out, password);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                // No replace: an existing key is never overwritten, whatever happened around the lock.
                Files.createLink(file, tmp);
            } catch (UnsupportedOperationException e) {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write the signing key " + file, e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
