package jp.salonkarte.printing;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A printed report that is not a receipt, such as the register close (レジ締めレポート): a title,
 * the store and time, then rows of a label and a value (empty value for a heading). Printed on
 * the receipt printer in its mode; never opens the cash drawer.
 */
public record Slip(String title, String storeName, LocalDateTime issuedAt, List<Row> rows) {

    public Slip {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a slip needs a title");
        }
        rows = List.copyOf(rows);
    }

    /** A row: label left, value flush right; a row with a blank value and {@code separator} draws a separator. */
    public record Row(String label, String value, boolean separator) {

        public static Row of(String label, String value) {
            return new Row(label, value, false);
        }

        public static Row heading(String label) {
            return new Row(label, "", false);
        }

        public static Row divider() {
            return new Row("", "", true);
        }
    }
}
