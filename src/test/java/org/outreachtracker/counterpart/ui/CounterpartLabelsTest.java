package org.outreachtracker.counterpart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.ImportOutcome;

/** Every counterpart level and every outcome of an import row has its name in every language. */
class CounterpartLabelsTest {

    @Test
    void everyLevelHasItsNameInEveryLanguage() {
        for (Locale language : Languages.SUPPORTED) {
            for (CounterpartLevel level : CounterpartLevel.values()) {
                assertThat(Translations.text(language, CounterpartLabels.LEVEL + level.name()))
                        .as(level + " in " + language)
                        .doesNotStartWith("!");
            }
        }
    }

    @Test
    void theEnglishNamesOfTheLevelsAreThoseTheImportReads() {
        for (CounterpartLevel level : CounterpartLevel.values()) {
            assertThat(CounterpartLabels.level(level)).isEqualTo(level.label());
        }
    }

    @Test
    void everyImportOutcomeHasItsNameInEveryLanguage() {
        for (Locale language : Languages.SUPPORTED) {
            for (ImportOutcome outcome : ImportOutcome.values()) {
                assertThat(Translations.text(language, "counterpart.ImportOutcome." + outcome.name()))
                        .as(outcome + " in " + language)
                        .doesNotStartWith("!");
            }
        }
    }
}
