package jp.salonkarte;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import jp.salonkarte.printing.bridge.BridgeMain;

/** Salon Karte: reservation board, electronic karte, checkout and consent forms for salons. */
@SpringBootApplication
@EnableScheduling
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

    /** Injected everywhere instead of {@code now()}, so tests can fix the time. */
    @Bean
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Asia/Tokyo"));
    }
}
