package org.outreachtracker.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Languages;

/** Settings such as the idle time-out are told in words, in each language with its plural forms. */
class DurationWordsTest {

    private static final Locale FRENCH = Locale.forLanguageTag("fr");
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Test
    void englishReadsAsBefore() {
        assertThat(DurationWords.of(Languages.ENGLISH, Duration.ofMinutes(15))).isEqualTo("15 minutes");
        assertThat(DurationWords.of(Languages.ENGLISH, Duration.ofMinutes(90))).isEqualTo("1 hour 30 minutes");
        assertThat(DurationWords.of(Languages.ENGLISH, Duration.ofSeconds(20))).isEqualTo("20 seconds");
        assertThat(DurationWords.of(Languages.ENGLISH, Duration.ofSeconds(1))).isEqualTo("1 second");
        assertThat(DurationWords.of(Languages.ENGLISH, Duration.ZERO)).isEqualTo("0 seconds");
    }

    @Test
    void frenchAndArabicHaveTheirOwnPlurals() {
        assertThat(DurationWords.of(FRENCH, Duration.ofMinutes(90))).isEqualTo("1 heure 30 minutes");
        assertThat(DurationWords.of(FRENCH, Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(DurationWords.of(ARABIC, Duration.ofMinutes(1))).isEqualTo("دقيقة واحدة");
        assertThat(DurationWords.of(ARABIC, Duration.ofMinutes(2))).isEqualTo("دقيقتان");
        assertThat(DurationWords.of(ARABIC, Duration.ofHours(2).plusMinutes(2))).isEqualTo("ساعتان ودقيقتان");
        assertThat(DurationWords.of(ARABIC, Duration.ofMinutes(15))).contains("دقيقة");
    }
}
