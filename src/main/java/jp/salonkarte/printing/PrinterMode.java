package jp.salonkarte.printing;

/**
 * How Japanese text reaches a thermal printer (DD020): {@link #KANJI} sends Shift_JIS text with
 * the printer's Kanji commands (Japanese models; small and fast), {@link #RASTER} draws the receipt
 * with the bundled IPAex Gothic font into an image (any ESC/POS printer; ~10× the bytes).
 */
public enum PrinterMode {
    KANJI, RASTER
}
