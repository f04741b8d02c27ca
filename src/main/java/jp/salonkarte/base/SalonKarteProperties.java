package jp.salonkarte.base;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code salonkarte.*} setting the app reads, in one place, with its default. The names are
 * the ones application.properties, the tests and the benches set. {@code salonkarte.db.*} is not
 * here: DatabaseEnvironment reads it before the context (and this record) exists.
 *
 * @param publicUrl the address customers reach the app at, without a trailing slash
 * @param dataDir where photos and keys live unless their own directory is set
 */
@ConfigurationProperties("salonkarte")
public record SalonKarteProperties(
        String publicUrl,
        @DefaultValue("data") Path dataDir,
        @DefaultValue Mail mail,
        @DefaultValue Photos photos,
        @DefaultValue Keys keys,
        @DefaultValue Printing printing,
        @DefaultValue Webbook webbook,
        @DefaultValue ClockStart clock) {

    public SalonKarteProperties {
        publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
        if (photos.dir() == null) {
            photos = new Photos(dataDir.resolve("photos"));
        }
        if (keys.dir() == null) {
            keys = new Keys(dataDir.resolve("keys"), keys.password());
        }
    }

    /** The public address followed by a path such as {@code /book}. */
    public String publicUrl(String path) {
        return publicUrl + path;
    }

    /** Outgoing mail: the sender address and how long a claimed mail is held before another try. */
    public record Mail(@DefaultValue("no-reply@salon-karte.invalid") String from,
            @DefaultValue("PT5M") Duration claimHold) {
    }

    /** Karte photos; {@code dir} defaults to {@code <data-dir>/photos}. */
    public record Photos(@Nullable Path dir) {
    }

    /** The consent signing keys; {@code dir} defaults to {@code <data-dir>/keys}. */
    public record Keys(@Nullable Path dir, @DefaultValue("") String password) {
    }

    /** The print worker's timeouts and pacing, finished-job cleanup and the print bridge lease. */
    public record Printing(
            @DefaultValue("PT2S") Duration connectTimeout,
            @DefaultValue("PT10S") Duration readTimeout,
            @DefaultValue("PT1S") Duration statusTimeout,
            @DefaultValue("PT60S") Duration ippTimeout,
            @DefaultValue("PT2M") Duration claimHold,
            @DefaultValue("true") boolean workerEnabled,
            @DefaultValue("PT1S") Duration interval,
            @DefaultValue("PT5S") Duration initialDelay,
            @DefaultValue("P30D") Duration keepFinished,
            @DefaultValue Bridge bridge) {

        public record Bridge(@DefaultValue("PT2M") Duration lease) {
        }
    }

    /** Per client address and hour: page actions and bookings the public web booking allows. */
    public record Webbook(@DefaultValue("120") int actionsPerHour, @DefaultValue("5") int bookingsPerHour) {
    }

    /** {@code salonkarte.clock.start}: an ISO date-time with offset the app clock starts at (DD031). */
    public record ClockStart(@DefaultValue("") String start) {
    }
}
