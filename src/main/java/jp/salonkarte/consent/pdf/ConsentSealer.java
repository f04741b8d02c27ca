package jp.salonkarte.consent.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jp.salonkarte.base.Access;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfSignature;
import org.openpdf.text.pdf.PdfSignatureAppearance;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Seals consent PDFs with the store's key and checks sealed ones: a PAdES-style detached CMS
 * signature ({@code ETSI.CAdES.detached}, SHA-256 with RSA, the certificate inside) added as an
 * incremental update, so Adobe Reader and {@code pdfsig} show it as valid and show any change
 * made afterwards. The key is created on first use and kept outside the database
 * ({@link StoreSigningKeys}). See DD027.
 *
 * <p>Callers keep {@link Sealed#sha256Hex()} with the form: together with the certificate
 * embedded in every PDF it proves a file unchanged even after the key file is lost.
 */
@Service
public class ConsentSealer {

    private static final Logger log = LoggerFactory.getLogger(ConsentSealer.class);

    /** Used when {@code salonkarte.keys.password} is not set (with a warning at start-up). */
    static final String DEFAULT_PASSWORD = "salon-karte-consent-keys";
    /** Room for the CMS in /Contents: a 2048-bit RSA signature with its certificate is ~1.5 kB. */
    static final int SIGNATURE_RESERVED_BYTES = 8192;
    static final PdfName ETSI_CADES_DETACHED = new PdfName("ETSI.CAdES.detached");
    static final String REASON = "電子同意書の署名（改ざん防止）";

    /** The sealed PDF and the SHA-256 (lower-case hex) of exactly these bytes. */
    public record Sealed(byte[] pdf, String sha256Hex) {
    }

    /**
     * What a check of a sealed PDF found.
     *
     * @param signatureValid   a signature is there and its certificate's key made it (crypto only)
     * @param unmodified       the signed bytes are unchanged and cover the whole file
     * @param signerName       the certificate's CN (the store's name when sealed), "" without one
     * @param message          one Japanese sentence or two for staff
     * @param signedByStoreKey the certificate is this store's current one (false after the key was
     *                         replaced, or for a certificate from elsewhere)
     */
    public record Verification(boolean signatureValid, boolean unmodified, String signerName, String message,
            boolean signedByStoreKey) {

        public Verification(boolean signatureValid, boolean unmodified, String signerName, String message) {
            this(signatureValid, unmodified, signerName, message, false);
        }

        /** Valid and unchanged: the file is what the store sealed. */
        public boolean ok() {
            return signatureValid && unmodified;
        }
    }

    private final StoreSigningKeys keys;
    private final Clock clock;

    @Autowired
    public ConsentSealer(jp.salonkarte.base.SalonKarteProperties properties, Clock clock) {
        this(java.util.Objects.requireNonNull(properties.keys().dir()), properties.keys().password(), clock);
    }

    public ConsentSealer(Path keysDir, String password, Clock clock) {
        if (password == null || password.isEmpty()) {
            log.warn("salonkarte.keys.password is not set: the consent signing keys in {} are protected by the "
                    + "built-in default password. Set salonkarte.keys.password (SALONKARTE_KEYS_PASSWORD) "
                    + "before the first consent form is signed.", keysDir.toAbsolutePath());
            password = DEFAULT_PASSWORD;
        }
        this.keys = new StoreSigningKeys(keysDir, password.toCharArray(), clock);
        this.clock = clock;
    }

    /** The directory of the key files (for tests and the settings screen). */
    @Access.Staff
    public Path keysDirectory() {
        return keys.dir();
    }

    /** Signs {@code pdf} with the store's key (creating it on first use). */
    @Access.Staff
    public Sealed seal(long storeId, String storeName, byte[] pdf) {
        StoreSigningKeys.StoreKey key = keys.keyFor(storeId, storeName);
        try {
            byte[] sealed = sign(pdf, key, storeName);
            return new Sealed(sealed, sha256Hex(sealed));
        } catch (IOException | DocumentException | GeneralSecurityException | OperatorCreationException
                | CMSException e) {
            throw new IllegalStateException("同意書の PDF に電子署名できませんでした", e);
        }
    }

    private byte[] sign(byte[] pdf, StoreSigningKeys.StoreKey key, String storeName)
            throws IOException, DocumentException, GeneralSecurityException, OperatorCreationException, CMSException {
        PdfReader reader = new PdfReader(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_RESERVED_BYTES + 4096);
        // Append mode: the rendered bytes stay as they are (PDF/A included), the signature is an update.
        PdfStamper stamper = PdfStamper.createSignature(reader, out, null, null, true);
        PdfSignatureAppearance sap = stamper.getSignatureAppearance();
        Calendar now = GregorianCalendar.from(ZonedDateTime.now(clock));
        sap.setSignDate(now);
        sap.setCrypto(null, new java.security.cert.Certificate[] {key.certificate()}, null,
                PdfSignatureAppearance.SELF_SIGNED);
        sap.setReason(REASON);
        PdfSignature dic = new PdfSignature(PdfName.ADOBE_PPKLITE, ETSI_CADES_DETACHED);
        dic.setReason(REASON);
        dic.setName(storeName);
        dic.setDate(new PdfDate(now));
        sap.setCryptoDictionary(dic);
        Map<PdfName, Integer> exclusion = new HashMap<>();
        exclusion.put(PdfName.CONTENTS, SIGNATURE_RESERVED_BYTES * 2 + 2);
        sap.preClose(exclusion);

        byte[] signedBytes;
        try (InputStream range = sap.getRangeStream()) {
            signedBytes = range.readAllBytes();
        }
        byte[] cms = cms(signedBytes, key);
        if (cms.length > SIGNATURE_RESERVED_BYTES) {
            throw new IllegalStateException("signature of " + cms.length + " bytes does not fit");
        }
        byte[] padded = new byte[SIGNATURE_RESERVED_BYTES];
        System.arraycopy(cms, 0, padded, 0, cms.length);
        PdfDictionary update = new PdfDictionary();
        update.put(PdfName.CONTENTS, new PdfString(padded).setHexWriting(true));
        sap.close(update);
        return out.toByteArray();
    }

    /** A detached CMS SignedData over {@code data}: SHA-256, RSA, signing-certificate-v2 (CAdES / PAdES-B-B). */
    private static byte[] cms(byte[] data, StoreSigningKeys.StoreKey key)
            throws CertificateEncodingException, OperatorCreationException, CMSException, GeneralSecurityException,
            IOException {
        X509Certificate cert = key.certificate();
        byte[] certHash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certHash);
        ASN1EncodableVector attrs = new ASN1EncodableVector();
        attrs.add(new org.bouncycastle.asn1.cms.Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
        CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
        gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(params -> new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs))
                        // PAdES baseline: the claimed signing time is the signature dictionary's /M, not a CMS attribute.
                        .getAttributes(params).remove(CMSAttributes.signingTime))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), cert));
        gen.addCertificates(new JcaCertStore(List.of(cert)));
        CMSSignedData signed = gen.generate(new CMSProcessableByteArray(data), false);
        return signed.getEncoded("DER");
    }

    /** Checks the PDF's signature cryptographically and that it covers the whole file; never throws for bad input. */
    @Access.Staff
    public Verification verify(long storeId, byte[] pdf) {
        X509Certificate current;
        try {
            current = keys.certificate(storeId);
        } catch (RuntimeException e) {
            log.warn("Cannot read the signing key of store {}", storeId, e);
            current = null;
        }
        return SignatureCheck.check(pdf, current);
    }

    static String sha256Hex(byte[] bytes) {
        return jp.salonkarte.base.Sha256.hex(bytes);
    }
}
