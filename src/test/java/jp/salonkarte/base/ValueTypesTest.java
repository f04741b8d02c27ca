package jp.salonkarte.base;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValueTypesTest {

    @Test
    void anEmailAddressNeedsOneAtADomainWithADotAndNoSpaces() {
        assertThat(EmailAddress.validate("  hanako@example.jp ")).contains("hanako@example.jp");
        assertThat(EmailAddress.isValid("a.b+c@mail.example.co.jp")).isTrue();
        assertThat(EmailAddress.isValid("hanako@example")).isFalse();
        assertThat(EmailAddress.isValid("hanako@example.")).isFalse();
        assertThat(EmailAddress.isValid("hana ko@example.jp")).isFalse();
        assertThat(EmailAddress.isValid("a@b@example.jp")).isFalse();
        assertThat(EmailAddress.isValid("")).isFalse();
        assertThat(EmailAddress.isValid(null)).isFalse();
        assertThat(EmailAddress.isValid("a".repeat(250) + "@b.jp")).isFalse();
    }

    @Test
    void sha256IsTheKnownLowerCaseHexDigest() {
        assertThat(Sha256.hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void aPostalAddressPutsThePostalMarkFirstAndLeavesOutMissingParts() {
        assertThat(PostalAddress.format("150-0001", "東京都渋谷区神宮前1-2-3")).isEqualTo("〒150-0001 東京都渋谷区神宮前1-2-3");
        assertThat(PostalAddress.format(null, "東京都渋谷区")).isEqualTo("東京都渋谷区");
        assertThat(PostalAddress.format("150-0001", " ")).isEqualTo("〒150-0001");
        assertThat(PostalAddress.format(null, null)).isEmpty();
    }

    @Test
    void datesFollowTheUiLanguageWhileJapaneseDocumentsStayJapanese() {
        LocalDate day = LocalDate.of(2026, 11, 22);
        LocalDateTime at = day.atTime(9, 5);
        assertThat(DateFormats.day(Locale.JAPANESE).format(day)).isEqualTo("2026/11/22(日)");
        assertThat(DateFormats.day(Locale.JAPAN).format(day)).isEqualTo("2026/11/22(日)");
        assertThat(DateFormats.day(Locale.ENGLISH).format(day)).isEqualTo("Sun, 22 Nov 2026");
        assertThat(DateFormats.dayTime(Locale.US).format(at)).isEqualTo("Sun, 22 Nov 2026 09:05");
        assertThat(DateFormats.dayTime(Locale.JAPANESE).format(at)).isEqualTo("2026/11/22(日) 09:05");
        assertThat(DateFormats.JAPANESE_DAY_TIME.format(at)).isEqualTo("2026/11/22(日) 09:05");
    }
}
