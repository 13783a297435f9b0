package org.outreachtracker.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.mail.MailState;

/** Every state of a queued message has its name in every language of the interface. */
class MailStateLabelsTest {

    @Test
    void everyStateIsNamedInEveryLanguage() {
        for (var language : Languages.SUPPORTED) {
            for (MailState state : MailState.values()) {
                assertThat(Translations.text(language, "mail.MailState." + state.name()))
                        .as(language + " " + state)
                        .doesNotStartWith("!");
            }
        }
        for (MailState state : MailState.values()) {
            assertThat(Translations.text(Languages.ENGLISH, "mail.MailState." + state.name()))
                    .isEqualTo(state.label());
        }
    }
}
