package jp.salonkarte.base;

import java.text.NumberFormat;
import java.util.Locale;

/** Integer yen, formatted as on Japanese price tags and receipts: {@code ¥12,100}. */
public final class Yen {

    private Yen() {
    }

    public static String format(long yen) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.JAPAN);
        return (yen < 0 ? "-¥" : "¥") + format.format(Math.abs(yen));
    }
}
