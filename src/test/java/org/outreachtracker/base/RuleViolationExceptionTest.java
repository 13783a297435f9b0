package org.outreachtracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.ui.Translations;

/** A refusal tells its reason in the language of the person who made the request. */
class RuleViolationExceptionTest {

    private static final Locale ARABIC = Locale.of("ar");

    @Test
    void aRefusalFromTheBundlesIsEnglishByDefaultAndTranslatedOnRequest() {
        var refused = RuleViolationException.because("refusal.meeting.postClosed", "Geneva");

        assertThat(refused).hasMessage("Geneva is closed; choose another post.");
        assertThat(refused.message(Locale.ENGLISH)).isEqualTo("Geneva is closed; choose another post.");
        assertThat(refused.message(Locale.FRENCH))
                .isEqualTo("Le poste Geneva est fermé ; veuillez choisir un autre poste.");
        assertThat(refused.message(ARABIC)).isEqualTo("البعثة Geneva مغلقة؛ يُرجى اختيار بعثة أخرى.");
    }

    @Test
    void aQuoteInATextWithArgumentsStaysOne() {
        var refused = RuleViolationException.because("refusal.meeting.pointNotInVersion", "2");

        assertThat(refused)
                .hasMessage("A talking point is not in version 2 of the campaign's points;"
                        + " choose points of the version delivered.");
    }

    @Test
    void datesAreWrittenAsEveryPageWritesThem() {
        var refused = RuleViolationException.because(
                "refusal.meeting.dateBeforeIssue", java.sql.Date.valueOf(LocalDate.of(2026, 9, 3)));

        assertThat(refused).hasMessage("The meeting date cannot be before the campaign was issued (3 Sep 2026).");
    }

    @Test
    void aPlainRefusalSaysTheSameInEveryLanguage() {
        var refused = new RuleViolationException("Not today.");

        assertThat(refused.message(Locale.ENGLISH)).isEqualTo("Not today.");
        assertThat(refused.message(Locale.FRENCH)).isEqualTo("Not today.");
        assertThat(refused.message(ARABIC)).isEqualTo("Not today.");
        assertThat(refused.key()).isNull();
    }

    @Test
    void withoutAPageARefusalIsToldInEnglish() {
        var refused = RuleViolationException.because("refusal.meeting.gone");

        assertThat(Translations.refusal(refused)).isEqualTo("This meeting no longer exists.");
    }

    @Test
    void onAPageARefusalIsToldInThePagesLanguage() {
        var refused = RuleViolationException.because("refusal.meeting.postClosed", "Geneva");
        var page = new UI();
        page.setLocale(Locale.FRENCH);
        UI.setCurrent(page);
        try {
            assertThat(Translations.refusal(refused))
                    .isEqualTo("Le poste Geneva est fermé ; veuillez choisir un autre poste.");
        } finally {
            UI.setCurrent(null);
        }
    }
}
