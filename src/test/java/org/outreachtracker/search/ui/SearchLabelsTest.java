package org.outreachtracker.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.search.SearchKind;

/** Every kind of search result has its heading in every language. */
class SearchLabelsTest {

    @Test
    void everyKindHasItsLabelInEveryLanguage() {
        for (var language : Languages.SUPPORTED) {
            for (SearchKind kind : SearchKind.values()) {
                assertThat(Translations.text(language, "search.SearchKind." + kind.name()))
                        .as(kind + " in " + language)
                        .doesNotStartWith("!");
            }
        }
        for (SearchKind kind : SearchKind.values()) {
            assertThat(Translations.text(Languages.ENGLISH, "search.SearchKind." + kind.name()))
                    .isEqualTo(kind.label());
        }
    }
}
