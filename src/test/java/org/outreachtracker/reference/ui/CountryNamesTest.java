package org.outreachtracker.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Languages;

/** A country's name in the page's language: the kept name in English, the runtime's CLDR name otherwise. */
class CountryNamesTest {

    @Test
    void englishPagesShowTheNameKeptInTheReferenceData() {
        assertThat(CountryNames.of("KR", "South Korea", Languages.ENGLISH)).isEqualTo("South Korea");
        assertThat(CountryNames.of("JP", "Japan (edited)", Languages.ENGLISH)).isEqualTo("Japan (edited)");
    }

    @Test
    void frenchAndArabicPagesShowTheCountrysNameInThatLanguage() {
        assertThat(CountryNames.of("JP", "Japan", Languages.FRENCH)).isEqualTo("Japon");
        assertThat(CountryNames.of("DE", "Germany", Languages.FRENCH)).isEqualTo("Allemagne");
        assertThat(CountryNames.of("JP", "Japan", Languages.ARABIC)).isEqualTo("اليابان");
        assertThat(CountryNames.of("EG", "Egypt", Languages.ARABIC)).isEqualTo("مصر");
    }

    @Test
    void aCodeTheRuntimeDoesNotNameKeepsItsName() {
        assertThat(CountryNames.of("QX", "Somewhere", Languages.FRENCH)).isEqualTo("Somewhere");
        assertThat(CountryNames.of(null, "Somewhere", Languages.ARABIC)).isEqualTo("Somewhere");
    }
}
