package org.outreachtracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.outreachtracker.account.SecurityProperties;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.demo.DemoProperties;
import org.outreachtracker.mail.MailProperties;
import org.outreachtracker.meeting.MeetingProperties;
import org.outreachtracker.notification.NotificationProperties;
import org.outreachtracker.ops.BackupProperties;
import org.outreachtracker.shell.UiProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The defaults an operator gets without setting anything are the ones config/application.properties
 * states in brackets, and each is stated once: in its properties class, not again as a setting in
 * the jar's application.properties or in config/.
 */
class ConfigurationDefaultsTest {

    private static final Binder NOTHING_SET = new Binder(new MapConfigurationPropertySource(Map.of()));

    @Test
    void signInAndSessionDefaultsAreTheDocumentedOnes() {
        var security = NOTHING_SET.bindOrCreate("outreach.security", SecurityProperties.class);

        assertThat(security.lockout().maxFailedAttempts()).isEqualTo(3);
        assertThat(security.lockout().failureWindow()).isEqualTo(Duration.ofMinutes(15));
        assertThat(security.lockout().lockDuration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(security.passwords().minLength()).isEqualTo(12);
        assertThat(security.passwords().contextWords())
                .containsExactly(
                        "ministry",
                        "foreign affairs",
                        "embassy",
                        "consulate",
                        "diplomat",
                        "diplomacy",
                        "demarche",
                        "government");
        assertThat(security.session().idleTimeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(security.session().warningBefore()).isEqualTo(Duration.ofMinutes(1));
        assertThat(security.mfa().keySet()).isFalse();
        assertThat(security.mfa().requiredForAdministrators()).isTrue();
        assertThat(security.mfa().requiredForEveryone()).isFalse();
        assertThat(security.mfa().issuer()).isEqualTo("Outreach Tracker");
    }

    @Test
    void theSystemUseNoticeHasOneTextWhetherUnsetOrLeftEmpty() {
        var unset = NOTHING_SET.bindOrCreate("outreach.security", SecurityProperties.class);
        var empty = new Binder(new MapConfigurationPropertySource(Map.of("outreach.security.system-use-notice", " ")))
                .bindOrCreate("outreach.security", SecurityProperties.class);
        var own = new Binder(new MapConfigurationPropertySource(
                        Map.of("outreach.security.system-use-notice", "Authorized use only.")))
                .bindOrCreate("outreach.security", SecurityProperties.class);

        assertThat(unset.systemUseNotice())
                .isEqualTo(SecurityProperties.DEFAULT_SYSTEM_USE_NOTICE)
                .startsWith("You are accessing a government information system.")
                .endsWith("By signing in you consent to these terms.");
        assertThat(empty.systemUseNotice()).isEqualTo(SecurityProperties.DEFAULT_SYSTEM_USE_NOTICE);
        assertThat(own.systemUseNotice()).isEqualTo("Authorized use only.");
    }

    @Test
    void theSystemUseNoticeIsShownInThePagesLanguageWhereATranslationExists() {
        var own = new Binder(new MapConfigurationPropertySource(Map.of(
                        "outreach.security.system-use-notice", "Authorized use only.",
                        "outreach.security.system-use-notice-translations.fr", " Usage autorisé seulement. ",
                        "outreach.security.system-use-notice-translations.ar", " ")))
                .bindOrCreate("outreach.security", SecurityProperties.class);
        assertThat(own.builtInSystemUseNotice()).isFalse();
        assertThat(own.systemUseNoticeTranslation(Locale.FRENCH)).contains("Usage autorisé seulement.");
        assertThat(own.systemUseNoticeTranslation(Languages.ARABIC))
                .as("an empty translation is none")
                .isEmpty();
        assertThat(own.systemUseNoticeTranslation(Locale.ENGLISH)).isEmpty();

        var builtIn = NOTHING_SET.bindOrCreate("outreach.security", SecurityProperties.class);
        assertThat(builtIn.builtInSystemUseNotice()).isTrue();
        assertThat(Translations.text(Locale.ENGLISH, "security.login.notice.builtIn"))
                .as("the built-in notice's English text in the bundle is the one in the settings")
                .isEqualTo(SecurityProperties.DEFAULT_SYSTEM_USE_NOTICE);
        assertThat(Translations.text(Locale.FRENCH, "security.login.notice.builtIn"))
                .startsWith("Vous accédez à un système d’information");
        assertThat(Translations.text(Languages.ARABIC, "security.login.notice.builtIn"))
                .startsWith("أنت تدخل إلى نظام معلومات حكومي");
    }

    @Test
    void meetingBackupAndDemoDefaultsAreTheDocumentedOnes() {
        var meetings = NOTHING_SET.bindOrCreate("outreach.meetings", MeetingProperties.class);
        var backup = NOTHING_SET.bindOrCreate("outreach.backup", BackupProperties.class);
        var demo = NOTHING_SET.bindOrCreate("outreach.demo", DemoProperties.class);

        assertThat(meetings.recentApproachDays()).isEqualTo(30);
        assertThat(meetings.handlingMarkings()).containsExactly("UNCLASSIFIED", "SENSITIVE BUT UNCLASSIFIED");
        assertThat(backup.folder().toAbsolutePath().normalize())
                .isEqualTo(Path.of("backups").toAbsolutePath());
        assertThat(demo.enabled()).isFalse();
    }

    @Test
    void notificationDefaultsAreTheDocumentedOnes() {
        var notifications = NOTHING_SET.bindOrCreate("outreach.notifications", NotificationProperties.class);

        assertThat(notifications.reportDueDays()).isEqualTo(3);
        assertThat(notifications.checkCron()).isEqualTo("0 5 * * * *");
        assertThat(notifications.digestCron()).isEqualTo("0 0 7 * * *");
        assertThat(notifications.digestZone()).isEqualTo(java.time.ZoneId.of("UTC"));
        assertThat(notifications.catchUpInterval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(notifications.mailContent()).isEqualTo(NotificationProperties.MailContent.TITLES);
    }

    @Test
    void mailDefaultsAreTheDocumentedOnes() {
        var mail = NOTHING_SET.bindOrCreate("outreach.mail", MailProperties.class);

        assertThat(mail.from()).isEqualTo("outreach-tracker@localhost");
        assertThat(mail.baseUrl()).isEqualTo("http://localhost:8080/");
        assertThat(mail.marking()).isEmpty();
        assertThat(mail.maxAttempts()).isEqualTo(8);
        assertThat(mail.sendInterval()).isEqualTo(Duration.ofSeconds(30));
        // The pauses between attempts: 1, 2, 4 ... minutes, at most an hour.
        assertThat(List.of(1, 2, 3, 6, 7, 8).stream().map(mail::pauseAfter))
                .containsExactly(
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(4),
                        Duration.ofMinutes(32),
                        Duration.ofHours(1),
                        Duration.ofHours(1));
    }

    @Test
    void attachedFileDefaultsAreTheDocumentedOnes() {
        var attachments = NOTHING_SET.bindOrCreate(
                "outreach.attachments", org.outreachtracker.attachment.AttachmentProperties.class);

        assertThat(attachments.maxSize()).isEqualTo(org.springframework.util.unit.DataSize.ofMegabytes(10));
        assertThat(attachments.unlinkedDays()).isEqualTo(7);
    }

    @Test
    void calendarFeedDefaultsAreTheDocumentedOnes() {
        var calendar =
                NOTHING_SET.bindOrCreate("outreach.calendar", org.outreachtracker.calendar.CalendarProperties.class);
        var withoutSlash = new Binder(new MapConfigurationPropertySource(
                        Map.of("outreach.calendar.base-url", "https://outreach.example.org/tracker")))
                .bindOrCreate("outreach.calendar", org.outreachtracker.calendar.CalendarProperties.class);

        assertThat(calendar.baseUrl()).hasToString("http://localhost:8080/");
        assertThat(calendar.rateLimit().perToken()).isEqualTo(60);
        assertThat(calendar.rateLimit().perAddress()).isEqualTo(120);
        assertThat(calendar.rateLimit().window()).isEqualTo(Duration.ofMinutes(10));
        assertThat(withoutSlash.baseUrl()).hasToString("https://outreach.example.org/tracker/");
    }

    @Test
    void theJarSetsTheBannerAndDataFolderAndNoDefaultOfAPropertiesClass() throws IOException {
        Properties jar = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            jar.load(in);
        }

        assertThat(jar.getProperty("outreach.ui.banner-text")).isEqualTo("UNCLASSIFIED");
        assertThat(jar.getProperty("outreach.data-dir")).isEqualTo("./data");
        assertThat(new UiProperties(jar.getProperty("outreach.ui.banner-text"), null).bannerText())
                .isEqualTo("UNCLASSIFIED");
        assertThat(jar.stringPropertyNames()).noneMatch(ConfigurationDefaultsTest::ownedByAPropertiesClass);
    }

    @Test
    void theOperatorsFileStatesDefaultsOnlyInCommentsAndNoNoticeText() throws IOException {
        Properties config = new Properties();
        try (Reader in =
                Files.newBufferedReader(Path.of("config/application.properties"), StandardCharsets.ISO_8859_1)) {
            config.load(in);
        }
        String text = Files.readString(Path.of("config/application.properties"), StandardCharsets.ISO_8859_1);

        assertThat(config.stringPropertyNames()).noneMatch(ConfigurationDefaultsTest::ownedByAPropertiesClass);
        assertThat(config.stringPropertyNames()).doesNotContain("outreach.ui.banner-text", "outreach.data-dir");
        assertThat(text).doesNotContain("Unauthorized use is prohibited");
    }

    private static boolean ownedByAPropertiesClass(String key) {
        return List.of(
                        "outreach.security.",
                        "outreach.meetings.",
                        "outreach.backup.",
                        "outreach.attachments.",
                        "outreach.calendar.")
                .stream()
                .anyMatch(key::startsWith);
    }
}
