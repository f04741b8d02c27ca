package jp.salonkarte.consent.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Where the keys go with the shipped application.properties: the data dir, beside (not inside) the database. */
class ConsentSealerConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withBean(Clock.class, Clock::systemDefaultZone)
            .withUserConfiguration(Properties.class, ConsentSealer.class);

    @org.springframework.boot.context.properties.EnableConfigurationProperties(jp.salonkarte.base.SalonKarteProperties.class)
    static class Properties {
    }

    @Test
    void keysLiveInTheDataDirectoryOutsideTheDatabaseDirectory(@TempDir Path data) {
        runner.withPropertyValues("salonkarte.data-dir=" + data).run(context -> {
            Path keys = context.getBean(ConsentSealer.class).keysDirectory();
            Path database = Path.of(context.getEnvironment().getProperty("salonkarte.db.embedded-dir")).toAbsolutePath();
            assertThat(keys).isEqualTo(data.resolve("keys").toAbsolutePath());
            assertThat(keys.startsWith(database)).isFalse();
            assertThat(database.startsWith(keys)).isFalse();
        });
    }

    @Test
    void salonkarteKeysDirMovesThem(@TempDir Path data, @TempDir Path elsewhere) {
        runner.withPropertyValues("salonkarte.data-dir=" + data, "salonkarte.keys.dir=" + elsewhere)
                .run(context -> assertThat(context.getBean(ConsentSealer.class).keysDirectory())
                        .isEqualTo(elsewhere.toAbsolutePath()));
    }
}
