package jp.salonkarte.customer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jp.salonkarte.base.UserMessageException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file read into a header and rows. Japanese Excel saves "CSV" in Shift_JIS
 * (Windows-31J) unless told "CSV UTF-8", so the bytes are read as UTF-8 (with or without BOM)
 * when they are valid UTF-8, else as Windows-31J. Tab-separated files are accepted too.
 *
 * @param headers the first row
 * @param rows the other rows, each padded to the header's width; blank rows are left out
 * @param lineNumbers the file line each row starts on (1 = the header), for messages
 * @param charset the encoding the file was read in
 */
public record CsvFile(List<String> headers, List<List<String>> rows, List<Integer> lineNumbers, Charset charset) {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    /** Why a file could not be read at all, as a message key and its argument. */
    public static final class UnreadableException extends UserMessageException {
        UnreadableException(String messageKey, Object argument) {
            super(messageKey, argument);
        }

        @Override
        public String getMessage() {
            return messageKey();
        }
    }

    public static CsvFile read(byte[] bytes) throws UnreadableException {
        if (bytes.length == 0) {
            throw new UnreadableException("csv.error.empty", "");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableException("csv.error.too-large", MAX_BYTES / 1024 / 1024);
        }
        Charset charset = StandardCharsets.UTF_8;
        String text;
        try {
            text = decode(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                text = decode(bytes, WINDOWS_31J);
                charset = WINDOWS_31J;
            } catch (CharacterCodingException neither) {
                throw new UnreadableException("csv.error.encoding", "");
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<String> headers = null;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int scanned = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                for (long end = record.getCharacterPosition(); scanned < end && scanned < text.length(); scanned++) {
                    if (text.charAt(scanned) == '\n') {
                        line++;
                    }
                }
                // The position of a record after blank lines is where the blank lines start.
                for (; scanned < text.length() && (text.charAt(scanned) == '\r' || text.charAt(scanned) == '\n');
                        scanned++) {
                    if (text.charAt(scanned) == '\n') {
                        line++;
                    }
                }
                List<String> values = record.toList();
                if (headers == null) {
                    headers = List.copyOf(values);
                    continue;
                }
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new UnreadableException("csv.error.too-many-rows", MAX_ROWS);
                }
                List<String> padded = new ArrayList<>(values);
                while (padded.size() < headers.size()) {
                    padded.add("");
                }
                // Cells beyond the header's width are kept so the import can refuse the row rather than drop them.
                while (padded.size() > headers.size() && padded.getLast().isBlank()) {
                    padded.removeLast();
                }
                rows.add(List.copyOf(padded));
                lines.add(line);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new UnreadableException("csv.error.malformed", e.getMessage() == null ? "" : e.getMessage());
        }
        if (headers == null || headers.stream().allMatch(String::isBlank)) {
            throw new UnreadableException("csv.error.empty", "");
        }
        if (rows.isEmpty()) {
            throw new UnreadableException("csv.error.no-rows", "");
        }
        return new CsvFile(headers, List.copyOf(rows), List.copyOf(lines), charset);
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
