package jp.salonkarte.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class InvoiceRegistrationNumberTest {

    @Test
    void aNumberWithTheRightCheckDigitIsAccepted() {
        assertThat(InvoiceRegistrationNumber.normalize("T5301234567890")).contains("T5301234567890");
    }

    @Test
    void fullWidthLowerCaseAndHyphenatedInputIsNormalised() {
        assertThat(InvoiceRegistrationNumber.normalize("ｔ５３０１−２３４５−６７８９０")).contains("T5301234567890");
        assertThat(InvoiceRegistrationNumber.normalize(" t 5301-2345-67890 ")).contains("T5301234567890");
    }

    @Test
    void aWrongCheckDigitIsRejectedThoughTheFormatIsRight() {
        assertThat(InvoiceRegistrationNumber.normalize("T4301234567890")).isEmpty();
        assertThat(InvoiceRegistrationNumber.hasValidFormat("T4301234567890")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "T", "5301234567890", "T530123456789", "T53012345678901", "X5301234567890",
            "T53012345678a0"})
    void malformedNumbersAreRejected(String input) {
        assertThat(InvoiceRegistrationNumber.normalize(input)).isEmpty();
    }

    @Test
    void checkDigitFollowsTheCorporateNumberRule() {
        // The National Tax Agency's own corporate number is 7000012050002.
        assertThat(InvoiceRegistrationNumber.checkDigit("000012050002")).isEqualTo(7);
    }
}
