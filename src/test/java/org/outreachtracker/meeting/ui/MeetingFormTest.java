package org.outreachtracker.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.SignedInAs;
import org.outreachtracker.UnsavedDrafts;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.ObjectionRef;
import org.outreachtracker.meeting.MeetingDetails;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.Reaction;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The meeting form without a browser: what it offers, what it refuses, and what it saves. */
@IntegrationTest
@SignedInAs("officer")
class MeetingFormTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    @Autowired
    MeetingService meetings;

    @Autowired
    org.outreachtracker.followup.CommitmentService commitments;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CurrentUser currentUser;

    @BeforeEach
    void clearDraftsBefore() {
        UnsavedDrafts.clear(jdbc);
    }

    @AfterEach
    void clearDraftsAfter() {
        UnsavedDrafts.clear(jdbc);
    }

    @Test
    void aNewMeetingStartsWithTheChosenCampaignItsPointsAndOnlyDeskCountries() {
        var active = aiCampaign();
        UI.getCurrent()
                .navigate(
                        "meetings/new",
                        com.vaadin.flow.router.QueryParameters.of("campaign", String.valueOf(active.id())));
        MeetingForm form = $(MeetingForm.class).single();

        assertThat(form.campaign.getValue().id()).isEqualTo(active.id());
        assertThat(form.points.value()).isEmpty();
        assertThat(pointCheckboxes(form))
                .isEqualTo(campaigns.points(active.id()).size());
        assertThat(test(form.country).getSuggestions())
                .containsExactlyInAnyOrder(
                        "Australia", "France", "Germany", "Japan", "Poland", "Singapore", "South Korea");
        assertThat(form.meetingDate.getValue()).isEqualTo(java.time.LocalDate.now(clock));
    }

    @Test
    void savingAnIncompleteMeetingShowsWhatIsMissingAndSavesNothing() {
        long before = meetings.count(MeetingFilter.none());
        UI.getCurrent().navigate("meetings/new");
        MeetingForm form = $(MeetingForm.class).single();

        test(saveButton()).click();

        assertThat(form.country.isInvalid()).isTrue();
        assertThat(form.country.getErrorMessage()).isEqualTo("Choose the country.");
        assertThat(form.counterparts.getErrorMessage()).isEqualTo("Choose at least one counterpart.");
        assertThat(form.summary.getErrorMessage()).isEqualTo("Write a summary.");
        assertThat(form.deliveredBy.getErrorMessage()).isEqualTo("Say who delivered the points.");
        assertThat(meetings.count(MeetingFilter.none())).isEqualTo(before);
        assertThat(getCurrentView()).isInstanceOf(NewMeetingView.class);
    }

    @Test
    void aRaisedPointNeedsAReaction() {
        MeetingForm form = openNewMeetingForm();
        var firstPoint = $(com.vaadin.flow.component.checkbox.Checkbox.class, form.points)
                .first();
        test(firstPoint).click();

        test(saveButton()).click();

        var reaction =
                $(com.vaadin.flow.component.select.Select.class, form.points).first();
        assertThat(reaction.isInvalid()).isTrue();
        assertThat(reaction.getErrorMessage()).isEqualTo("Choose the reaction to this point.");
    }

    @Test
    void aCompleteMeetingIsSavedWithItsPointsAndReactions() {
        MeetingForm form = openNewMeetingForm();

        test(form.country).selectItem("Japan");
        assertThat(form.post.getValue().name()).isEqualTo("Embassy Tokyo");
        test(form.counterparts)
                .selectItem(test(form.counterparts).getSuggestions().getFirst());
        form.deliveredBy.setValue("Ambassador");
        var checkboxes = $(com.vaadin.flow.component.checkbox.Checkbox.class, form.points)
                .all();
        test(checkboxes.get(0)).click();
        test(checkboxes.get(2)).click();
        var reactions =
                $(com.vaadin.flow.component.select.Select.class, form.points).all();
        test(reactions.get(0)).selectItem(Reaction.AGREED.label());
        test(reactions.get(2)).selectItem(Reaction.PUSHED_BACK.label());
        test(form.summary).setValue("Browserless form test: the counterpart agreed on point one.");

        test(saveButton()).click();

        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        long id = meetings.search(
                        MeetingFilter.none().withReporter(currentUser.require().id()), PageRequest.of(0, 1))
                .getContent()
                .getFirst()
                .id();
        MeetingDetails saved = meetings.meeting(id).orElseThrow();
        assertThat(saved.summary()).isEqualTo("Browserless form test: the counterpart agreed on point one.");
        assertThat(saved.points()).extracting(p -> p.reaction()).containsExactly(Reaction.AGREED, Reaction.PUSHED_BACK);
        assertThat(saved.points()).extracting(p -> p.position()).containsExactly(1, 3);
        assertThat(saved.overallResponse()).isNull();
    }

    @Test
    void afterARevisionTheFormOffersTheCurrentPointsAndKeepsAnEarlierVersionWhenChosen() {
        MeetingForm form = openNewMeetingForm();

        assertThat(form.pointsVersion.isVisible()).isTrue();
        assertThat(form.pointsVersion.getValue()).isEqualTo(2);
        assertThat(form.points.getElement().getTextRecursively())
                .contains("We can brief your experts")
                .doesNotContain("We encourage your government to weigh");

        test(form.pointsVersion).selectItem("Version 1");

        assertThat(form.points.getElement().getTextRecursively())
                .contains("We encourage your government to weigh")
                .doesNotContain("We can brief your experts");
        test(form.country).selectItem("Japan");
        test(form.counterparts)
                .selectItem(test(form.counterparts).getSuggestions().getFirst());
        form.deliveredBy.setValue("Ambassador");
        var checkboxes = $(com.vaadin.flow.component.checkbox.Checkbox.class, form.points)
                .all();
        test(checkboxes.get(2)).click();
        test($(com.vaadin.flow.component.select.Select.class, form.points).all().get(2))
                .selectItem(Reaction.ASKED_FOR_MORE.label());
        test(form.summary).setValue("Browserless form test: delivered before the revised points arrived.");

        test(saveButton()).click();

        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        long id = meetings.search(
                        MeetingFilter.none().withReporter(currentUser.require().id()), PageRequest.of(0, 1))
                .getContent()
                .getFirst()
                .id();
        MeetingDetails saved = meetings.meeting(id).orElseThrow();
        assertThat(saved.pointsVersion()).isEqualTo(1);
        assertThat(saved.points()).extracting(p -> p.label()).containsExactly("Procurement caution");
        MeetingForm reopened = $(MeetingForm.class).single();
        assertThat(reopened.pointsVersion.getValue())
                .as("the saved meeting reopens on its version")
                .isEqualTo(1);
        assertThat(reopened.points.value())
                .extracting(MeetingDraft.PointRaised::reaction)
                .containsExactly(Reaction.ASKED_FOR_MORE);
    }

    @Test
    void aCommitmentEnteredWithTheMeetingIsSavedAndListedOnItsPage() {
        MeetingForm form = openNewMeetingForm();
        test(form.country).selectItem("Japan");
        test(form.counterparts)
                .selectItem(test(form.counterparts).getSuggestions().getFirst());
        form.deliveredBy.setValue("Ambassador");
        var checkbox = $(com.vaadin.flow.component.checkbox.Checkbox.class, form.points)
                .first();
        test(checkbox).click();
        test($(com.vaadin.flow.component.select.Select.class, form.points).first())
                .selectItem(Reaction.AGREED.label());
        test(form.summary).setValue("Browserless form test: the minister committed to a review.");
        test($(Button.class).withId("add-commitment").single()).click();
        var description = $(com.vaadin.flow.component.textfield.TextField.class, form.commitments).all().stream()
                .filter(field -> "Commitment 1".equals(field.getLabel()))
                .findFirst()
                .orElseThrow();

        test(saveButton()).click();
        assertThat(description.isInvalid()).as("a commitment without words").isTrue();
        assertThat(description.getErrorMessage()).isEqualTo("Say what was committed to.");
        assertThat(getCurrentView()).isNotInstanceOf(MeetingView.class);

        test(description).setValue("Will review the procurement guidance");
        test(saveButton()).click();

        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        long id = meetings.search(
                        MeetingFilter.none().withReporter(currentUser.require().id()), PageRequest.of(0, 1))
                .getContent()
                .getFirst()
                .id();
        assertThat(commitments.forMeeting(id)).singleElement().satisfies(saved -> {
            assertThat(saved.description()).isEqualTo("Will review the procurement guidance");
            assertThat(saved.ownerId()).isEqualTo(currentUser.require().id());
            assertThat(saved.checkBackDate())
                    .isEqualTo(java.time.LocalDate.now(clock).plusDays(90));
        });
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .withClassName("existing-commitments")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Will review the procurement guidance — ")
                .contains(" checks back on ");
    }

    @Test
    void aPartnersDeliveryAloneNeedsThePartnerAndIsSavedWithIt() {
        MeetingForm form = openNewMeetingForm();
        test(form.country).selectItem("Japan");
        test(form.counterparts)
                .selectItem(test(form.counterparts).getSuggestions().getFirst());
        form.deliveredBy.setValue("The EU delegation");
        test($(com.vaadin.flow.component.checkbox.Checkbox.class, form.points).first())
                .click();
        test($(com.vaadin.flow.component.select.Select.class, form.points).first())
                .selectItem(Reaction.NOTED.label());
        test(form.summary).setValue("Browserless form test: the EU delivered alone.");
        test(form.joint.partnerOnly).click();

        test(saveButton()).click();
        assertThat(form.joint.partners.isInvalid()).isTrue();
        assertThat(form.joint.partners.getErrorMessage()).isEqualTo("Name the partner that delivered the points.");
        assertThat(getCurrentView()).isNotInstanceOf(MeetingView.class);

        form.joint.partners.setValue(java.util.Set.of("European Union"));
        test(saveButton()).click();

        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        long id = meetings.search(
                        MeetingFilter.none().withReporter(currentUser.require().id()), PageRequest.of(0, 1))
                .getContent()
                .getFirst()
                .id();
        MeetingDetails saved = meetings.meeting(id).orElseThrow();
        assertThat(saved.partners()).containsExactly("European Union");
        assertThat(saved.partnerOnly()).isTrue();
    }

    @Test
    void theObjectionsRaisedAreTickedOrWrittenAndSavedWithTheMeeting() {
        MeetingForm form = openNewMeetingForm();
        List<ObjectionRef> expected =
                campaigns.objections(form.campaign.getValue().id());
        assertThat(expected)
                .as("the demo campaign lists the objections it expects")
                .hasSizeGreaterThan(1);
        assertThat(form.objections.expected.getListDataView().getItems()).containsExactlyElementsOf(expected);

        test(form.country).selectItem("Japan");
        test(form.counterparts)
                .selectItem(test(form.counterparts).getSuggestions().getFirst());
        form.deliveredBy.setValue("Ambassador");
        test(form.summary).setValue("Browserless form test: they called it protectionism.");
        form.objections.expected.setValue(Set.of(expected.get(1)));
        test(form.objections.others).setValue("Export controls already cover this\n\n  We need more time  \n");

        test(saveButton()).click();

        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        long id = meetings.search(
                        MeetingFilter.none().withReporter(currentUser.require().id()), PageRequest.of(0, 1))
                .getContent()
                .getFirst()
                .id();
        MeetingDetails saved = meetings.meeting(id).orElseThrow();
        assertThat(saved.objectionIds()).containsExactly(expected.get(1).id());
        assertThat(saved.newObjections()).containsExactly("Export controls already cover this", "We need more time");
    }

    @Test
    void anObjectionTooLongToKeepIsMarkedAndNothingIsSaved() {
        MeetingForm form = openNewMeetingForm();
        long before =
                meetings.search(MeetingFilter.none(), PageRequest.of(0, 1)).getTotalElements();
        test(form.country).selectItem("Japan");
        test(form.counterparts)
                .selectItem(test(form.counterparts).getSuggestions().getFirst());
        form.deliveredBy.setValue("Ambassador");
        test(form.summary).setValue("Browserless form test: a very long objection.");
        test(form.objections.others).setValue("x".repeat(ObjectionsField.MAX_LENGTH + 1));

        test(saveButton()).click();

        assertThat(form.objections.others.isInvalid()).isTrue();
        assertThat(form.objections.others.getErrorMessage()).contains("300 characters");
        assertThat(meetings.search(MeetingFilter.none(), PageRequest.of(0, 1)).getTotalElements())
                .isEqualTo(before);
    }

    @Test
    void anotherOfficersMeetingIsShownReadOnly() {
        TestSignIn.as(users, "officer2");
        long othersMeeting = meetings.search(
                        MeetingFilter.none().withReporter(currentUser.require().id()), PageRequest.of(0, 1))
                .getContent()
                .getFirst()
                .id();
        TestSignIn.as(users, "officer");

        UI.getCurrent().navigate("meetings/" + othersMeeting);

        assertThat($(MeetingForm.class).exists()).isFalse();
        assertThat($(MeetingSummary.class).exists()).isTrue();
        assertThat($(Button.class).withText("Save changes").exists()).isFalse();
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Only the officer who reported it or a manager can change it.");
    }

    @Test
    void aStaleEditIsRefusedAndTheInputStaysOnScreen() {
        TestSignIn.as(users, "manager");
        long id = meetings.search(MeetingFilter.none(), PageRequest.of(3, 1))
                .getContent()
                .getFirst()
                .id();
        UI.getCurrent().navigate("meetings/" + id);
        MeetingForm form = $(MeetingForm.class).single();

        MeetingDetails meanwhile = meetings.meeting(id).orElseThrow();
        var draft = meanwhile.toDraft();
        meetings.update(
                id,
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
                        draft.summary() + " (corrected by a colleague)",
                        draft.responseQuote(),
                        draft.handlingMarking(),
                        draft.followUps()));

        test(form.summary).setValue("My own careful rewrite of the summary.");
        test($(Button.class).withText("Save changes").single()).click();

        assertThat($(com.vaadin.flow.component.notification.Notification.class)
                        .last()
                        .getElement()
                        .getProperty("text"))
                .contains("Someone else changed this meeting");
        assertThat(form.summary.getValue()).isEqualTo("My own careful rewrite of the summary.");
        assertThat(meetings.meeting(id).orElseThrow().summary()).endsWith("(corrected by a colleague)");
    }

    /** The demo's active campaign (tests may add campaigns of their own). */
    private org.outreachtracker.campaign.CampaignSummary aiCampaign() {
        return campaigns.campaignsIn(EnumSet.of(CampaignStatus.ACTIVE)).stream()
                .filter(c -> c.cableReference().startsWith("DEMO"))
                .findFirst()
                .orElseThrow();
    }

    private MeetingForm openNewMeetingForm() {
        UI.getCurrent()
                .navigate(
                        "meetings/new",
                        com.vaadin.flow.router.QueryParameters.of(
                                "campaign", String.valueOf(aiCampaign().id())));
        return $(MeetingForm.class).single();
    }

    private Button saveButton() {
        return $(Button.class).withId("save-meeting").single();
    }

    private long pointCheckboxes(MeetingForm form) {
        return $(com.vaadin.flow.component.checkbox.Checkbox.class, form.points)
                .all()
                .size();
    }
}
