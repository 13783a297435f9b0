package org.outreachtracker.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.SignedInAs;
import org.outreachtracker.base.ui.HiddenCharacterWarning;

/** The meeting form flags invisible characters typed into the summary and the counterpart's words. */
@IntegrationTest
@SignedInAs("officer")
class MeetingFormHiddenCharactersTest extends SpringBrowserlessTest {

    @Test
    void aSummaryOrQuoteWithABidirectionalOverrideShowsAWarningButStaysValid() {
        UI.getCurrent().navigate("meetings/new");
        MeetingForm form = $(MeetingForm.class).single();

        test(form.summary).setValue("The minister agreed\u202E to the follow-up.");
        test(form.responseQuote).setValue("We\u200B agree.");

        assertThat(((HiddenCharacterWarning) form.summary.getHelperComponent()).text())
                .contains("right-to-left override (U+202E)");
        assertThat(((HiddenCharacterWarning) form.responseQuote.getHelperComponent()).text())
                .contains("zero-width space (U+200B)");
        assertThat(form.summary.isInvalid()).as("saving stays allowed").isFalse();

        test(form.summary).setValue("The minister agreed to the follow-up.");
        assertThat(form.summary.getHelperComponent()).isNull();
        assertThat(form.summary.getHelperText()).isEqualTo("37 of 10,000 characters");
    }
}
