package jp.salonkarte;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Salon Karte: reservation board, electronic karte, checkout and consent forms for salons. */
@SpringBootApplication
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** Injected everywhere instead of {@code now()}, so tests can fix the time. */
    @Bean
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Asia/Tokyo"));
    }
}
