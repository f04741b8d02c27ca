package jp.salonkarte.base;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class SalonKartePropertiesTest {

    private static SalonKarteProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("salonkarte", SalonKarteProperties.class);
    }

    @Test
    void thePublicUrlIsTrimmedOnceForEveryReader() {
        SalonKarteProperties p = bind(Map.of("salonkarte.public-url", " https://salon.example/// "));
        assertThat(p.publicUrl()).isEqualTo("https://salon.example");
        assertThat(p.publicUrl("/book")).isEqualTo("https://salon.example/book");
    }

    @Test
    void unsetSettingsKeepTheDefaultsTheValueAnnotationsHad() {
        SalonKarteProperties p = bind(Map.of("salonkarte.data-dir", "/srv/salon"));
        assertThat(p.photos().dir()).isEqualTo(Path.of("/srv/salon/photos"));
        assertThat(p.keys().dir()).isEqualTo(Path.of("/srv/salon/keys"));
        assertThat(p.keys().password()).isEmpty();
        assertThat(p.mail().claimHold()).isEqualTo(Duration.ofMinutes(5));
        assertThat(p.printing().workerEnabled()).isTrue();
        assertThat(p.printing().keepFinished()).isEqualTo(Duration.ofDays(30));
        assertThat(p.printing().bridge().lease()).isEqualTo(Duration.ofMinutes(2));
        assertThat(p.webbook().bookingsPerHour()).isEqualTo(5);
        assertThat(p.clock().start()).isEmpty();
    }

    @Test
    void thePropertyNamesStayTheOnesTheConfigurationFilesUse() {
        SalonKarteProperties p = bind(Map.of("salonkarte.printing.worker-enabled", "false",
                "salonkarte.printing.bridge.lease", "PT30S", "salonkarte.webbook.actions-per-hour", "7",
                "salonkarte.photos.dir", "/tmp/p", "salonkarte.keys.password", "secret",
                "salonkarte.clock.start", "2026-12-01T10:00:00+09:00", "salonkarte.mail.from", "a@b.jp"));
        assertThat(p.printing().workerEnabled()).isFalse();
        assertThat(p.printing().bridge().lease()).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.webbook().actionsPerHour()).isEqualTo(7);
        assertThat(p.photos().dir()).isEqualTo(Path.of("/tmp/p"));
        assertThat(p.keys().password()).isEqualTo("secret");
        assertThat(p.clock().start()).isEqualTo("2026-12-01T10:00:00+09:00");
        assertThat(p.mail().from()).isEqualTo("a@b.jp");
    }
}
