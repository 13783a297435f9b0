package org.outreachtracker.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.coverage.CoverageStatus;

/** Every coverage status and every tasking state of the map has its name in every language. */
class CoverageLabelsTest {

    @Test
    void everyCoverageStatusHasItsNameInEveryLanguage() {
        for (Locale language : Languages.SUPPORTED) {
            for (CoverageStatus status : CoverageStatus.values()) {
                assertThat(Translations.text(language, StatusStyle.LABEL + status.name()))
                        .as(status + " in " + language)
                        .doesNotStartWith("!");
            }
        }
    }

    @Test
    void everyTaskingStateOfTheMapHasItsNameInEveryLanguage() {
        for (Locale language : Languages.SUPPORTED) {
            for (TaskingStyle style : TaskingStyle.values()) {
                assertThat(Translations.text(language, style.swatch().labelKey()))
                        .as(style + " in " + language)
                        .doesNotStartWith("!");
            }
        }
    }

    @Test
    void theEnglishNamesOfTheStatusesAreThoseOfTheDomain() {
        for (CoverageStatus status : CoverageStatus.values()) {
            assertThat(StatusStyle.label(status)).isEqualTo(status.label());
        }
    }
}
