package org.outreachtracker.tasking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.tasking.TaskingState;
import org.outreachtracker.tasking.WaiverReason;

/** Every tasking state and reason for a waiver has its label in every language. */
class TaskingLabelsTest {

    @Test
    void everyStateAndReasonHasItsLabelInEveryLanguage() {
        for (var language : Languages.SUPPORTED) {
            for (TaskingState state : TaskingState.values()) {
                assertThat(Translations.text(language, "tasking.TaskingState." + state.name()))
                        .as(state + " in " + language)
                        .doesNotStartWith("!");
            }
            for (WaiverReason reason : WaiverReason.values()) {
                assertThat(Translations.text(language, "tasking.WaiverReason." + reason.name()))
                        .as(reason + " in " + language)
                        .doesNotStartWith("!");
            }
        }
        for (TaskingState state : TaskingState.values()) {
            assertThat(Translations.text(Languages.ENGLISH, "tasking.TaskingState." + state.name()))
                    .isEqualTo(state.label());
        }
        for (WaiverReason reason : WaiverReason.values()) {
            assertThat(Translations.text(Languages.ENGLISH, "tasking.WaiverReason." + reason.name()))
                    .isEqualTo(reason.label());
        }
    }
}
