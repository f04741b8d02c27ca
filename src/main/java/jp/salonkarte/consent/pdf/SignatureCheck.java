package jp.salonkarte.consent.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a sealed consent PDF: finds the (last) signature, checks that its byte range is the
 * whole file except the signature itself, that the signed bytes still have the digest the CMS
 * signed, and that the certificate's key made the CMS signature. Bad input never throws: it gives
 * an invalid {@link ConsentSealer.Verification} with a message for staff.
 */
final class SignatureCheck {

    private static final Logger log = LoggerFactory.getLogger(SignatureCheck.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm", Locale.JAPAN);

    private SignatureCheck() {
    }

    static ConsentSealer.Verification check(byte[] pdf, @Nullable X509Certificate storeCert) {
        if (pdf == null || pdf.length == 0) {
            return invalid("PDF が空です。");
        }
        PdfReader reader;
        try {
            reader = new PdfReader(pdf);
        } catch (Exception | StackOverflowError e) {
            return invalid("PDF として読み込めません。ファイルが壊れているか、改ざんされています。");
        }
        try {
            AcroFields fields = reader.getAcroFields();
            List<String> names = fields.getSignedFieldNames();
            if (names.isEmpty()) {
                return invalid("この PDF には電子署名がありません。改ざんされていないことを確認できません。");
            }
            // The newest signature must cover the whole file; an older one never does.
            PdfDictionary sig = fields.getSignatureDictionary(names.get(names.size() - 1));
            return check(pdf, sig, storeCert);
        } catch (Exception | StackOverflowError e) {
            log.info("Cannot check the signature of a PDF: {}", e.toString(), e);
            return invalid("電子署名を読み取れません。PDF が改ざんされているか、壊れています。");
        } finally {
            reader.close();
        }
    }

    private static ConsentSealer.Verification check(byte[] pdf, PdfDictionary sig, @Nullable X509Certificate storeCert)
            throws Exception {
        PdfArray range = sig.getAsArray(PdfName.BYTERANGE);
        PdfString contents = sig.getAsString(PdfName.CONTENTS);
        if (range == null || contents == null || range.size() % 2 != 0 || range.size() < 4) {
            return invalid("電子署名を読み取れません。PDF が改ざんされているか、壊れています。");
        }
        long[] r = new long[range.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = range.getAsNumber(i).intValue();
        }
        boolean coversWholeFile = coversWholeFile(pdf, r);
        byte[] signed = signedBytes(pdf, r);
        if (signed == null) {
            return invalid("署名の範囲がファイルと合いません。PDF が改ざんされています。");
        }

        // /Contents is zero-padded to its reserved size: read the one DER object at its start.
        ContentInfo info;
        try (ASN1InputStream in = new ASN1InputStream(contents.getOriginalBytes())) {
            info = ContentInfo.getInstance(in.readObject());
        }
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), info);
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return invalid("電子署名を読み取れません。PDF が改ざんされているか、壊れています。");
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return invalid("電子署名に証明書がありません。");
        }
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(matches.iterator().next().getEncoded()));
        String signerName = commonName(cert);

        // The signature over the signed attributes, made by the certificate's key.
        String algorithm = new DefaultCMSSignatureAlgorithmNameGenerator()
                .getSignatureName(signer.getDigestAlgorithmID(), signer.toASN1Structure().getDigestEncryptionAlgorithm());
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(cert.getPublicKey());
        byte[] signedAttributes = signer.getEncodedSignedAttributes();
        boolean signatureValid = false;
        if (signedAttributes != null) {
            verifier.update(signedAttributes);
            signatureValid = verifier.verify(signer.getSignature());
        }
        // The signed digest against the bytes as they are now.
        boolean digestMatches = false;
        Attribute digestAttr = signer.getSignedAttributes() == null ? null
                : signer.getSignedAttributes().get(CMSAttributes.messageDigest);
        if (digestAttr != null) {
            byte[] expected = ASN1OctetString.getInstance(digestAttr.getAttrValues().getObjectAt(0)).getOctets();
            DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build().get(signer.getDigestAlgorithmID());
            try (OutputStream out = digest.getOutputStream()) {
                out.write(signed);
            }
            byte[] actual = digest.getDigest();
            digestMatches = MessageDigest.isEqual(expected, actual);
        }
        boolean unmodified = digestMatches && coversWholeFile;
        boolean storeKey = storeCert != null && storeCert.equals(cert);

        String message;
        if (!signatureValid) {
            message = "電子署名が正しくありません。PDF が改ざんされているか、壊れています。";
        } else if (!digestMatches) {
            message = "署名の後で PDF の内容が変更されています（改ざんの可能性があります）。署名された原本ではありません。";
        } else if (!coversWholeFile) {
            message = "署名の後で PDF に変更が追加されています。署名された原本ではありません。";
        } else if (storeKey) {
            message = "電子署名は有効です。" + signerName + " が" + when(sig) + "署名してから変更されていません。";
        } else {
            message = "電子署名は有効で、署名の後の変更もありません。ただし署名した鍵はこの店舗の現在の鍵ではありません"
                    + "（鍵を作り直す前の書類か、別の発行元の書類です）。保存されている SHA-256 と照合してください。";
        }
        return new ConsentSealer.Verification(signatureValid, unmodified, signerName, message, storeKey);
    }

    /** [0, a, b, c]: from the first byte to the signature and from after it to the last byte, the gap only the hex string. */
    private static boolean coversWholeFile(byte[] pdf, long[] r) {
        if (r.length != 4 || r[0] != 0 || r[1] <= 0 || r[2] <= r[1] || r[2] + r[3] != pdf.length) {
            return false;
        }
        int from = (int) r[1];
        int to = (int) r[2];
        if (pdf[from] != '<' || pdf[to - 1] != '>') {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static byte @Nullable [] signedBytes(byte[] pdf, long[] r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
        for (int i = 0; i < r.length; i += 2) {
            long start = r[i];
            long length = r[i + 1];
            if (start < 0 || length < 0 || start + length > pdf.length) {
                return null;
            }
            out.write(pdf, (int) start, (int) length);
        }
        return out.toByteArray();
    }

    private static String commonName(X509Certificate cert) {
        X500Name name = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    private static String when(PdfDictionary sig) {
        PdfString m = sig.getAsString(PdfName.M);
        if (m == null) {
            return "";
        }
        Calendar c = PdfDate.decode(m.toString());
        return c == null ? "" : " " + WHEN.format(c.toInstant().atOffset(java.time.ZoneOffset.ofTotalSeconds(c.get(Calendar.ZONE_OFFSET) / 1000))) + " に";
    }

    private static ConsentSealer.Verification invalid(String message) {
        return new ConsentSealer.Verification(false, false, "", message, false);
    }
}
