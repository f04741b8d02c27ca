package jp.salonkarte.checkout;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The register close of one business day (レジ締め): the cash the drawer should hold (opening
 * float + cash taken − cash given back), what staff counted note by note and coin by coin, and
 * the difference (過不足: positive over, negative short). Once it exists the day's sales are frozen.
 */
public record DailyClose(long id, long storeId, LocalDate businessDay, long openingFloat, long cashSales,
        long cashRefunds, long expectedCash, Map<Integer, Integer> counts, long countedCash, long overShort,
        @Nullable String note, long staffId, LocalDateTime closedAt) {

    /** Japanese notes and coins, largest first. */
    public static final List<Integer> DENOMINATIONS = List.of(10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 1);
    public static final int COUNT_MAX = 99_999;
    public static final int NOTE_MAX_LENGTH = 200;

    /** The yen in a count of notes and coins; refuses unknown denominations and impossible counts. */
    public static long total(Map<Integer, Integer> counts) {
        long sum = 0;
        for (var e : counts.entrySet()) {
            if (!DENOMINATIONS.contains(e.getKey())) {
                throw new IllegalArgumentException("unknown denomination " + e.getKey());
            }
            if (e.getValue() == null || e.getValue() < 0 || e.getValue() > COUNT_MAX) {
                throw new IllegalArgumentException("count must be 0.." + COUNT_MAX);
            }
            sum += (long) e.getKey() * e.getValue();
        }
        return sum;
    }

    static String encode(Map<Integer, Integer> counts) {
        return DENOMINATIONS.stream().map(d -> d + ":" + counts.getOrDefault(d, 0)).collect(Collectors.joining(","));
    }

    static Map<Integer, Integer> decode(String text) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] kv = part.split(":");
            counts.put(Integer.valueOf(kv[0]), Integer.valueOf(kv[1]));
        }
        return counts;
    }

    /** What the day's tickets say before the count: the basis of the close and of its report. */
    public record CashSummary(long storeId, LocalDate businessDay, int tickets, long sales, int reversals,
            long reversed, long cashSales, long cashRefunds, Map<PaymentMethod, Long> byMethod) {

        public long expected(long openingFloat) {
            return openingFloat + cashSales - cashRefunds;
        }
    }
}
