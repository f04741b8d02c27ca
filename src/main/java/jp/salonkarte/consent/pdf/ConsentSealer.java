package jp.salonkarte.consent.pdf;

import java.security.MessageDigest;
import java.util.HexFormat;

import org.springframework.stereotype.Service;

/** STAND-IN until the real sealer (from /work/consentpdf) is merged. */
@Service
public class ConsentSealer {

    public record Sealed(byte[] pdf, String sha256Hex) {
    }

    public record Verification(boolean signatureValid, boolean unmodified, String signerName, String message) {
        public boolean ok() {
            return signatureValid && unmodified;
        }
    }

    public Sealed seal(long storeId, String storeName, byte[] pdf) {
        return new Sealed(pdf, sha(pdf));
    }

    public Verification verify(long storeId, byte[] pdf) {
        return new Verification(true, true, "stand-in", "stand-in");
    }

    static String sha(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
