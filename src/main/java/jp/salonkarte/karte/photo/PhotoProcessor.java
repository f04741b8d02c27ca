package jp.salonkarte.karte.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;

import org.imgscalr.Scalr;

/**
 * Turns an uploaded photo into what the karte shows: upright (EXIF orientation applied), a
 * display size and a thumbnail as JPEG. Checks before decoding: only JPEG and PNG, and the
 * pixel count from the header, so a decompression bomb is refused before it takes memory.
 * Its steps are package-private: {@link PhotoService} reuses {@link #fit} and {@link #jpeg} for
 * drawings, and {@code PhotoIngestBench} ({@code bench/run photo-ingest}) times them one by one.
 */
final class PhotoProcessor {

    static final int MAX_BYTES = 30 * 1024 * 1024;
    static final long MAX_PIXELS = 50_000_000L;
    static final int DISPLAY_EDGE = 2048;
    static final int THUMBNAIL_EDGE = 400;

    record Processed(String type, int width, int height, byte[] display, byte[] thumbnail) {
    }

    private PhotoProcessor() {
    }

    static Processed process(byte[] bytes) throws PhotoRejectedException {
        if (bytes.length > MAX_BYTES) {
            throw new PhotoRejectedException("photo.error.too-large");
        }
        String type = sniff(bytes);
        BufferedImage image = decode(bytes, type);
        // Scale first, then turn: rotating the 2048 px display is far cheaper than the 12 MP original,
        // and the thumbnail comes from the display (bench/run photo-ingest: about half the time).
        int orientation = orientation(bytes);
        BufferedImage display = upright(shrink(image, DISPLAY_EDGE), orientation);
        boolean turned = orientation >= 5 && orientation <= 8; // a quarter turn swaps the sides
        int width = turned ? image.getHeight() : image.getWidth();
        int height = turned ? image.getWidth() : image.getHeight();
        return new Processed(type, width, height, jpeg(display), jpeg(fit(display, THUMBNAIL_EDGE)));
    }

    /**
     * The original down to the display size: bilinear in one pass while that halves it at most
     * (a 12 MP iPad photo to 2048 px), imgscalr's stepwise QUALITY for larger ones, so nothing aliases.
     */
    static BufferedImage shrink(BufferedImage image, int edge) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest <= edge) {
            return image;
        }
        Scalr.Method method = longest <= 2 * edge ? Scalr.Method.BALANCED : Scalr.Method.QUALITY;
        return Scalr.resize(image, method, Scalr.Mode.AUTOMATIC, edge);
    }

    /** JPEG or PNG by their magic bytes; HEIC gets its own message (Safari converts it, other apps may not). */
    static String sniff(byte[] b) throws PhotoRejectedException {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        if (b.length > 12 && new String(b, 4, 8, java.nio.charset.StandardCharsets.ISO_8859_1)
                .matches("ftyp(heic|heix|hevc|mif1|msf1|avif)")) {
            throw new PhotoRejectedException("photo.error.heic");
        }
        throw new PhotoRejectedException("photo.error.not-image");
    }

    static BufferedImage decode(byte[] bytes, String type) throws PhotoRejectedException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type);
        if (!readers.hasNext()) {
            throw new PhotoRejectedException("photo.error.not-image");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_PIXELS) {
                throw new PhotoRejectedException("photo.error.too-many-pixels");
            }
            boolean[] damaged = {false};
            reader.addIIOReadWarningListener((source, warning) -> damaged[0] = true);
            BufferedImage image = reader.read(0);
            if (damaged[0] || image == null) {
                throw new PhotoRejectedException("photo.error.corrupt");
            }
            return image;
        } catch (PhotoRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PhotoRejectedException("photo.error.corrupt", e);
        } finally {
            reader.dispose();
        }
    }

    /** The EXIF orientation (1 = upright); photos without EXIF are taken as they are. */
    static int orientation(byte[] bytes) {
        try {
            var exif = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes))
                    .getFirstDirectoryOfType(ExifIFD0Directory.class);
            return exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)
                    ? exif.getInt(ExifIFD0Directory.TAG_ORIENTATION) : 1;
        } catch (ImageProcessingException | IOException | MetadataException e) {
            return 1;
        }
    }

    static BufferedImage upright(BufferedImage image, int orientation) {
        return switch (orientation) {
            case 2 -> Scalr.rotate(image, Scalr.Rotation.FLIP_HORZ);
            case 3 -> Scalr.rotate(image, Scalr.Rotation.CW_180);
            case 4 -> Scalr.rotate(image, Scalr.Rotation.FLIP_VERT);
            case 5 -> Scalr.rotate(Scalr.rotate(image, Scalr.Rotation.CW_90), Scalr.Rotation.FLIP_HORZ);
            case 6 -> Scalr.rotate(image, Scalr.Rotation.CW_90);
            case 7 -> Scalr.rotate(Scalr.rotate(image, Scalr.Rotation.CW_270), Scalr.Rotation.FLIP_HORZ);
            case 8 -> Scalr.rotate(image, Scalr.Rotation.CW_270);
            default -> image;
        };
    }

    static BufferedImage fit(BufferedImage image, int edge) {
        if (Math.max(image.getWidth(), image.getHeight()) <= edge) {
            return image;
        }
        return Scalr.resize(image, Scalr.Method.QUALITY, Scalr.Mode.AUTOMATIC, edge);
    }

    /** JPEG at quality 0.85; transparency (PNG) goes onto white first. */
    static byte[] jpeg(BufferedImage image) throws PhotoRejectedException {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new PhotoRejectedException("photo.error.corrupt", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
