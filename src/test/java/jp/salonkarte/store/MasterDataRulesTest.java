package jp.salonkarte.store;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterDataRulesTest {

    private static MenuItem item(MenuKind kind, String name, int price, int rate, Integer minutes) {
        return new MenuItem(null, 1, kind, MenuCategory.CUT, name, price, rate, minutes, true, 0);
    }

    @Test
    void aServiceNeedsAPlausibleDuration() {
        assertThatThrownBy(() -> item(MenuKind.SERVICE, "カット", 5500, 10, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> item(MenuKind.SERVICE, "カット", 5500, 10, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(item(MenuKind.SERVICE, "カット", 5500, 10, 60).durationMinutes()).isEqualTo(60);
    }

    @Test
    void aProductHasNoDuration() {
        assertThat(item(MenuKind.PRODUCT, "ハーブティー", 1296, 8, 30).durationMinutes()).isNull();
    }

    @Test
    void pricesAreNeverNegativeAndTaxRatesAreTenOrEight() {
        assertThatThrownBy(() -> item(MenuKind.PRODUCT, "x", -1, 10, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> item(MenuKind.PRODUCT, "x", 100, 5, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(item(MenuKind.PRODUCT, "x", 100, 8, null).reducedRate()).isTrue();
    }

    @Test
    void namesAreRequiredAndLimited() {
        assertThatThrownBy(() -> item(MenuKind.PRODUCT, " ", 100, 10, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> item(MenuKind.PRODUCT, "あ".repeat(MenuItem.NAME_MAX_LENGTH + 1), 100, 10, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoreOpensBeforeItClosesAndKeepsItsClosedDays() {
        assertThatThrownBy(() -> Store.newStore("店", LocalTime.of(20, 0), LocalTime.of(10, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        Store store = new Store(null, "店", null, null, null, "t5301234567890", LocalTime.of(10, 0),
                LocalTime.of(19, 0), "MONDAY,TUESDAY", null, 0);
        assertThat(store.invoiceRegistrationNumber()).isEqualTo("T5301234567890");
        assertThat(store.taxRounding()).isEqualTo(TaxRounding.TRUNCATE);
        assertThat(store.closedDaysOfWeek()).containsExactly(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY);
    }
}
