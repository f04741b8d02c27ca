package jp.salonkarte.reservation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebBookingGuardTest {

    @Test
    void eachAddressHasItsOwnHourlyAllowance() {
        WebBookingGuard guard = new WebBookingGuard(3, 1);
        assertThat(guard.tryAction("192.0.2.1")).isTrue();
        assertThat(guard.tryAction("192.0.2.1")).isTrue();
        assertThat(guard.tryAction("192.0.2.1")).isTrue();
        assertThat(guard.tryAction("192.0.2.1")).as("fourth action within the hour").isFalse();
        assertThat(guard.tryAction("192.0.2.2")).as("another address").isTrue();
        assertThat(guard.tryBooking("192.0.2.1")).isTrue();
        assertThat(guard.tryBooking("192.0.2.1")).as("second booking within the hour").isFalse();
    }

    @Test
    void tokensAre43UrlSafeCharactersAndNeverRepeat() {
        String a = WebBookingService.newToken();
        assertThat(a).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(WebBookingService.newToken()).isNotEqualTo(a);
    }
}
