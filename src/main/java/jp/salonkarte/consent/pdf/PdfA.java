package jp.salonkarte.consent.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfStream;

/**
 * The one PDF/A-1b piece OpenPDF leaves out: PDF/A-1 (ISO 19005-1, 6.3.5) wants a {@code CIDSet}
 * stream in the descriptor of every embedded CID font subset, naming the glyphs the subset holds.
 * OpenPDF writes none, so the rendered file is read back once and each subset gets one, built from
 * the subset's own {@code loca} table (a glyph is present when its outline is not empty; CID = glyph
 * id, since Identity-H fonts map them 1:1). Costs a few ms per form.
 */
final class PdfA {

    private PdfA() {
    }

    static byte[] addCidSets(byte[] pdf) throws IOException, DocumentException {
        PdfReader reader = new PdfReader(pdf);
        boolean changed = false;
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject o = reader.getPdfObject(i);
            if (!(o instanceof PdfDictionary font) || !PdfName.CIDFONTTYPE2.equals(font.getAsName(PdfName.SUBTYPE))) {
                continue;
            }
            PdfDictionary descriptor = (PdfDictionary) PdfReader.getPdfObject(font.get(PdfName.FONTDESCRIPTOR));
            PdfObject file = descriptor == null ? null : PdfReader.getPdfObject(descriptor.get(PdfName.FONTFILE2));
            if (!(file instanceof PRStream stream) || descriptor.get(PdfName.CIDSET) != null) {
                continue;
            }
            byte[] cidSet = cidSet(PdfReader.getStreamBytes(stream));
            PdfStream cidStream = new PdfStream(cidSet);
            cidStream.flateCompress();
            descriptor.put(PdfName.CIDSET, reader.addPdfObject(cidStream));
            changed = true;
        }
        if (!changed) {
            reader.close();
            return pdf;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
        PdfStamper stamper = new PdfStamper(reader, out);
        stamper.close();
        return out.toByteArray();
    }

    /** One bit per CID, high bit first: set for each glyph with an outline in the TrueType {@code font}. */
    static byte[] cidSet(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        int tables = b.getShort(4) & 0xffff;
        int head = -1;
        int loca = -1;
        int locaLength = 0;
        int maxp = -1;
        for (int t = 0; t < tables; t++) {
            int entry = 12 + 16 * t;
            String tag = new String(font, entry, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int offset = b.getInt(entry + 8);
            switch (tag) {
                case "head" -> head = offset;
                case "loca" -> {
                    loca = offset;
                    locaLength = b.getInt(entry + 12);
                }
                case "maxp" -> maxp = offset;
                default -> {
                }
            }
        }
        if (head < 0 || loca < 0 || maxp < 0) {
            throw new IllegalStateException("embedded font has no head/loca/maxp table");
        }
        boolean longOffsets = b.getShort(head + 50) != 0;
        int glyphs = Math.min(b.getShort(maxp + 4) & 0xffff, locaLength / (longOffsets ? 4 : 2) - 1);
        byte[] bits = new byte[(glyphs + 7) / 8];
        bits[0] |= (byte) 0x80; // .notdef (CID 0) is always in the program
        for (int g = 0; g < glyphs; g++) {
            long start = longOffsets ? b.getInt(loca + 4 * g) & 0xffffffffL : (b.getShort(loca + 2 * g) & 0xffff) * 2L;
            long end = longOffsets ? b.getInt(loca + 4 * (g + 1)) & 0xffffffffL
                    : (b.getShort(loca + 2 * (g + 1)) & 0xffff) * 2L;
            if (end > start) {
                bits[g >> 3] |= (byte) (0x80 >> (g & 7));
            }
        }
        return bits;
    }

    /** For tests: the CIDs named in a CIDSet. */
    static java.util.BitSet cids(byte[] cidSet) {
        java.util.BitSet set = new java.util.BitSet();
        for (int i = 0; i < cidSet.length * 8; i++) {
            if ((cidSet[i >> 3] & (0x80 >> (i & 7))) != 0) {
                set.set(i);
            }
        }
        return set;
    }
}
