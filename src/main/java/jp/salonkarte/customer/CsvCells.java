package jp.salonkarte.customer;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.salonkarte.base.PhoneNumber;
import jp.salonkarte.customer.CustomerImportService.Message;

import org.jspecify.annotations.Nullable;

/**
 * Reading one cell of an imported CSV into a customer field the way other systems and Excel
 * write them (dropped leading zeros, 1990年4月1日, 女/F, ○/×…); a value that cannot be read adds
 * a message to the row's errors, a value that was repaired adds a note.
 */
final class CsvCells {

    private static final int TAG_MAX = 30;
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private CsvCells() {
    }

    static @Nullable String phone(@Nullable String value, CsvColumn column, List<Message> errors,
            List<Message> notes) {
        String raw = blankToNull(value);
        if (raw == null) {
            return null;
        }
        // Excel reads 09012345678 as a number and drops the 0; give it back.
        String digits = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        if (digits.matches("[1-9]\\d{8,9}")) {
            notes.add(Message.of("csv.row.phone-zero", column.header(), "0" + digits));
            raw = "0" + digits;
        }
        Optional<String> valid = PhoneNumber.validate(raw);
        if (valid.isEmpty() || valid.get().length() > 20) {
            errors.add(Message.of("csv.row.phone", column.header(), raw));
            return null;
        }
        return valid.get();
    }

    static @Nullable LocalDate birthday(@Nullable String value, LocalDate today, List<Message> errors) {
        String raw = blankToNull(value);
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(s);
        }
        try {
            if (m.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                if (!d.isAfter(today) && d.getYear() >= 1900) {
                    return d;
                }
            }
        } catch (DateTimeException e) {
            // falls through to the message below
        }
        errors.add(Message.of("csv.row.birthday", raw));
        return null;
    }

    static @Nullable String gender(@Nullable String value, List<Message> errors) {
        String raw = blankToNull(value);
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return switch (s) {
            case "女性", "女", "f", "female", "woman", "2" -> "FEMALE";
            case "男性", "男", "m", "male", "man", "1" -> "MALE";
            case "その他", "other", "3", "9" -> "OTHER";
            case "未指定", "不明", "未回答", "0", "-" -> null;
            default -> {
                errors.add(Message.of("csv.row.gender", raw));
                yield null;
            }
        };
    }

    static @Nullable String postalCode(@Nullable String value, List<Message> errors, List<Message> notes) {
        String raw = blankToNull(value);
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replace("〒", "").strip();
        if (s.matches("\\d{6}")) { // Excel dropped the leading 0 of 0010001
            s = "0" + s;
            notes.add(Message.of("csv.row.postal-zero", s));
        }
        if (s.matches("\\d{7}")) {
            s = s.substring(0, 3) + "-" + s.substring(3);
        }
        if (!s.matches("\\d{3}-\\d{4}")) {
            errors.add(Message.of("csv.row.postal-code", raw));
            return null;
        }
        return s;
    }

    static @Nullable String limited(Map<CsvColumn, String> v, CsvColumn column, int max,
            List<Message> errors) {
        String s = blankToNull(v.get(column));
        if (s != null && s.length() > max) {
            errors.add(Message.of("csv.row.too-long", column.header(), max));
            return null;
        }
        return s;
    }

    static Set<CustomerTag> tags(@Nullable String value, List<Message> errors) {
        String raw = blankToNull(value);
        if (raw == null) {
            return Set.of();
        }
        Set<CustomerTag> tags = new LinkedHashSet<>();
        for (String tag : raw.split("[、,;|]")) {
            String t = tag.strip();
            if (t.length() > TAG_MAX) {
                errors.add(Message.of("csv.row.tag-too-long", t, TAG_MAX));
            } else if (!t.isEmpty()) {
                tags.add(new CustomerTag(t));
            }
        }
        return tags;
    }

    static boolean mailOptIn(@Nullable String value, List<Message> errors) {
        String raw = blankToNull(value);
        if (raw == null) {
            return false;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (Arrays.asList("はい", "1", "true", "yes", "y", "○", "〇", "希望", "希望する", "可", "受け取る", "する")
                .contains(s)) {
            return true;
        }
        if (Arrays.asList("いいえ", "0", "false", "no", "n", "×", "不要", "希望しない", "不可", "受け取らない", "しない")
                .contains(s)) {
            return false;
        }
        errors.add(Message.of("csv.row.mail-opt-in", raw));
        return false;
    }

    /** The apostrophe the export puts before a would-be formula comes off again. */
    static String unescape(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
