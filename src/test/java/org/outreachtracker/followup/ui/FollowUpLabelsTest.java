package org.outreachtracker.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.followup.CommitmentOutcome;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.followup.Priority;

/** Every status, priority, status filter choice and commitment outcome has its label in every language. */
class FollowUpLabelsTest {

    @Test
    void everyValueHasItsLabelInEveryLanguage() {
        List<Enum<?>> values = new ArrayList<>();
        values.addAll(List.of(FollowUpStatus.values()));
        values.addAll(List.of(Priority.values()));
        values.addAll(List.of(StatusChoice.values()));
        values.addAll(List.of(CommitmentOutcome.values()));
        for (var language : Languages.SUPPORTED) {
            for (Enum<?> value : values) {
                assertThat(Translations.text(language, Translations.labelKey(value)))
                        .as(value.getDeclaringClass().getSimpleName() + "." + value + " in " + language)
                        .doesNotStartWith("!");
            }
        }
        for (StatusChoice choice : StatusChoice.values()) {
            assertThat(Translations.text(Languages.ENGLISH, Translations.labelKey(choice)))
                    .isEqualTo(choice.label());
        }
        for (CommitmentOutcome outcome : CommitmentOutcome.values()) {
            assertThat(Translations.text(Languages.ENGLISH, Translations.labelKey(outcome)))
                    .isEqualTo(outcome.label());
        }
    }
}
