package jp.salonkarte.base;

import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The bundled Japanese font, IPAex Gothic ({@code fonts/ipaexg.ttf}, IPA Font License next to it),
 * parsed once (~6 MB) and shared: as a Java2D font for the raster receipt and as an OpenPDF font
 * for receipt, consent and test-page PDFs. The PDF font is embedded as a subset (Identity-H): each
 * document's writer keeps its own set of used glyphs, so one instance serves every document.
 */
public final class BundledFont {

    public static final String RESOURCE = "/fonts/ipaexg.ttf";

    private static volatile java.awt.@Nullable Font awt;
    private static volatile @Nullable BaseFont pdf;

    private BundledFont() {
    }

    /** For drawing (the raster receipt); derive the size and style from it. */
    public static java.awt.Font awt() {
        java.awt.Font f = awt;
        if (f == null) {
            synchronized (BundledFont.class) {
                f = awt;
                if (f == null) {
                    try {
                        f = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT,
                                new java.io.ByteArrayInputStream(bytes()));
                    } catch (FontFormatException | IOException e) {
                        throw new IllegalStateException("cannot load " + RESOURCE, e);
                    }
                    awt = f;
                }
            }
        }
        return f;
    }

    /** For PDFs: embedded as a subset, text stays extractable. */
    public static BaseFont pdf() {
        BaseFont f = pdf;
        if (f == null) {
            synchronized (BundledFont.class) {
                f = pdf;
                if (f == null) {
                    try {
                        f = BaseFont.createFont("ipaexg.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes(),
                                null);
                    } catch (DocumentException e) {
                        throw new IllegalStateException("cannot load " + RESOURCE, e);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    f.setSubset(true);
                    pdf = f;
                }
            }
        }
        return f;
    }

    private static byte[] bytes() {
        try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
