package org.outreachtracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.base.NotPermittedException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.coverage.CoverageFilter;
import org.outreachtracker.coverage.CoverageService;
import org.outreachtracker.coverage.CoverageStatus;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.meeting.MeetingDetails;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each audited action writes exactly one event with the right fields; the trail cannot be changed. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailTest {

    @Autowired
    AuditService audit;

    @Autowired
    MeetingService meetings;

    @Autowired
    FollowUpService followUps;

    @Autowired
    CoverageService coverage;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountAdminService accounts;

    TestOutreach outreach;
    CampaignDetails campaign;
    String auditor;

    @BeforeAll
    void createCampaign() {
        outreach = new TestOutreach(context);
        campaign = outreach.activeCampaign(40, outreach.countryIds("JP", "IS"), "Audited point");
        auditor = TestAuditor.create(outreach, accounts);
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @AfterAll
    void closeCampaigns() {
        outreach.closeCampaigns();
    }

    @Test
    void creatingACampaignWritesOneEventWithItsFields() {
        List<AuditEventRef> events = eventsOf(AuditedObject.CAMPAIGN, campaign.id());

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.CREATED);
            assertThat(event.username()).isEqualTo("manager");
            assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(event.details().changes()).anySatisfy(change -> {
                assertThat(change.field()).isEqualTo("Title");
                assertThat(change.from()).isEmpty();
                assertThat(change.to()).isEqualTo(campaign.title());
            });
        });
    }

    @Test
    void changingAMeetingRecordsWhichFieldsChangedFromWhatToWhat() {
        long id = logInJapan("Before the change.");
        MeetingDetails before =
                outreach.as("officer", () -> meetings.meeting(id).orElseThrow());

        outreach.as(
                "officer",
                () -> meetings.update(
                        id,
                        before.version(),
                        withSummary(before.toDraft(), "After the change.", OverallResponse.SKEPTICAL)));

        List<AuditEventRef> events = eventsOf(AuditedObject.MEETING, id);
        assertThat(events).extracting(AuditEventRef::action).containsExactly(AuditAction.CHANGED, AuditAction.CREATED);
        assertThat(events.getFirst().details().changes())
                .containsExactlyInAnyOrder(
                        new FieldChange("Summary", "Before the change.", "After the change."),
                        new FieldChange("Overall response", "Receptive", "Skeptical"));
        assertThat(outreach.as("manager", () -> audit.meetingHistory(id))).hasSize(2);
    }

    @Test
    void aDeletedMeetingLeavesListsAndFiguresUntilAManagerRestoresIt() {
        long id = outreach.as(
                "manager",
                () -> meetings.log(outreach.simpleMeeting(
                        campaign, "IS", outreach.daysAgo(3), OverallResponse.SUPPORTIVE, "To be deleted.")));
        MeetingFilter iceland = MeetingFilter.none().withCampaign(campaign.id()).withCountry(outreach.countryId("IS"));
        assertThat(outreach.as("manager", () -> meetings.count(iceland))).isEqualTo(1);

        long version =
                outreach.as("manager", () -> meetings.meeting(id).orElseThrow().version());
        outreach.as("manager", () -> meetings.delete(id, version));

        assertThat(outreach.as("manager", () -> meetings.count(iceland))).isZero();
        assertThat(outreach.as("manager", () -> meetings.meeting(id))).isEmpty();
        assertThat(statusOfIceland()).isEqualTo(CoverageStatus.NOT_APPROACHED);
        var deleted = outreach.as(
                "manager", () -> meetings.deleted(PageRequest.of(0, 50)).getContent());
        assertThat(deleted).anySatisfy(record -> {
            assertThat(record.id()).isEqualTo(id);
            assertThat(record.deletedBy()).isEqualTo("manager");
        });

        long deletedVersion = deleted.stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow()
                .version();
        outreach.as("manager", () -> meetings.restore(id, deletedVersion));

        assertThat(outreach.as("manager", () -> meetings.count(iceland))).isEqualTo(1);
        assertThat(statusOfIceland()).isEqualTo(CoverageStatus.SUPPORTIVE);
        assertThat(eventsOf(AuditedObject.MEETING, id))
                .extracting(AuditEventRef::action)
                .containsExactly(AuditAction.RESTORED, AuditAction.DELETED, AuditAction.CREATED);
    }

    @Test
    void aFollowUpStatusChangeIsRecorded() {
        long officer = outreach.userId("officer");
        FollowUpRef created = outreach.as(
                "officer",
                () -> followUps.create(
                        campaign.id(),
                        outreach.countryId("JP"),
                        new FollowUpDraft(
                                "Audited follow-up", officer, outreach.today().plusDays(5), Priority.LOW)));

        outreach.as(
                "officer", () -> followUps.changeStatus(created.id(), created.version(), FollowUpStatus.DONE, "Sent."));

        List<AuditEventRef> events = eventsOf(AuditedObject.FOLLOW_UP, created.id());
        assertThat(events).extracting(AuditEventRef::action).containsExactly(AuditAction.CHANGED, AuditAction.CREATED);
        assertThat(events.getFirst().details().changes())
                .contains(new FieldChange("Status", "Open", "Done"), new FieldChange("Completion note", "", "Sent."));
    }

    @Test
    void editingAnotherOfficersMeetingIsRefusedAndAuditedOnce() {
        long id = logInJapan("Officer's own meeting.");
        MeetingDetails meeting =
                outreach.as("officer", () -> meetings.meeting(id).orElseThrow());
        long deniedBefore = deniedCount();

        assertThatThrownBy(() -> outreach.as(
                        "officer2",
                        () -> meetings.update(
                                id, meeting.version(), withSummary(meeting.toDraft(), "Not mine to change.", null))))
                .isInstanceOf(NotPermittedException.class);

        assertThat(deniedCount()).isEqualTo(deniedBefore + 1);
        AuditEventRef denied = outreach.as(
                "admin",
                () -> audit.search(
                                new AuditFilter("officer2", AuditAction.ACCESS_DENIED, null, null, null, null),
                                PageRequest.of(0, 1))
                        .getContent()
                        .getFirst());
        assertThat(denied.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(denied.objectId()).isEqualTo("MeetingService.update");
        assertThat(outreach.as(
                        "officer", () -> meetings.meeting(id).orElseThrow().summary()))
                .isEqualTo("Officer's own meeting.");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnAuditEvent() {
        Long id = jdbc.queryForObject("select min(id) from audit_event", Long.class);
        String before = jdbc.queryForObject("select action from audit_event where id = ?", String.class, id);

        assertThatThrownBy(() -> jdbc.update("update audit_event set action = 'DELETED' where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("select action from audit_event where id = ?", String.class, id))
                .isEqualTo(before);
    }

    private long logInJapan(String summary) {
        var counterpart = outreach.counterpart("JP", TestOutreach.unique("Audited counterpart"));
        return outreach.as(
                "officer",
                () -> meetings.log(outreach.meeting(
                        campaign,
                        "JP",
                        outreach.daysAgo(2),
                        java.util.Set.of(counterpart.id()),
                        List.of(),
                        OverallResponse.RECEPTIVE,
                        summary,
                        List.of())));
    }

    private static MeetingDraft withSummary(MeetingDraft draft, String summary, OverallResponse response) {
        return new MeetingDraft(
                draft.campaignId(),
                draft.countryId(),
                draft.postId(),
                draft.meetingDate(),
                draft.format(),
                draft.deliveredBy(),
                draft.counterpartIds(),
                draft.raisedPoints(),
                response == null ? draft.overallResponse() : response,
                summary,
                draft.responseQuote(),
                draft.handlingMarking(),
                List.of());
    }

    private CoverageStatus statusOfIceland() {
        long iceland = outreach.countryId("IS");
        return outreach.as(
                "manager",
                () -> coverage.coverage(campaign.id(), CoverageFilter.none()).stream()
                        .filter(c -> c.countryId() == iceland)
                        .findFirst()
                        .orElseThrow()
                        .status());
    }

    private long deniedCount() {
        return outreach.as(
                "admin", () -> audit.count(new AuditFilter(null, AuditAction.ACCESS_DENIED, null, null, null, null)));
    }

    /** The object's events, newest first, as an auditor who may read outreach records sees them. */
    private List<AuditEventRef> eventsOf(AuditedObject type, long id) {
        return outreach.as(
                auditor,
                () -> audit.search(
                                new AuditFilter(null, null, type, String.valueOf(id), null, null),
                                PageRequest.of(
                                        0,
                                        20,
                                        org.springframework.data.domain.Sort.by(
                                                org.springframework.data.domain.Sort.Direction.DESC,
                                                "occurredAt",
                                                "id")))
                        .getContent());
    }
}
