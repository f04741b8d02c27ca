package jp.salonkarte.base;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The date patterns of the app in one place. Screens use {@link #day(Locale)} and
 * {@link #dayTime(Locale)} with the UI locale: Japanese shows {@code 2026/11/22(日)}, every other
 * language the English {@code Sun, 22 Nov 2026} (weekday first, as in the Japanese form, and no
 * day/month order to guess). Receipts, the close report, consent PDFs and customer mails are
 * Japanese documents by law or by design and use {@link #JAPANESE_DAY} and
 * {@link #JAPANESE_DAY_TIME} whatever the staff's UI language is.
 */
public final class DateFormats {

    public static final DateTimeFormatter JAPANESE_DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd(E)", Locale.JAPAN);
    public static final DateTimeFormatter JAPANESE_DAY_TIME =
            DateTimeFormatter.ofPattern("uuuu/MM/dd(E) HH:mm", Locale.JAPAN);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEE, d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_DAY_TIME =
            DateTimeFormatter.ofPattern("EEE, d MMM uuuu HH:mm", Locale.ENGLISH);

    private DateFormats() {
    }

    /** A day with its weekday in the UI language. */
    public static DateTimeFormatter day(Locale locale) {
        return japanese(locale) ? JAPANESE_DAY : ENGLISH_DAY;
    }

    /** A day, weekday and 24-hour time in the UI language. */
    public static DateTimeFormatter dayTime(Locale locale) {
        return japanese(locale) ? JAPANESE_DAY_TIME : ENGLISH_DAY_TIME;
    }

    private static boolean japanese(Locale locale) {
        return locale == null || locale.getLanguage().isEmpty() || "ja".equals(locale.getLanguage());
    }
}
