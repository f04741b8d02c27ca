package jp.salonkarte.karte;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerRankTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void frequencyInTheLastYearGivesTheMedal() {
        assertThat(CustomerRank.of(20, 8, TODAY.minusDays(10), TODAY)).isEqualTo(CustomerRank.GOLD);
        assertThat(CustomerRank.of(20, 7, TODAY.minusDays(10), TODAY)).isEqualTo(CustomerRank.SILVER);
        assertThat(CustomerRank.of(5, 4, TODAY.minusDays(10), TODAY)).isEqualTo(CustomerRank.SILVER);
        assertThat(CustomerRank.of(5, 3, TODAY.minusDays(10), TODAY)).isEqualTo(CustomerRank.BRONZE);
        assertThat(CustomerRank.of(1, 1, TODAY.minusDays(10), TODAY)).isEqualTo(CustomerRank.NEW);
    }

    @Test
    void halfAYearAwayIsLapsedWhateverCameBefore() {
        assertThat(CustomerRank.of(40, 0, TODAY.minusDays(181), TODAY)).isEqualTo(CustomerRank.LAPSED);
        assertThat(CustomerRank.of(40, 9, TODAY.minusDays(180), TODAY)).isEqualTo(CustomerRank.GOLD);
        assertThat(CustomerRank.of(0, 0, null, TODAY)).isNull();
    }
}
