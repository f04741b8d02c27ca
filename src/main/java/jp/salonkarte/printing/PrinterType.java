package jp.salonkarte.printing;

/**
 * What kind of printer and how it is reached: {@link #ESCPOS} is a thermal receipt printer
 * (レシートプリンター) on raw TCP (port 9100) that gets ESC/POS bytes; {@link #IPP} is an office /
 * AirPrint-class document printer (書類用プリンター) that gets PDFs over IPP (DD028).
 */
public enum PrinterType {
    ESCPOS, IPP
}
