package org.outreachtracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.binder.Result;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What date fields make of what people type, and the counts of long texts. */
class DateFieldsTest {

    @Test
    void datesAsPagesWriteThemAndIsoAreRead() {
        assertThat(read("2 Dec 2026")).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(read("02 dec 2026")).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(read(" 2  December 2026 ")).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(read("Dec 2, 2026")).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(read("2026-12-02")).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(Formats.date(LocalDate.of(2026, 12, 2))).isEqualTo("2 Dec 2026");
    }

    @Test
    void numbersAloneAreReadOnlyWhenOneReadingIsPossible() {
        assertThat(read("25/12/2026")).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(read("12/25/2026")).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(read("5.5.2026")).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(error("02/12/2026"))
                .isEqualTo("\"02/12/2026\" could be 2 Dec 2026 or 12 Feb 2026. Write the month"
                        + " as a word, as in 2 Dec 2026, or use 2026-12-02.");
    }

    @Test
    void whatIsNotADateIsExplained() {
        assertThat(error("31 Feb 2026"))
                .isEqualTo("\"31 Feb 2026\" is not a date the application can read. Type it"
                        + " as 5 Mar 2026 or 2026-03-05.");
        assertThat(error("next Tuesday")).startsWith("\"next Tuesday\" is not a date");
        assertThat(DateFields.read("  ").getOrThrow(IllegalStateException::new)).isNull();
    }

    @Test
    void longTextsAreCountedWithThousandsSeparators() {
        assertThat(TextLimits.count(10_000, 10_000)).isEqualTo("10,000 of 10,000 characters");
        assertThat(TextLimits.validator(10_000, "The summary")
                        .apply("x".repeat(10_002), null)
                        .getErrorMessage())
                .isEqualTo("The summary is 2 characters too long: shorten it to 10,000 characters or fewer.");
    }

    private static LocalDate read(String typed) {
        Result<LocalDate> result = DateFields.read(typed);
        assertThat(result.isError()).as(typed).isFalse();
        return result.getOrThrow(IllegalStateException::new);
    }

    private static String error(String typed) {
        Result<LocalDate> result = DateFields.read(typed);
        assertThat(result.isError()).as(typed).isTrue();
        return result.getMessage().orElseThrow();
    }
}
