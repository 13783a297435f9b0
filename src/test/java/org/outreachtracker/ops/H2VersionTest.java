package org.outreachtracker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The H2 version the application ships is one Flyway has verified: Flyway says nothing at start
 * about it (with H2 2.4.240 it warned "Using H2 2.4.240 which is newer than the version Flyway has
 * been verified with").
 */
@Tag("slice")
@ExtendWith(OutputCaptureExtension.class)
class H2VersionTest {

    @Test
    void flywayHasVerifiedTheH2VersionInUse(CapturedOutput output) {
        // Flyway's messages at INFO, whatever level other tests left: its "Database: … (H2 2.3)"
        // line shows that the check ran and its output was captured.
        Logger flywayLog = (Logger) LoggerFactory.getLogger("org.flywaydb");
        Level before = flywayLog.getLevel();
        flywayLog.setLevel(Level.INFO);
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource("jdbc:h2:mem:h2-version-check", "sa", "")
                    .locations("classpath:no-migrations-here")
                    .load();
            assertThat(flyway.info().all()).isEmpty();
        } finally {
            flywayLog.setLevel(before);
        }

        assertThat(output.getAll())
                .as("Flyway's start-up messages")
                .contains("(H2 2.")
                .doesNotContain("newer than the version Flyway has been verified with");
    }
}
