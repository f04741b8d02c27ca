package jp.salonkarte.printing;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a receipt (適格簡易請求書) says, ready to print: checkout fills it from a committed ticket,
 * printing renders it for a printer (Kanji text mode or raster) and queues the bytes. Amounts
 * are yen, tax-inclusive; tax is per rate, computed once per ticket (never summed per line).
 */
public record Receipt(
        String storeName,
        @Nullable String postalCode,
        @Nullable String address,
        @Nullable String phone,
        @Nullable String registrationNumber,
        LocalDateTime issuedAt,
        String receiptNo,
        @Nullable String staffName,
        @Nullable String customerName,
        List<Line> lines,
        List<RateTotal> rateTotals,
        long total,
        List<Payment> payments,
        long change,
        boolean reprint,
        @Nullable String qrUrl) {

    /** A line as printed: name, quantity and its tax-inclusive amount after line discounts; ※ when 8 %. */
    public record Line(String name, int quantity, long amount, boolean reducedRate) {
    }

    /** Per tax rate: the tax-inclusive total at that rate (after discounts) and the tax in it. */
    public record RateTotal(int ratePercent, long total, long tax) {
    }

    /**
     * A payment as printed: its method's label (現金, クレジット, …), the amount it pays and, for
     * cash, what the customer handed over (お預り), from which the change (お釣り) was given.
     */
    public record Payment(String method, long amount, @Nullable Long tendered) {

        public Payment(String method, long amount) {
            this(method, amount, null);
        }
    }

    /** The same receipt marked as a reprint (再発行). */
    public Receipt asReprint() {
        return new Receipt(storeName, postalCode, address, phone, registrationNumber, issuedAt, receiptNo, staffName,
                customerName, lines, rateTotals, total, payments, change, true, qrUrl);
    }

    public boolean hasReducedRate() {
        return lines.stream().anyMatch(Line::reducedRate);
    }
}
