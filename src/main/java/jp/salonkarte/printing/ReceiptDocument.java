package jp.salonkarte.printing;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.base.Yen;

/**
 * A receipt laid out as rows, independent of how they reach paper: the Kanji writer pads them
 * into columns, the raster writer draws them. One layout keeps both modes saying the same thing
 * (the items an 適格簡易請求書 needs, in the order Japanese receipts show them). The screen copy
 * and the PDF copy (mailed to the customer) are drawn from the same rows.
 */
public final class ReceiptDocument {

    static final String TITLE = "領収書";
    static final String REPRINT = "再発行";
    static final String REDUCED_MARK = "※";
    static final String REDUCED_FOOTNOTE = "※は軽減税率（8%）対象商品";
    private static final DateTimeFormatter DATE = jp.salonkarte.base.DateFormats.JAPANESE_DAY_TIME;

    public enum Align {
        LEFT, CENTER
    }

    /** A printed row. */
    public sealed interface Row permits Text, Rule, Qr {
    }

    /** Text: {@code left} aligned (or centred), {@code right} (an amount) flush right; big = double size. */
    public record Text(String left, String right, Align align, boolean big, boolean bold) implements Row {
        static Text left(String text) {
            return new Text(text, "", Align.LEFT, false, false);
        }

        static Text pair(String left, String right) {
            return new Text(left, right, Align.LEFT, false, false);
        }

        static Text center(String text, boolean big) {
            return new Text(text, "", Align.CENTER, big, big);
        }
    }

    /** A dashed separator. */
    public record Rule() implements Row {
    }

    /** A QR code (native ESC/POS QR in both modes) with a caption row after it. */
    public record Qr(String url) implements Row {
    }

    private ReceiptDocument() {
    }

    public static List<Row> rows(Receipt r) {
        List<Row> rows = new ArrayList<>();
        rows.add(Text.center(r.storeName(), true));
        if (present(r.postalCode()) || present(r.address())) {
            rows.add(Text.left(jp.salonkarte.base.PostalAddress.format(r.postalCode(), r.address())));
        }
        if (present(r.phone())) {
            rows.add(Text.left("TEL " + r.phone()));
        }
        if (present(r.registrationNumber())) {
            rows.add(Text.left("登録番号 " + r.registrationNumber()));
        }
        rows.add(new Rule());
        rows.add(Text.center(TITLE, true));
        if (r.reprint()) {
            rows.add(Text.center("【" + REPRINT + "】", false));
        }
        rows.add(Text.pair(DATE.format(r.issuedAt()), "No." + r.receiptNo()));
        if (present(r.customerName())) {
            rows.add(Text.left(r.customerName() + " 様"));
        }
        rows.add(new Rule());
        for (Receipt.Line line : r.lines()) {
            String name = line.name() + (line.reducedRate() ? " " + REDUCED_MARK : "")
                    + (line.quantity() != 1 ? " ×" + line.quantity() : "");
            rows.add(Text.pair(name, Yen.format(line.amount())));
        }
        rows.add(new Rule());
        rows.add(new Text("合計", Yen.format(r.total()), Align.LEFT, false, true));
        for (Receipt.RateTotal rate : r.rateTotals()) {
            rows.add(Text.pair(" " + rate.ratePercent() + "%対象計", Yen.format(rate.total())));
            rows.add(Text.pair("   内消費税", Yen.format(rate.tax())));
        }
        if (r.hasReducedRate()) {
            rows.add(Text.left(REDUCED_FOOTNOTE));
        }
        rows.add(new Rule());
        for (Receipt.Payment payment : r.payments()) {
            if (payment.tendered() != null) {
                rows.add(Text.pair("お預り（" + payment.method() + "）", Yen.format(payment.tendered())));
            } else {
                rows.add(Text.pair(payment.method(), Yen.format(payment.amount())));
            }
        }
        rows.add(Text.pair("お釣り", Yen.format(r.change())));
        if (present(r.staffName())) {
            rows.add(Text.left("担当: " + r.staffName()));
        }
        if (present(r.qrUrl())) {
            rows.add(new Qr(r.qrUrl()));
            rows.add(Text.center("次回のご予約はこちらから", false));
        }
        return rows;
    }

    /** A report (the register close) in the receipt's look: store, title, time, then its rows. */
    static List<Row> rows(Slip slip) {
        List<Row> rows = new ArrayList<>();
        rows.add(Text.center(slip.storeName(), true));
        rows.add(new Rule());
        rows.add(Text.center(slip.title(), true));
        rows.add(Text.left(DATE.format(slip.issuedAt())));
        rows.add(new Rule());
        for (Slip.Row row : slip.rows()) {
            rows.add(row.separator() ? new Rule() : Text.pair(row.label(), row.value()));
        }
        return rows;
    }

    private static boolean present(@Nullable String s) {
        return s != null && !s.isBlank();
    }
}
