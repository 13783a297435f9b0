package org.outreachtracker.tasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.audit.AuditEventRef;
import org.outreachtracker.audit.AuditFilter;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChange;
import org.outreachtracker.base.NotPermittedException;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignDraft;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Taskings through the service: activation instructs each target country's post, the moves an
 * officer makes (on their desk only), waivers and reports, the lapsed filter, the per-day history
 * and the audit trail.
 */
@IntegrationTest
class TaskingServiceTest {

    @Autowired
    TaskingService taskings;

    @Autowired
    CampaignService campaigns;

    @Autowired
    AuditService audit;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    TestOutreach outreach;
    long japan;
    long brazil;

    @BeforeEach
    void setUp() {
        outreach = new TestOutreach(context);
        japan = outreach.countryId("JP");
        brazil = outreach.countryId("BR");
    }

    @AfterEach
    void close() {
        outreach.closeCampaigns();
    }

    @Test
    void activatingACampaignInstructsThePostCoveringEachTargetCountry() {
        CampaignDetails draft =
                outreach.campaign(CampaignStatus.DRAFT, outreach.daysAgo(10), false, outreach.countryIds("JP", "BR"));
        assertThat(states(draft.id())).isEmpty();

        outreach.setStatus(draft.id(), CampaignStatus.ACTIVE);

        assertThat(states(draft.id())).containsOnlyKeys(japan, brazil).containsValues(TaskingState.INSTRUCTED);
        TaskingRef japanTasking = tasking(draft.id(), japan);
        assertThat(japanTasking.postId()).isEqualTo(outreach.post("JP").id());
        assertThat(japanTasking.overdue()).isFalse();
    }

    @Test
    void countriesAddedWhileActiveAreInstructedAndRemovedOnesKeepTheirTasking() {
        CampaignDetails campaign = outreach.activeCampaign(10, outreach.countryIds("JP"));
        long france = outreach.countryId("FR");

        changeCampaign(campaign.id(), draft -> withTargets(draft, Set.of(brazil, france)));

        assertThat(states(campaign.id())).containsOnlyKeys(japan, brazil, france);
    }

    @Test
    void anOfficerMovesAlongTheTaskingsOfTheirDeskCountriesOnly() {
        CampaignDetails campaign = outreach.activeCampaign(10, outreach.countryIds("JP", "BR"));
        TaskingRef japanTasking = tasking(campaign.id(), japan);
        TaskingRef brazilTasking = tasking(campaign.id(), brazil);

        TaskingRef asked =
                outreach.as("officer", () -> taskings.requestAppointment(japanTasking.id(), japanTasking.version()));

        assertThat(asked.state()).isEqualTo(TaskingState.APPOINTMENT_REQUESTED);
        assertThat(asked.appointmentRequestedOn()).isEqualTo(outreach.today());
        assertThatThrownBy(() -> outreach.as(
                        "officer", () -> taskings.requestAppointment(brazilTasking.id(), brazilTasking.version())))
                .isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("desk countries");
        assertThat(tasking(campaign.id(), brazil).state()).isEqualTo(TaskingState.INSTRUCTED);
        assertThat(outreach.as(
                                "manager",
                                () -> taskings.requestAppointment(brazilTasking.id(), brazilTasking.version()))
                        .state())
                .isEqualTo(TaskingState.APPOINTMENT_REQUESTED);
    }

    @Test
    void reportingWithoutADeliveryNeedsAWaiverReasonAndRecordsTheWaiver() {
        CampaignDetails campaign = outreach.activeCampaign(10, outreach.countryIds("JP"));
        TaskingRef instructed = tasking(campaign.id(), japan);
        LocalDate yesterday = outreach.daysAgo(1);

        assertThatThrownBy(() -> outreach.as(
                        "officer",
                        () -> taskings.markReported(
                                instructed.id(), instructed.version(), "TOKYO 123", yesterday, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("give the reason for the waiver");
        assertThat(tasking(campaign.id(), japan).state()).isEqualTo(TaskingState.INSTRUCTED);

        TaskingRef reported = outreach.as(
                "officer",
                () -> taskings.markReported(
                        instructed.id(),
                        instructed.version(),
                        " TOKYO 123 ",
                        yesterday,
                        WaiverReason.HOST_GOVERNMENT_UNAVAILABLE));

        assertThat(reported.state()).isEqualTo(TaskingState.REPORTED);
        assertThat(reported.reportReference()).isEqualTo("TOKYO 123");
        assertThat(reported.reportedOn()).isEqualTo(yesterday);
        assertThat(reported.waiverReason()).isEqualTo(WaiverReason.HOST_GOVERNMENT_UNAVAILABLE);
        assertThat(reported.waivedBy()).isEqualTo("officer");
        assertThatThrownBy(() ->
                        outreach.as("officer", () -> taskings.requestAppointment(reported.id(), reported.version())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This tasking has been reported; it cannot change any more.");
    }

    @Test
    void aReportNeedsAReferenceAndADateBetweenTheInstructionAndToday() {
        CampaignDetails campaign = outreach.activeCampaign(10, outreach.countryIds("JP"));
        TaskingRef waived = outreach.as("officer", () -> {
            TaskingRef t = tasking(campaign.id(), japan);
            return taskings.waive(t.id(), t.version(), WaiverReason.DELIVERED_BY_PARTNER);
        });
        assertThat(waived.state()).isEqualTo(TaskingState.WAIVED);
        assertThat(waived.waiverReason()).isEqualTo(WaiverReason.DELIVERED_BY_PARTNER);

        assertThatThrownBy(() -> report(waived, " ", outreach.today()))
                .hasMessage("Enter the reference of the reporting cable.");
        assertThatThrownBy(() -> report(waived, "TOKYO 9", outreach.today().plusDays(1)))
                .hasMessage("The reporting cable's date cannot be in the future.");
        assertThatThrownBy(() -> report(waived, "TOKYO 9", outreach.daysAgo(11)))
                .hasMessage("The reporting cable cannot be dated before the instruction.");
        assertThatThrownBy(() -> outreach.as("officer", () -> taskings.waive(waived.id(), waived.version(), null)))
                .hasMessage("Choose the reason for the waiver.");
        assertThat(tasking(campaign.id(), japan).state()).isEqualTo(TaskingState.WAIVED);

        assertThat(report(waived, "TOKYO 9", outreach.today()).state()).isEqualTo(TaskingState.REPORTED);
    }

    @Test
    void theLapsedFilterListsThePostsPastTheReportByDateThatOweAReport() {
        CampaignDetails campaign = outreach.activeCampaign(20, outreach.countryIds("JP", "BR"));
        changeCampaign(campaign.id(), draft -> withDeadline(draft, outreach.daysAgo(2)));
        TaskingRef japanTasking = tasking(campaign.id(), japan);
        assertThat(japanTasking.reportBy()).isEqualTo(outreach.daysAgo(2));
        assertThat(japanTasking.overdue()).isTrue();
        report(
                outreach.as(
                        "officer",
                        () -> taskings.waive(
                                japanTasking.id(), japanTasking.version(), WaiverReason.NO_APPOINTMENT_POSSIBLE)),
                "TOKYO 77",
                outreach.today());

        TaskingFilter lapsed = TaskingFilter.all().withCampaign(campaign.id()).withLapsedOnly(true);
        List<TaskingRef> toChase = outreach.as(
                "manager", () -> taskings.taskings(lapsed, Pageable.unpaged()).getContent());

        assertThat(toChase).extracting(TaskingRef::countryId).containsExactly(brazil);
        assertThat(outreach.as("manager", () -> taskings.count(lapsed))).isEqualTo(1);
        long westernHemisphere = outreach.country("BR").bureauId();
        assertThat(outreach.as(
                        "manager",
                        () -> taskings.count(
                                TaskingFilter.all().withCampaign(campaign.id()).withBureau(westernHemisphere))))
                .isEqualTo(1);
        assertThat(outreach.as(
                        "manager",
                        () -> taskings.count(TaskingFilter.all()
                                .withCampaign(campaign.id())
                                .withStates(Set.of(TaskingState.REPORTED)))))
                .isEqualTo(1);

        // Once the campaign is closed, nobody is chased for it and desks no longer list its taskings.
        outreach.closeCampaigns();
        assertThat(outreach.as("manager", () -> taskings.count(lapsed))).isZero();
        assertThat(outreach.as(
                        "manager",
                        () -> taskings.count(
                                TaskingFilter.all().withCampaign(campaign.id()).withActiveCampaignsOnly(true))))
                .isZero();
        assertThat(outreach.as(
                        "manager", () -> taskings.count(TaskingFilter.all().withCampaign(campaign.id()))))
                .isEqualTo(2);
    }

    @Test
    void thePerDayHistoryCountsEachStateEnteredOnTheDayItCountsFor() {
        CampaignDetails campaign = outreach.activeCampaign(10, outreach.countryIds("JP", "BR"));
        TaskingRef japanTasking = tasking(campaign.id(), japan);
        LocalDate threeDaysAgo = outreach.daysAgo(3);
        outreach.as(
                "officer",
                () -> taskings.markReported(
                        japanTasking.id(),
                        japanTasking.version(),
                        "TOKYO 5",
                        threeDaysAgo,
                        WaiverReason.NO_APPOINTMENT_POSSIBLE));

        List<TaskingDayChange> changes = outreach.as("manager", () -> taskings.dailyChanges(campaign.id()));

        assertThat(changes)
                .containsExactly(
                        new TaskingDayChange(outreach.daysAgo(10), TaskingState.INSTRUCTED, 2, 0),
                        new TaskingDayChange(threeDaysAgo, TaskingState.INSTRUCTED, 0, 1),
                        new TaskingDayChange(threeDaysAgo, TaskingState.REPORTED, 1, 0));
        TaskingTimeline timeline = outreach.as("manager", () -> taskings.timeline(campaign.id()));
        assertThat(timeline.days().getLast().count(TaskingState.INSTRUCTED)).isEqualTo(1);
        assertThat(timeline.days().getLast().count(TaskingState.REPORTED)).isEqualTo(1);
    }

    @Test
    void everyChangeIsInTheAuditTrailWithTheScreensWords() {
        CampaignDetails campaign = outreach.activeCampaign(10, outreach.countryIds("JP"));
        TaskingRef japanTasking = tasking(campaign.id(), japan);
        outreach.as("officer", () -> taskings.requestAppointment(japanTasking.id(), japanTasking.version()));

        List<AuditEventRef> events = outreach.as(
                "admin",
                () -> audit.search(
                                new AuditFilter(
                                        null,
                                        null,
                                        AuditedObject.TASKING,
                                        String.valueOf(japanTasking.id()),
                                        null,
                                        null),
                                PageRequest.of(0, 10))
                        .getContent());

        assertThat(events).hasSize(2);
        AuditEventRef requested = events.stream()
                .filter(e -> "officer".equals(e.username()))
                .findFirst()
                .orElseThrow();
        assertThat(requested.details().changes())
                .extracting(FieldChange::field)
                .containsExactlyInAnyOrder("State", "Appointment requested");
        String recorded = jdbc.queryForObject(
                "select details from audit_event where object_type = 'TASKING' and object_id = ?"
                        + " and username = 'officer'",
                String.class,
                String.valueOf(japanTasking.id()));
        assertThat(recorded).contains("Instructed", "Appointment requested");
    }

    private TaskingRef report(TaskingRef tasking, String reference, LocalDate date) {
        return outreach.as(
                "officer", () -> taskings.markReported(tasking.id(), tasking.version(), reference, date, null));
    }

    private java.util.Map<Long, TaskingState> states(long campaignId) {
        return outreach.as("manager", () -> taskings.statesByCountry(campaignId));
    }

    private TaskingRef tasking(long campaignId, long countryId) {
        return outreach.as("manager", () -> taskings.taskingOf(campaignId, countryId))
                .orElseThrow();
    }

    private void changeCampaign(long id, java.util.function.UnaryOperator<CampaignDraft> change) {
        outreach.as("manager", () -> {
            CampaignDetails campaign = campaigns.campaign(id).orElseThrow();
            campaigns.update(id, campaign.version(), change.apply(campaign.toDraft()));
        });
    }

    private static CampaignDraft withTargets(CampaignDraft d, Set<Long> targets) {
        return new CampaignDraft(
                d.title(),
                d.cableReference(),
                d.objective(),
                d.issueDate(),
                d.deadline(),
                d.status(),
                false,
                new HashSet<>(targets));
    }

    private static CampaignDraft withDeadline(CampaignDraft d, LocalDate deadline) {
        return new CampaignDraft(
                d.title(),
                d.cableReference(),
                d.objective(),
                d.issueDate(),
                deadline,
                d.status(),
                d.allCountries(),
                d.targetCountryIds());
    }
}
