package jp.salonkarte.checkout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.salonkarte.store.TaxRounding;

/**
 * Consumption tax (消費税) of a ticket, from tax-inclusive amounts (総額表示): per rate, the
 * total and the tax in it, {@code tax = total × rate / (100 + rate)} rounded once per ticket and
 * rate with the store's mode — never summed from per-line roundings. A ticket discount is spread
 * over the rates in proportion to each rate's total before it, each share rounded down, and the
 * remaining yen go to the rate with the largest total before the discount (the higher rate when
 * equal). See DD018.
 */
public final class Tax {

    private Tax() {
    }

    /** One rate's amount before the ticket discount, its share of the discount, total and tax. */
    public record RateTotal(int ratePercent, long gross, long discount, long total, long tax) {
    }

    /** Per rate (10 % first), and the ticket's total and discount. */
    public record Breakdown(List<RateTotal> rates, long subtotal, long discount, long total) {

        public long tax() {
            return rates.stream().mapToLong(RateTotal::tax).sum();
        }

        public RateTotal rate(int ratePercent) {
            return rates.stream().filter(r -> r.ratePercent() == ratePercent).findFirst()
                    .orElse(new RateTotal(ratePercent, 0, 0, 0, 0));
        }
    }

    /** A tax-inclusive amount (a line after its own discount) at a rate. */
    public record Amount(int ratePercent, long amount) {

        public Amount {
            if (ratePercent != 8 && ratePercent != 10) {
                throw new IllegalArgumentException("tax rate must be 8 or 10");
            }
            if (amount < 0) {
                throw new IllegalArgumentException("amount must not be negative");
            }
        }
    }

    /** The tax contained in a tax-inclusive {@code total} at {@code ratePercent}, rounded by {@code rounding}. */
    public static long included(long total, int ratePercent, TaxRounding rounding) {
        return BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(ratePercent))
                .divide(BigDecimal.valueOf(100L + ratePercent), 0, rounding.mode()).longValueExact();
    }

    /**
     * Splits {@code discount} yen over the rates in proportion to {@code grossByRate}: each share
     * is {@code floor(discount × gross / subtotal)}; the yen left over go to the rate with the
     * largest gross (the higher rate on a tie). The shares add up to the discount exactly.
     */
    public static Map<Integer, Long> apportion(Map<Integer, Long> grossByRate, long discount) {
        long subtotal = grossByRate.values().stream().mapToLong(Long::longValue).sum();
        if (discount < 0 || discount > subtotal) {
            throw new IllegalArgumentException("discount must be 0.." + subtotal + " yen");
        }
        Map<Integer, Long> shares = new TreeMap<>();
        if (subtotal == 0) {
            grossByRate.keySet().forEach(rate -> shares.put(rate, 0L));
            return shares;
        }
        long given = 0;
        int largest = -1;
        long largestGross = -1;
        for (var e : new TreeMap<>(grossByRate).descendingMap().entrySet()) {
            long share = BigDecimal.valueOf(discount).multiply(BigDecimal.valueOf(e.getValue()))
                    .divide(BigDecimal.valueOf(subtotal), 0, java.math.RoundingMode.DOWN).longValueExact();
            shares.put(e.getKey(), share);
            given += share;
            if (e.getValue() > largestGross) {
                largestGross = e.getValue();
                largest = e.getKey();
            }
        }
        shares.merge(largest, discount - given, Long::sum);
        return shares;
    }

    /** The ticket's totals and tax per rate: line amounts (after line discounts), then the ticket discount. */
    public static Breakdown of(List<Amount> amounts, Discount ticketDiscount, TaxRounding rounding) {
        Map<Integer, Long> gross = new TreeMap<>();
        for (Amount a : amounts) {
            gross.merge(a.ratePercent(), a.amount(), Long::sum);
        }
        long subtotal = gross.values().stream().mapToLong(Long::longValue).sum();
        long discount = ticketDiscount.off(subtotal);
        Map<Integer, Long> shares = apportion(gross, discount);
        List<RateTotal> rates = new ArrayList<>();
        for (var e : ((TreeMap<Integer, Long>) gross).descendingMap().entrySet()) {
            long share = shares.get(e.getKey());
            long total = e.getValue() - share;
            rates.add(new RateTotal(e.getKey(), e.getValue(), share, total, included(total, e.getKey(), rounding)));
        }
        return new Breakdown(List.copyOf(rates), subtotal, discount, subtotal - discount);
    }

    /** A line's part of its rate's total and tax: what it earned after every discount (for reports, DD041). */
    public record LineShare(long net, long tax) {
    }

    /**
     * Spreads each rate's total and tax (from {@code breakdown}) over the lines at that rate, in
     * proportion to their amounts after line discounts, each share rounded down and the yen left
     * over to the first of the largest lines — so per rate the lines' nets add up to the rate's
     * total and their taxes to the rate's tax exactly, and reports by staff or menu agree with the
     * receipts. The result is in the order of {@code lines}.
     */
    public static List<LineShare> shares(List<Amount> lines, Breakdown breakdown) {
        long[] net = new long[lines.size()];
        long[] tax = new long[lines.size()];
        for (RateTotal rate : breakdown.rates()) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).ratePercent() == rate.ratePercent()) {
                    at.add(i);
                }
            }
            spread(lines, at, rate.gross(), rate.total(), net);
            long[] byNet = new long[lines.size()];
            long netSum = 0;
            for (int i : at) {
                netSum += net[i];
            }
            List<Amount> netAmounts = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                netAmounts.add(new Amount(lines.get(i).ratePercent(), net[i]));
            }
            spread(netAmounts, at, netSum, rate.tax(), byNet);
            for (int i : at) {
                tax[i] = byNet[i];
            }
        }
        List<LineShare> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            result.add(new LineShare(net[i], tax[i]));
        }
        return List.copyOf(result);
    }

    /** Puts {@code floor(amount × part / whole)} into {@code into} for each line in {@code at}, the rest on the largest. */
    private static void spread(List<Amount> lines, List<Integer> at, long whole, long amount, long[] into) {
        long given = 0;
        int largest = -1;
        for (int i : at) {
            long share = whole == 0 ? 0 : BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(lines.get(i).amount()))
                    .divide(BigDecimal.valueOf(whole), 0, java.math.RoundingMode.DOWN).longValueExact();
            into[i] = share;
            given += share;
            if (largest < 0 || lines.get(i).amount() > lines.get(largest).amount()) {
                largest = i;
            }
        }
        if (largest >= 0) {
            into[largest] += amount - given;
        }
    }
}
