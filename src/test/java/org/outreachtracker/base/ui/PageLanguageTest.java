package org.outreachtracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Languages;

/**
 * Dates, times, names and date fields follow the page's language and time zone: French and
 * Arabic write and read the day first, month names are the language's, times are shown in the
 * user's zone with its name, and names sort as the language sorts them.
 */
class PageLanguageTest {

    private static final LocalDate FIFTH_OF_MARCH = LocalDate.of(2026, 3, 5);

    @AfterEach
    void leavePage() {
        UI.setCurrent(null);
    }

    @Test
    void withoutAPageTextsAreEnglishAndTimesUtc() {
        assertThat(Formats.date(FIFTH_OF_MARCH)).isEqualTo("5 Mar 2026");
        assertThat(Formats.dateTime(Instant.parse("2026-03-05T13:05:00Z"))).isEqualTo("5 Mar 2026 13:05 UTC");
        assertThat(Translations.text("base.date.example", "x")).isEqualTo("e.g. x");
    }

    @Test
    void frenchWritesAndReadsTheDayFirstWithFrenchMonths() {
        page(Languages.FRENCH, ZoneId.of("Europe/Paris"));
        assertThat(Formats.date(FIFTH_OF_MARCH)).isEqualTo("5 mars 2026");
        assertThat(Formats.dateTime(Instant.parse("2026-03-05T13:05:00Z"))).isEqualTo("5 mars 2026 14:05 CET");
        assertThat(read("05/03/2026")).isEqualTo(FIFTH_OF_MARCH);
        assertThat(read("5.3.2026")).isEqualTo(FIFTH_OF_MARCH);
        assertThat(read("5 mars 2026")).isEqualTo(FIFTH_OF_MARCH);
        assertThat(read("2026-03-05")).isEqualTo(FIFTH_OF_MARCH);
        assertThat(DateFields.read("31/02/2026").getMessage().orElseThrow())
                .isEqualTo("L’application ne peut pas lire la date « 31/02/2026 ». Tapez-la sous la forme 05/03/2026"
                        + " ou 2026-03-05.");

        DatePicker picker = DateFields.configure(new DatePicker());
        assertThat(picker.getI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(picker.getI18n().getMonthNames()).first().isEqualTo("janvier");
        assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(picker.getPlaceholder()).isEqualTo("p. ex. 05/03/2026");
    }

    @Test
    void arabicReadsTheDayFirstAndNamesMonthsInArabic() {
        page(Languages.ARABIC, ZoneId.of("Africa/Cairo"));
        assertThat(Formats.date(FIFTH_OF_MARCH)).contains("مارس").contains("2026");
        assertThat(read("05/03/2026")).isEqualTo(FIFTH_OF_MARCH);
        DatePicker picker = DateFields.configure(new DatePicker());
        assertThat(picker.getI18n().getMonthNames()).contains("مارس");
        assertThat(picker.getI18n().getToday()).isEqualTo("اليوم");
        assertThat(picker.getI18n().getFirstDayOfWeek()).as("Saturday").isEqualTo(6);
    }

    @Test
    void namesSortAsTheLanguageSortsThem() {
        page(Languages.ENGLISH, ZoneId.of("UTC"));
        assertThat(List.of("Sydney", "São Paulo", "Sanaa", "Zürich", "Zagreb").stream()
                        .sorted(Formats.names())
                        .toList())
                .containsExactly("Sanaa", "São Paulo", "Sydney", "Zagreb", "Zürich");
    }

    private static void page(Locale language, ZoneId zone) {
        UI ui = new UI();
        ui.setLocale(language);
        Formats.useZone(ui, zone);
        UI.setCurrent(ui);
    }

    private static LocalDate read(String typed) {
        Result<LocalDate> result = DateFields.read(typed);
        assertThat(result.isError())
                .as(typed + ": " + result.getMessage().orElse(""))
                .isFalse();
        return result.getOrThrow(IllegalStateException::new);
    }
}
