package jp.salonkarte.checkout;

import java.util.List;
import java.util.Map;

import jp.salonkarte.store.TaxRounding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static jp.salonkarte.store.TaxRounding.CEILING;
import static jp.salonkarte.store.TaxRounding.HALF_UP;
import static jp.salonkarte.store.TaxRounding.TRUNCATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Worked examples of consumption tax on tax-inclusive tickets (DD018). */
class TaxTest {

    @ParameterizedTest(name = "¥{0} at {1}% → truncate {2}, half-up {3}, ceiling {4}")
    @CsvSource({
            // total, rate, truncate, half_up, ceiling
            "1100, 10, 100, 100, 100",
            "1080, 8, 80, 80, 80",
            "1000, 10, 90, 91, 91",      // 90.909…
            "1000, 8, 74, 74, 75",       // 74.074…
            "1, 10, 0, 0, 1",            // 0.0909…
            "1, 8, 0, 0, 1",             // 0.074…
            "5, 10, 0, 0, 1",            // 0.4545…
            "6, 10, 0, 1, 1",            // 0.5454…
            "0, 10, 0, 0, 0",
            "0, 8, 0, 0, 0",
            "5140, 10, 467, 467, 468",   // 467.27…
            "2020, 8, 149, 150, 150",    // 149.629…
            "3000, 10, 272, 273, 273",   // 272.727…
            "9999999, 10, 909090, 909091, 909091", // 909090.818…
            "13, 8, 0, 1, 1",            // 0.962…
            "27, 8, 2, 2, 2"             // exactly 2
    })
    void taxIncludedInATotalIsRoundedByTheStoresMode(long total, int rate, long truncate, long halfUp, long ceiling) {
        assertThat(Tax.included(total, rate, TRUNCATE)).isEqualTo(truncate);
        assertThat(Tax.included(total, rate, HALF_UP)).isEqualTo(halfUp);
        assertThat(Tax.included(total, rate, CEILING)).isEqualTo(ceiling);
    }

    @Test
    void taxIsComputedOncePerRateNeverSummedFromLineRoundings() {
        // three ¥1,000 cuts: per line 90 + 90 + 90 = 270, once per ticket 3000 × 10 / 110 = 272.7 → 272
        var b = Tax.of(List.of(new Tax.Amount(10, 1000), new Tax.Amount(10, 1000), new Tax.Amount(10, 1000)),
                Discount.NONE, TRUNCATE);
        assertThat(b.rate(10).total()).isEqualTo(3000);
        assertThat(b.rate(10).tax()).isEqualTo(272);
        assertThat(b.tax()).isEqualTo(272);
    }

    @Test
    void aMixedRateTicketHasATotalAndATaxPerRate() {
        var b = Tax.of(List.of(new Tax.Amount(10, 5500), new Tax.Amount(8, 2160)), Discount.NONE, TRUNCATE);
        assertThat(b.rates()).extracting(Tax.RateTotal::ratePercent).containsExactly(10, 8);
        assertThat(b.rate(10)).isEqualTo(new Tax.RateTotal(10, 5500, 0, 5500, 500));
        assertThat(b.rate(8)).isEqualTo(new Tax.RateTotal(8, 2160, 0, 2160, 160));
        assertThat(b.total()).isEqualTo(7660);
        assertThat(b.tax()).isEqualTo(660);
    }

    @Test
    void aYenTicketDiscountIsSpreadInProportionAndTheRemainderGoesToTheLargestRate() {
        // ¥500 off ¥7,660: 10 % share floor(500×5500/7660)=359, 8 % share floor(500×2160/7660)=140,
        // the 1 yen left goes to 10 % (the larger) → 360 / 140
        var b = Tax.of(List.of(new Tax.Amount(10, 5500), new Tax.Amount(8, 2160)), Discount.yen(500), TRUNCATE);
        assertThat(b.discount()).isEqualTo(500);
        assertThat(b.rate(10)).isEqualTo(new Tax.RateTotal(10, 5500, 360, 5140, 467));
        assertThat(b.rate(8)).isEqualTo(new Tax.RateTotal(8, 2160, 140, 2020, 149));
        assertThat(b.total()).isEqualTo(7160);
    }

    @Test
    void theRoundingModeChangesOnlyTheTaxNotTheTotals() {
        var amounts = List.of(new Tax.Amount(10, 5500), new Tax.Amount(8, 2160));
        var truncate = Tax.of(amounts, Discount.yen(500), TRUNCATE);
        var halfUp = Tax.of(amounts, Discount.yen(500), HALF_UP);
        var ceiling = Tax.of(amounts, Discount.yen(500), CEILING);
        assertThat(List.of(truncate.rate(10).tax(), truncate.rate(8).tax())).containsExactly(467L, 149L);
        assertThat(List.of(halfUp.rate(10).tax(), halfUp.rate(8).tax())).containsExactly(467L, 150L);
        assertThat(List.of(ceiling.rate(10).tax(), ceiling.rate(8).tax())).containsExactly(468L, 150L);
        assertThat(List.of(truncate.total(), halfUp.total(), ceiling.total())).containsOnly(7160L);
    }

    @Test
    void aPercentTicketDiscountIsTakenFromTheSubtotalAndSpreadOverTheRates() {
        // 10 % of ¥7,660 = ¥766 → 550 from 10 %, 216 from 8 %: ¥4,950 (tax 450) and ¥1,944 (tax 144)
        var b = Tax.of(List.of(new Tax.Amount(10, 5500), new Tax.Amount(8, 2160)), Discount.percent(10), TRUNCATE);
        assertThat(b.discount()).isEqualTo(766);
        assertThat(b.rate(10)).isEqualTo(new Tax.RateTotal(10, 5500, 550, 4950, 450));
        assertThat(b.rate(8)).isEqualTo(new Tax.RateTotal(8, 2160, 216, 1944, 144));
    }

    @Test
    void aHundredPercentDiscountLeavesNothingAndNoTax() {
        var b = Tax.of(List.of(new Tax.Amount(10, 5500), new Tax.Amount(8, 2160)), Discount.percent(100), CEILING);
        assertThat(b.total()).isZero();
        assertThat(b.tax()).isZero();
        assertThat(b.rate(10).discount()).isEqualTo(5500);
        assertThat(b.rate(8).discount()).isEqualTo(2160);
    }

    @Test
    void aYenDiscountLargerThanTheTicketTakesOnlyTheTicket() {
        var b = Tax.of(List.of(new Tax.Amount(8, 1080)), Discount.yen(5000), TRUNCATE);
        assertThat(b.discount()).isEqualTo(1080);
        assertThat(b.total()).isZero();
    }

    @Test
    void onEqualTotalsTheRemainderYenGoesToTheStandardRate() {
        Map<Integer, Long> shares = Tax.apportion(Map.of(10, 1000L, 8, 1000L), 1);
        assertThat(shares).containsEntry(10, 1L).containsEntry(8, 0L);
        var b = Tax.of(List.of(new Tax.Amount(10, 1000), new Tax.Amount(8, 1000)), Discount.yen(1), TRUNCATE);
        assertThat(b.rate(10).total()).isEqualTo(999);
        assertThat(b.rate(8).total()).isEqualTo(1000);
    }

    @Test
    void theRemainderGoesToTheReducedRateWhenItIsTheLargerGroup() {
        // ¥100 off ¥330 (10 %) + ¥2,160 (8 %): 10 % floor(100×330/2490)=13, 8 % floor(100×2160/2490)=86, +1 → 87
        Map<Integer, Long> shares = Tax.apportion(Map.of(10, 330L, 8, 2160L), 100);
        assertThat(shares).containsEntry(10, 13L).containsEntry(8, 87L);
    }

    @Test
    void sharesAlwaysAddUpToTheDiscount() {
        for (long discount = 0; discount <= 7660; discount += 37) {
            Map<Integer, Long> shares = Tax.apportion(Map.of(10, 5500L, 8, 2160L), discount);
            assertThat(shares.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(discount);
            assertThat(shares.get(10)).isBetween(0L, 5500L);
            assertThat(shares.get(8)).isBetween(0L, 2160L);
        }
    }

    @Test
    void oneYenItemsCarryTaxOnlyOnceTheyAddUp() {
        var single = Tax.of(List.of(new Tax.Amount(10, 1)), Discount.NONE, TRUNCATE);
        assertThat(single.tax()).isZero();
        var eleven = Tax.of(java.util.Collections.nCopies(11, new Tax.Amount(10, 1)), Discount.NONE, TRUNCATE);
        assertThat(eleven.rate(10).total()).isEqualTo(11);
        assertThat(eleven.tax()).isEqualTo(1);
    }

    @Test
    void anEmptyTicketHasNoTotals() {
        var b = Tax.of(List.of(), Discount.yen(100), TRUNCATE);
        assertThat(b.rates()).isEmpty();
        assertThat(b.total()).isZero();
    }

    @ParameterizedTest(name = "{0}% off ¥{1} = ¥{2}")
    @CsvSource({"10, 1000, 100", "15, 999, 149", "100, 1234, 1234", "0, 500, 0", "33, 1, 0", "50, 3, 1"})
    void aPercentDiscountIsRoundedDownInYen(long percent, long amount, long off) {
        assertThat(Discount.percent(percent).off(amount)).isEqualTo(off);
    }

    @Test
    void discountsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> Discount.percent(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Discount.yen(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tax.Amount(5, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tax.apportion(Map.of(10, 100L), 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultRoundingIsTruncate() {
        assertThat(TaxRounding.valueOf("TRUNCATE").mode()).isEqualTo(java.math.RoundingMode.DOWN);
    }

    @Test
    void linesShareTheirRatesTotalAndTaxExactly() {
        // ¥3,300 + ¥2,200 at 10 %, ¥2,160 at 8 %, ¥500 off: 10 % total 5,140 (tax 467), 8 % 2,020 (tax 149).
        List<Tax.Amount> lines = List.of(new Tax.Amount(10, 3300), new Tax.Amount(8, 2160), new Tax.Amount(10, 2200));
        Tax.Breakdown b = Tax.of(lines, Discount.yen(500), TaxRounding.TRUNCATE);
        // 5,140 × 3,300 / 5,500 = 3,084 and 2,056; tax 467 × 3,084 / 5,140 = 280.2 → 280 + the 1 yen left, 186.
        assertThat(Tax.shares(lines, b)).containsExactly(new Tax.LineShare(3084, 281), new Tax.LineShare(2020, 149),
                new Tax.LineShare(2056, 186));
    }

    @Test
    void theYenLeftOverGoToTheLargestLine() {
        List<Tax.Amount> lines = List.of(new Tax.Amount(10, 1000), new Tax.Amount(10, 1000), new Tax.Amount(10, 1000));
        Tax.Breakdown b = Tax.of(lines, Discount.yen(1), TaxRounding.TRUNCATE);
        List<Tax.LineShare> shares = Tax.shares(lines, b);
        assertThat(shares).extracting(Tax.LineShare::net).containsExactly(1001L, 999L, 999L);
        assertThat(shares.stream().mapToLong(Tax.LineShare::tax).sum()).isEqualTo(b.tax());
        assertThat(Tax.shares(List.of(new Tax.Amount(10, 0)), Tax.of(List.of(new Tax.Amount(10, 0)), Discount.NONE,
                TaxRounding.TRUNCATE))).containsExactly(new Tax.LineShare(0, 0));
    }
}
