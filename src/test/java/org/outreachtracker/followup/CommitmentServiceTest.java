package org.outreachtracker.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.audit.AuditFilter;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.NotPermittedException;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * Host-government commitments through the services: recorded with the meeting, due on their
 * check-back date, closed by their owner or a manager with an outcome, listed for the country,
 * audited; bad input is refused with the meeting unsaved.
 */
@IntegrationTest
class CommitmentServiceTest {

    @Autowired
    CommitmentService commitments;

    @Autowired
    MeetingService meetings;

    @Autowired
    AuditService audit;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    CampaignDetails campaign;
    long officer;

    @BeforeEach
    void setUp() {
        outreach = new TestOutreach(context);
        campaign = outreach.activeCampaign(30, outreach.countryIds("JP"));
        officer = outreach.userId("officer");
    }

    @AfterEach
    void close() {
        outreach.closeCampaigns();
    }

    @Test
    void aCommitmentIsRecordedWithItsMeetingAndFallsDueOnItsCheckBackDate() {
        long dueToday = log("Will review procurement guidance", 0);
        long later = log("Will name a contact point", 30);

        CommitmentRef due =
                outreach.as("officer", () -> commitments.forMeeting(dueToday)).getFirst();
        assertThat(due.description()).isEqualTo("Will review procurement guidance");
        assertThat(due.ownerId()).isEqualTo(officer);
        assertThat(due.outcome()).isEqualTo(CommitmentOutcome.OPEN);
        assertThat(due.due()).isTrue();
        assertThat(outreach.as("officer", () -> commitments.forMeeting(later))
                        .getFirst()
                        .due())
                .isFalse();

        assertThat(outreach.as("officer", () -> commitments.due()))
                .extracting(CommitmentRef::id)
                .contains(due.id())
                .doesNotContain(outreach.as("officer", () -> commitments.forMeeting(later))
                        .getFirst()
                        .id());
        assertThat(outreach.as("officer2", () -> commitments.due()))
                .as("another officer's list")
                .extracting(CommitmentRef::id)
                .doesNotContain(due.id());
        assertThat(outreach.as("manager", () -> commitments.due()))
                .extracting(CommitmentRef::id)
                .contains(due.id());
        assertThat(outreach.as("manager", () -> commitments.forCountry(outreach.countryId("JP"))))
                .extracting(CommitmentRef::description)
                .contains("Will review procurement guidance", "Will name a contact point");
    }

    @Test
    void theOwnerRecordsTheOutcomeAndAShortfallNeedsANote() {
        long meeting = log("Will raise distillation with the cyber agency", 0);
        CommitmentRef open =
                outreach.as("officer", () -> commitments.forMeeting(meeting)).getFirst();

        assertThatThrownBy(() -> outreach.as(
                        "officer2",
                        () -> commitments.recordOutcome(open.id(), open.version(), CommitmentOutcome.KEPT, null)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> outreach.as(
                        "officer",
                        () -> commitments.recordOutcome(open.id(), open.version(), CommitmentOutcome.PARTLY_KEPT, " ")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("a note is required");
        assertThat(outreach.as("officer", () -> commitments.forMeeting(meeting))
                        .getFirst()
                        .outcome())
                .isEqualTo(CommitmentOutcome.OPEN);

        CommitmentRef kept = outreach.as(
                "officer",
                () -> commitments.recordOutcome(
                        open.id(), open.version(), CommitmentOutcome.PARTLY_KEPT, "Ministries only."));

        assertThat(kept.outcome()).isEqualTo(CommitmentOutcome.PARTLY_KEPT);
        assertThat(kept.outcomeNote()).isEqualTo("Ministries only.");
        assertThat(kept.due()).isFalse();
        assertThat(outreach.as("officer", () -> commitments.due()))
                .extracting(CommitmentRef::id)
                .doesNotContain(open.id());
        assertThatThrownBy(() -> outreach.as(
                        "manager",
                        () -> commitments.recordOutcome(open.id(), open.version(), CommitmentOutcome.KEPT, null)))
                .as("a stale version")
                .isInstanceOf(org.outreachtracker.base.ConcurrentChangeException.class);
        long events = outreach.as(
                "admin",
                () -> audit.search(
                                new AuditFilter(
                                        null, null, AuditedObject.COMMITMENT, String.valueOf(open.id()), null, null),
                                PageRequest.of(0, 10))
                        .getTotalElements());
        assertThat(events).as("created, then the outcome").isEqualTo(2);
    }

    @Test
    void aCheckBackDateYearsAheadIsRefusedAndTheMeetingIsNotSaved() {
        long before = outreach.as(
                "officer",
                () -> meetings.count(
                        org.outreachtracker.meeting.MeetingFilter.none().withCampaign(campaign.id())));
        MeetingDraft draft = outreach.simpleMeeting(
                        campaign, "JP", outreach.daysAgo(1), OverallResponse.RECEPTIVE, "Promised much.")
                .withCommitments(List.of(new CommitmentDraft(
                        "Will act one day", officer, outreach.today().plusYears(6))));

        assertThatThrownBy(() -> outreach.as("officer", () -> meetings.log(draft)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Choose a check-back date between a year ago and five years from now.");
        assertThat(outreach.as(
                        "officer",
                        () -> meetings.count(
                                org.outreachtracker.meeting.MeetingFilter.none().withCampaign(campaign.id()))))
                .isEqualTo(before);
    }

    /** Logs a meeting in Japan as the officer with one commitment, checked back on in {@code days} days. */
    private long log(String commitment, int days) {
        MeetingDraft draft = outreach.simpleMeeting(
                        campaign, "JP", outreach.daysAgo(1), OverallResponse.SUPPORTIVE, "Committed to act.")
                .withCommitments(List.of(new CommitmentDraft(
                        commitment, officer, outreach.today().plusDays(days))));
        return outreach.as("officer", () -> meetings.log(draft));
    }
}
