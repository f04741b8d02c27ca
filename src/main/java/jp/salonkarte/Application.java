package jp.salonkarte;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import jp.salonkarte.base.SalonKarteProperties;
import jp.salonkarte.printing.bridge.BridgeMain;

/** Salon Karte: reservation board, electronic karte, checkout and consent forms for salons. */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(SalonKarteProperties.class)
public class Application {

    /**
     * Starts the app; with {@code --bridge} the same jar runs as the print bridge in the salon
     * instead (DD029): decided here, before Spring Boot starts a database, Vaadin or a web server.
     */
    public static void main(String[] args) {
        if (BridgeMain.requested(args)) {
            System.exit(BridgeMain.run(args));
        }
        SpringApplication.run(Application.class, args);
    }

    /**
     * Injected everywhere instead of {@code now()}, so tests can fix the time. With
     * {@code salonkarte.clock.start} (an ISO date-time with offset) the clock starts at that moment
     * when the context starts and then runs on: tests and demos see the same day whatever the
     * real date is (DD031).
     */
    @Bean
    Clock clock(SalonKarteProperties properties) {
        String start = properties.clock().start();
        Clock system = Clock.system(ZoneId.of("Asia/Tokyo"));
        if (start.isBlank()) {
            return system;
        }
        Instant at = OffsetDateTime.parse(start.strip()).toInstant();
        return Clock.offset(system, Duration.between(system.instant(), at));
    }
}
