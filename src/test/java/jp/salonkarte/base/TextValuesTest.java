package jp.salonkarte.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextValuesTest {

    @Test
    void yenIsFormattedAsOnAJapaneseReceipt() {
        assertThat(Yen.format(12100)).isEqualTo("¥12,100");
        assertThat(Yen.format(0)).isEqualTo("¥0");
        assertThat(Yen.format(-550)).isEqualTo("-¥550");
    }

    @Test
    void furiganaIsStoredAsFullWidthKatakana() {
        assertThat(Kana.toKatakana("やまだ")).isEqualTo("ヤマダ");
        assertThat(Kana.toKatakana("ﾔﾏﾀﾞ")).isEqualTo("ヤマダ");
        assertThat(Kana.toKatakana(" さとう ")).isEqualTo("サトウ");
    }

    @Test
    void onlyKanaCountsAsKana() {
        assertThat(Kana.isKana("ヤマダ")).isTrue();
        assertThat(Kana.isKana("やまだ")).isTrue();
        assertThat(Kana.isKana("ｻﾄｳ")).isTrue();
        assertThat(Kana.isKana("山田")).isFalse();
        assertThat(Kana.isKana("yamada")).isFalse();
        assertThat(Kana.isKana("")).isFalse();
    }
}
