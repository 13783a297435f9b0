package org.outreachtracker.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.SignedInAs;
import org.outreachtracker.UnsavedDrafts;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.attachment.AttachmentRef;
import org.outreachtracker.attachment.AttachmentService;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.meeting.DocumentKind;
import org.outreachtracker.meeting.DocumentLeft;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.UnsavedMeetingService;
import org.outreachtracker.security.TestSignIn;
import org.outreachtracker.security.ui.IdleSessionTimer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Leaving a meeting form with changes that are not saved. */
@IntegrationTest
@SignedInAs("officer")
class UnsavedMeetingTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    UnsavedMeetingService unsaved;

    @Autowired
    MeetingService meetings;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AttachmentService attachments;

    @BeforeEach
    void clearDraftsBefore() {
        UnsavedDrafts.clear(jdbc);
    }

    @AfterEach
    void clearDraftsAfter() {
        UnsavedDrafts.clear(jdbc);
    }

    @Test
    void leavingAHalfFilledFormAsksFirst() {
        UI.getCurrent().navigate("meetings/new");
        MeetingForm form = $(MeetingForm.class).single();
        test(form.summary).setValue("Half a summary, written before the phone rang");

        UI.getCurrent().navigate("meetings");

        assertThat(getCurrentView()).isInstanceOf(NewMeetingView.class);
        assertThat($(ConfirmDialog.class).single().isOpened()).isTrue();
        assertThat(form.summary.getValue()).isEqualTo("Half a summary, written before the phone rang");
    }

    @Test
    void cancelAsksFirstToo() {
        UI.getCurrent().navigate("meetings/new");
        MeetingForm form = $(MeetingForm.class).single();
        test(form.summary).setValue("Another half summary");

        test($(Button.class).withText("Cancel").single()).click();

        assertThat(getCurrentView()).isInstanceOf(NewMeetingView.class);
        assertThat($(ConfirmDialog.class).single().isOpened()).isTrue();
    }

    @Test
    void keptInputIsOfferedBackWhenTheFormIsOpenedAgain() {
        UI.getCurrent().navigate("meetings/new");
        MeetingForm form = $(MeetingForm.class).single();
        test(form.country).selectItem("Japan");
        test(form.summary).setValue("Delivered the first two points; the phone rang");
        UI.getCurrent().navigate("meetings");
        ConfirmDialog leave = $(ConfirmDialog.class).single();
        assertThat(test(leave).getHeader()).isEqualTo("Leave this meeting unsaved?");

        test(leave).confirm();
        assertThat(getCurrentView()).isInstanceOf(MeetingsView.class);
        UI.getCurrent().navigate("meetings/new");

        ConfirmDialog offer = $(ConfirmDialog.class).single();
        assertThat(test(offer).getHeader()).startsWith("Restore the draft from " + Formats.date(LocalDate.now(clock)));
        assertThat(test(offer).getText()).contains("Japan").contains("Delivered the first two points");
        test(offer).confirm();
        MeetingForm again = $(MeetingForm.class).single();
        assertThat(again.summary.getValue()).isEqualTo("Delivered the first two points; the phone rang");
        assertThat(again.country.getValue().name()).isEqualTo("Japan");
        assertThat(again.post.getValue().name()).isEqualTo("Embassy Tokyo");
    }

    @Test
    void theDocumentsLeftAndTheirFilesAreKeptWithTheDraft() {
        AttachmentRef file =
                attachments.store("non-paper.txt", "Non-paper on model extraction.".getBytes(StandardCharsets.UTF_8));
        UI.getCurrent().navigate("meetings/new");
        MeetingForm form = $(MeetingForm.class).single();
        List<DocumentLeft> documents = List.of(
                new DocumentLeft(DocumentKind.NON_PAPER, "English", "2", file.id()),
                new DocumentLeft(DocumentKind.AIDE_MEMOIRE, "French", "", null));
        form.documentsLeft.restore(documents);
        UI.getCurrent().navigate("meetings");
        test($(ConfirmDialog.class).single()).confirm();

        UI.getCurrent().navigate("meetings/new");
        test($(ConfirmDialog.class).single()).confirm();

        MeetingForm again = $(MeetingForm.class).single();
        assertThat(again.documentsLeft.value()).isEqualTo(documents);
        assertThat(again.documentsLeft.getElement().getTextRecursively()).contains("non-paper.txt");
    }

    @Test
    void aDiscardedDraftIsNotOfferedAgain() {
        UI.getCurrent().navigate("meetings/new");
        test($(MeetingForm.class).single().summary).setValue("Not worth keeping");
        UI.getCurrent().navigate("meetings");
        test($(ConfirmDialog.class).single()).reject();
        assertThat(getCurrentView()).isInstanceOf(MeetingsView.class);

        UI.getCurrent().navigate("meetings/new");

        assertThat($(ConfirmDialog.class).exists()).isFalse();
        assertThat(unsaved.unsaved(null)).isEmpty();
    }

    @Test
    void theLatestInputIsKeptWhenTheSessionEndsForInactivity() {
        UI.getCurrent().navigate("meetings/new");
        MeetingForm form = $(MeetingForm.class).single();
        test(form.summary).setValue("First words");
        test(form.summary).setValue("First words, then the rest of the summary");

        ComponentUtil.fireEvent(UI.getCurrent(), new IdleSessionTimer.SigningOut(UI.getCurrent()));

        assertThat(unsaved.unsaved(null))
                .map(kept -> MeetingFormState.fromJson(kept.content()).summary())
                .contains("First words, then the rest of the summary");
    }

    @Test
    void savingTheMeetingDeletesItsDraft() {
        UI.getCurrent().navigate("meetings/new", QueryParameters.of("country", "JP"));
        MeetingForm form = $(MeetingForm.class).single();
        test(form.counterparts)
                .selectItem(test(form.counterparts).getSuggestions().getFirst());
        form.deliveredBy.setValue("Ambassador");
        test(form.summary).setValue("Saved at the first attempt.");
        assertThat(unsaved.unsaved(null)).isPresent();

        test($(Button.class).withId("save-meeting").single()).click();

        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        assertThat(unsaved.unsaved(null)).isEmpty();
    }

    @Test
    void changesToALoggedMeetingAreKeptAndAskedAboutToo() {
        long own = meetings.search(
                        MeetingFilter.none().withReporter(currentUser.require().id()), PageRequest.of(0, 1))
                .getContent()
                .getFirst()
                .id();
        UI.getCurrent().navigate("meetings/" + own);
        MeetingForm form = $(MeetingForm.class).single();
        test(form.summary).setValue("A corrected summary, not saved yet");

        UI.getCurrent().navigate("meetings");
        ConfirmDialog leave = $(ConfirmDialog.class).single();
        assertThat(test(leave).getHeader()).isEqualTo("Leave without saving your changes?");
        test(leave).confirm();
        UI.getCurrent().navigate("meetings/" + own);
        test($(ConfirmDialog.class).single()).confirm();

        assertThat($(MeetingForm.class).single().summary.getValue()).isEqualTo("A corrected summary, not saved yet");
        assertThat(unsaved.unsaved(null)).as("a new meeting's draft is another").isEmpty();
    }

    @Test
    void aDraftOfChangesToAMeetingChangedSinceSaysSoAndIsNotSavedOverIt() {
        long own = meetings.search(
                        MeetingFilter.none().withReporter(currentUser.require().id()), PageRequest.of(1, 1))
                .getContent()
                .getFirst()
                .id();
        UI.getCurrent().navigate("meetings/" + own);
        test($(MeetingForm.class).single().summary).setValue("My correction, kept as a draft");
        UI.getCurrent().navigate("meetings");
        test($(ConfirmDialog.class).single()).confirm();
        TestSignIn.as(users, "manager");
        var meanwhile = meetings.meeting(own).orElseThrow();
        var draft = meanwhile.toDraft();
        meetings.update(
                own,
                meanwhile.version(),
                new org.outreachtracker.meeting.MeetingDraft(
                        draft.campaignId(),
                        draft.countryId(),
                        draft.postId(),
                        draft.meetingDate(),
                        draft.format(),
                        draft.deliveredBy(),
                        draft.counterpartIds(),
                        draft.raisedPoints(),
                        draft.overallResponse(),
                        "A colleague's correction",
                        draft.responseQuote(),
                        draft.handlingMarking(),
                        draft.followUps()));
        TestSignIn.as(users, "officer");

        UI.getCurrent().navigate("meetings/" + own);
        ConfirmDialog offer = $(ConfirmDialog.class).single();
        assertThat(test(offer).getText()).contains("Someone has changed the meeting since");
        test(offer).confirm();
        test($(Button.class).withText("Save changes").single()).click();

        assertThat(meetings.meeting(own).orElseThrow().summary()).isEqualTo("A colleague's correction");
        assertThat($(MeetingForm.class).single().summary.getValue()).isEqualTo("My correction, kept as a draft");
    }

    @Test
    void anUntouchedFormIsLeftWithoutQuestions() {
        UI.getCurrent().navigate("meetings/new");

        UI.getCurrent().navigate("meetings");

        assertThat(getCurrentView()).isInstanceOf(MeetingsView.class);
    }
}
