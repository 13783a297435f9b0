package org.outreachtracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.meeting.MeetingDetails;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingFormat;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.Reaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * What the audit trail says about outreach records, and to whom: names and labels as the screens
 * show them (never ids, constants or Java records), the author by name, and the content of
 * outreach records only for those who read them — an administrator sees which fields changed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditDetailsTest {

    /** What no value shown to people should look like: a bare id, a constant, a Java record. */
    static final Pattern INTERNAL = Pattern.compile("^\\[?\\d+(, \\d+)*]?$|^[A-Z][A-Z_]+[A-Z]$|\\w+\\[\\w+=");

    @Autowired
    AuditService audit;

    @Autowired
    MeetingService meetings;

    @Autowired
    CounterpartService counterparts;

    @Autowired
    FollowUpService followUps;

    @Autowired
    AccountAdminService accounts;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    CampaignDetails campaign;
    String auditor;

    @BeforeAll
    void createCampaignAndAuditor() {
        outreach = new TestOutreach(context);
        campaign = outreach.activeCampaign(40, outreach.countryIds("JP"), "Protect the weights", "Name the firms");
        auditor = TestAuditor.create(outreach, accounts);
    }

    @AfterAll
    void closeCampaigns() {
        outreach.closeCampaigns();
    }

    @Test
    void aMeetingsHistoryNamesTheCampaignCountryPostCounterpartsAndPointsAndLabelsTheConstants() {
        CounterpartRef met = outreach.counterpart("JP", TestOutreach.unique("Kenji Named"));
        long id = log(met, "History in names.");

        AuditEventRef created = history(id).getLast();

        assertThat(created.action()).isEqualTo(AuditAction.CREATED);
        assertThat(created.details().changes())
                .contains(
                        new FieldChange("Campaign", "", campaign.title()),
                        new FieldChange("Country", "", "Japan"),
                        new FieldChange("Post", "", outreach.post("JP").name()),
                        new FieldChange("Format", "", "In person"),
                        new FieldChange("Counterparts met", "", met.name()),
                        new FieldChange(
                                "Points raised", "", "1. Protect the weights: Agreed; 2. Name the firms: Pushed back"),
                        new FieldChange("Overall response", "", "Receptive"),
                        new FieldChange("Summary", "", "History in names."));
        assertThat(created.details().changes()).allSatisfy(change -> {
            assertThat(change.field()).doesNotContain("(id").doesNotContain("Id");
            if (!change.field().equals("Handling marking")) { // a configured marking such as UNCLASSIFIED
                assertThat(change.to()).doesNotContainPattern(INTERNAL);
            }
        });
    }

    @Test
    void theAuthorIsShownByName() {
        long id = log(outreach.counterpart("JP", TestOutreach.unique("Author Shown")), "By whom.");

        AuditEventRef created = history(id).getLast();

        assertThat(created.username()).isEqualTo("officer");
        assertThat(created.authorName()).isEqualTo(outreach.user("officer").displayName());
    }

    @Test
    void aChangeShowsTheLabelsBeforeAndAfter() {
        long id = log(outreach.counterpart("JP", TestOutreach.unique("Changed Format")), "Format to change.");
        MeetingDetails before =
                outreach.as("officer", () -> meetings.meeting(id).orElseThrow());
        MeetingDraft draft = before.toDraft();

        outreach.as(
                "officer",
                () -> meetings.update(
                        id,
                        before.version(),
                        new MeetingDraft(
                                draft.campaignId(),
                                draft.countryId(),
                                draft.postId(),
                                draft.meetingDate(),
                                MeetingFormat.MULTILATERAL_MARGINS,
                                draft.deliveredBy(),
                                draft.counterpartIds(),
                                List.of(new MeetingDraft.PointRaised(
                                        campaign.points().getFirst().id(), Reaction.NOTED)),
                                null,
                                draft.summary(),
                                null,
                                draft.handlingMarking(),
                                List.of())));

        assertThat(history(id).getFirst().details().changes())
                .containsExactlyInAnyOrder(
                        new FieldChange("Format", "In person", "Margins of a multilateral event"),
                        new FieldChange(
                                "Points raised",
                                "1. Protect the weights: Agreed; 2. Name the firms: Pushed back",
                                "1. Protect the weights: Noted"),
                        new FieldChange("Overall response", "Receptive", "Pending"));
    }

    @Test
    void aCounterpartRenamedOrDeletedLaterStillReadsAsTheyWereMet() {
        CounterpartRef met = outreach.counterpart("JP", TestOutreach.unique("Yuko Before"));
        long id = log(met, "Met before the rename.");

        outreach.as("manager", () -> {
            CounterpartRef renamed = counterparts.update(
                    met.id(),
                    met.version(),
                    new CounterpartDraft(
                            "Someone Else Now", met.title(), met.organization(), met.countryId(), met.level()));
            counterparts.delete(renamed.id(), renamed.version());
        });

        assertThat(history(id).getLast().details().changes())
                .contains(new FieldChange("Counterparts met", "", met.name()));
    }

    @Test
    void followUpsAndCounterpartsAreRecordedWithNamesAndLabels() {
        long owner = outreach.userId("officer");
        FollowUpRef created = outreach.as(
                "officer",
                () -> followUps.create(
                        campaign.id(),
                        outreach.countryId("JP"),
                        new FollowUpDraft(
                                "Send the non-paper", owner, outreach.today().plusDays(3), Priority.HIGH)));
        outreach.as(
                "officer", () -> followUps.changeStatus(created.id(), created.version(), FollowUpStatus.DONE, "Sent."));
        CounterpartRef counterpart = outreach.counterpart("JP", TestOutreach.unique("Labelled Level"));

        List<AuditEventRef> followUp = asAuditor(AuditedObject.FOLLOW_UP, created.id());
        assertThat(followUp.getLast().details().changes())
                .contains(
                        new FieldChange("Owner", "", outreach.user("officer").displayName()),
                        new FieldChange("Priority", "", "High"),
                        new FieldChange("Status", "", "Open"),
                        new FieldChange("Country", "", "Japan"));
        assertThat(followUp.getFirst().details().changes()).contains(new FieldChange("Status", "Open", "Done"));
        assertThat(asAuditor(AuditedObject.COUNTERPART, counterpart.id())
                        .getFirst()
                        .details()
                        .changes())
                .contains(
                        new FieldChange("Level", "", CounterpartLevel.SENIOR_OFFICIAL.label()),
                        new FieldChange("Country", "", "Japan"));
    }

    @Test
    void anAdministratorSeesWhichFieldsOfAMeetingChangedButNotWhatTheySaid() {
        String secret = TestOutreach.unique("Confidential remark");
        CounterpartRef met = outreach.counterpart("JP", TestOutreach.unique("Hidden Person"));
        MeetingDraft base = outreach.meeting(
                campaign,
                "JP",
                outreach.daysAgo(1),
                Set.of(met.id()),
                List.of(),
                OverallResponse.SKEPTICAL,
                "Summary: " + secret,
                List.of());
        long id = outreach.as(
                "officer",
                () -> meetings.log(new MeetingDraft(
                        base.campaignId(),
                        base.countryId(),
                        base.postId(),
                        base.meetingDate(),
                        MeetingFormat.CALL,
                        "Deputy " + secret,
                        base.counterpartIds(),
                        List.of(),
                        base.overallResponse(),
                        base.summary(),
                        "Quote: " + secret,
                        base.handlingMarking(),
                        List.of())));

        List<AuditEventRef> asAdmin = outreach.as("admin", () -> search("admin", AuditedObject.MEETING, id));

        AuditEventRef created = asAdmin.getFirst();
        assertThat(created.details().changes())
                .extracting(FieldChange::field)
                .contains("Summary", "In their own words", "Delivered by", "Counterparts met");
        assertThat(created.details().changes()).allSatisfy(change -> {
            assertThat(change.from()).isEmpty();
            assertThat(change.to()).isEmpty();
        });
        assertThat(created.details().withheld()).isTrue();
        assertThat(created.details().toString()).doesNotContain(secret).doesNotContain(met.name());
        assertThat(search(auditor, AuditedObject.MEETING, id)
                        .getFirst()
                        .details()
                        .changes())
                .contains(new FieldChange("Summary", "", "Summary: " + secret));
    }

    @Test
    void noAuditEventShowsAnAdministratorTheContentOfAnOutreachRecord() {
        String secret = TestOutreach.unique("Never for admins");
        CounterpartRef met = outreach.counterpart("JP", "Person " + secret);
        long id = log(met, "Summary " + secret);
        MeetingDetails meeting =
                outreach.as("officer", () -> meetings.meeting(id).orElseThrow());
        outreach.as(
                "officer",
                () -> followUps.create(
                        campaign.id(),
                        outreach.countryId("JP"),
                        new FollowUpDraft(
                                "Follow-up " + secret,
                                outreach.userId("officer"),
                                outreach.today().plusDays(2),
                                Priority.LOW)));
        outreach.as("officer", () -> meetings.delete(id, meeting.version()));

        List<AuditEventRef> everything = outreach.as(
                "admin",
                () -> audit.search(
                                AuditFilter.none(),
                                PageRequest.of(0, 500, Sort.by(Sort.Direction.DESC, "occurredAt", "id")))
                        .getContent());

        assertThat(everything)
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event.details().toString()).doesNotContain(secret));
        assertThat(search(auditor, null, null))
                .anySatisfy(event -> assertThat(event.details().toString()).contains(secret));
    }

    private long log(CounterpartRef met, String summary) {
        var points = campaign.points();
        return outreach.as(
                "officer",
                () -> meetings.log(outreach.meeting(
                        campaign,
                        "JP",
                        outreach.daysAgo(2),
                        Set.of(met.id()),
                        List.of(
                                new MeetingDraft.PointRaised(points.get(0).id(), Reaction.AGREED),
                                new MeetingDraft.PointRaised(points.get(1).id(), Reaction.PUSHED_BACK)),
                        OverallResponse.RECEPTIVE,
                        summary,
                        List.of())));
    }

    /** Newest first, as readers of the meeting see it. */
    private List<AuditEventRef> history(long meetingId) {
        return outreach.as("officer", () -> audit.meetingHistory(meetingId));
    }

    private List<AuditEventRef> asAuditor(AuditedObject type, long id) {
        return search(auditor, type, id);
    }

    private List<AuditEventRef> search(String who, AuditedObject type, Long id) {
        return outreach.as(
                who,
                () -> audit.search(
                                new AuditFilter(null, null, type, id == null ? null : String.valueOf(id), null, null),
                                PageRequest.of(0, 500, Sort.by(Sort.Direction.DESC, "occurredAt", "id")))
                        .getContent());
    }
}
