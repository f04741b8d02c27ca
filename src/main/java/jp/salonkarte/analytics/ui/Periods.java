package jp.salonkarte.analytics.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.salonkarte.analytics.Period;
import jp.salonkarte.analytics.SalesReport;
import jp.salonkarte.base.DateFormats;

/** How periods and changes read on the reports screen. */
final class Periods {

    private static final DateTimeFormatter MONTH_JA = DateTimeFormatter.ofPattern("uuuu年M月", Locale.JAPAN);
    private static final DateTimeFormatter MONTH_EN = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private Periods() {
    }

    /** 「2026年11月（2026/11/01(日)〜2026/11/30(月)）」, a day alone, or a range. */
    static String label(Period p, Locale locale) {
        DateTimeFormatter day = DateFormats.day(locale);
        String range = p.from().equals(p.to()) ? day.format(p.from()) : day.format(p.from()) + "〜" + day.format(p.to());
        if (p.kind() == Period.Kind.MONTH) {
            return (Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? MONTH_JA : MONTH_EN).format(p.from())
                    + "（" + range + "）";
        }
        return range;
    }

    /** 「2026年11月」 / "November 2026". */
    static String monthLabel(YearMonth month, Locale locale) {
        return (Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? MONTH_JA : MONTH_EN).format(month);
    }

    static String dayLabel(LocalDate day, Locale locale) {
        return DateFormats.day(locale).format(day);
    }

    /** The change from {@code before} to {@code now}: 「+5.2%」, 「−3.0%」, 「±0%」, or 「—」 with nothing to compare. */
    static String change(long now, long before) {
        if (before == 0) {
            return "—";
        }
        double percent = (now - before) * 100.0 / Math.abs(before);
        if (Math.abs(percent) < 0.05) {
            return "±0%";
        }
        return (percent > 0 ? "+" : "−") + String.format(Locale.ROOT, "%.1f%%", Math.abs(percent));
    }

    /** The chart's bars: the period's days, or its months when it is longer than two months. */
    static List<Period> buckets(Period p) {
        List<Period> buckets = new ArrayList<>();
        if (p.days() <= 62) {
            for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
                buckets.add(Period.day(d));
            }
            return buckets;
        }
        LocalDate start = p.from();
        while (!start.isAfter(p.to())) {
            LocalDate end = start.withDayOfMonth(start.lengthOfMonth());
            buckets.add(Period.custom(start, end.isAfter(p.to()) ? p.to() : end));
            start = end.plusDays(1);
        }
        return buckets;
    }

    /** 「11/23」 for a day's bar, 「2026/11」 for a month's. */
    static String barLabel(Period bucket, Locale locale) {
        return bucket.days() == 1 ? bucket.from().getMonthValue() + "/" + bucket.from().getDayOfMonth()
                : bucket.from().getYear() + "/" + bucket.from().getMonthValue();
    }

    /** The day rows' sales added up per bar. */
    static List<Long> sums(List<Period> buckets, List<SalesReport.Row> days) {
        List<Long> sums = new ArrayList<>();
        for (Period b : buckets) {
            long sum = 0;
            for (SalesReport.Row r : days) {
                LocalDate d = LocalDate.parse(r.key());
                if (!d.isBefore(b.from()) && !d.isAfter(b.to())) {
                    sum += r.sales();
                }
            }
            sums.add(sum);
        }
        return sums;
    }
}
