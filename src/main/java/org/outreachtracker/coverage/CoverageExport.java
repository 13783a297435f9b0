package org.outreachtracker.coverage;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.export.ExportFormat;
import org.outreachtracker.base.export.ExportHeading;
import org.outreachtracker.base.export.ExportProgress;
import org.outreachtracker.base.export.ExportResult;
import org.outreachtracker.base.export.HandlingMarkings;
import org.outreachtracker.base.export.TableExport;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.Reaction;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Service;

/**
 * A campaign's coverage table and its talking point × reaction matrix, as CSV or Excel files
 * naming what chose their rows. Managers only; each export is audited once, when it ends.
 */
@Service
public class CoverageExport {

    private final CoverageService coverage;
    private final DashboardService dashboard;
    private final CampaignService campaigns;
    private final ReferenceService reference;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final HandlingMarkings markings;

    CoverageExport(
            CoverageService coverage,
            DashboardService dashboard,
            CampaignService campaigns,
            ReferenceService reference,
            MeetingService meetings,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            HandlingMarkings markings) {
        this.coverage = coverage;
        this.dashboard = dashboard;
        this.campaigns = campaigns;
        this.reference = reference;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.markings = markings;
    }

    /**
     * The coverage table of a campaign: every country (or a bureau's), its status, meetings and
     * follow-ups, with meetings counted within the dates of {@code filter}. Managers only.
     */
    @RolesAllowed(Roles.MANAGER)
    public ExportResult coverage(
            long campaignId,
            Long bureauId,
            CoverageFilter filter,
            ExportFormat format,
            OutputStream out,
            ExportProgress progress) {
        String any = TableExport.ANY;
        CampaignDetails campaign = campaigns
                .campaign(campaignId)
                .orElseThrow(() -> RuleViolationException.because("refusal.coverage.campaignGone"));
        Map<Long, CountryRef> countries =
                reference.countries().stream().collect(Collectors.toMap(CountryRef::id, Function.identity()));
        Map<Long, BureauRef> bureaus =
                reference.bureaus().stream().collect(Collectors.toMap(BureauRef::id, Function.identity()));
        List<CountryCoverage> rows = coverage.coverage(campaignId, filter).stream()
                .filter(c -> bureauId == null || countries.get(c.countryId()).bureauId() == bureauId)
                .toList();
        List<ExportHeading.Fact> facts = new ArrayList<>();
        facts.add(stamp());
        facts.add(TableExport.fact("Campaign", campaign.title() + " (" + campaign.cableReference() + ")"));
        facts.add(TableExport.fact(
                "Bureau",
                bureauId == null ? "All bureaus" : bureaus.get(bureauId).name()));
        facts.add(TableExport.fact(
                "Meetings from", filter.from() == null ? any : filter.from().toString()));
        facts.add(TableExport.fact(
                "Meetings to", filter.to() == null ? any : filter.to().toString()));
        String marking = markings.highest(
                meetings.handlingMarkings(),
                meetings.handlingMarkingsOf(new MeetingFilter(
                        campaignId, bureauId, null, null, null, false, filter.from(), filter.to(), null, null, null)));
        return TableExport.write(
                "Coverage table",
                format,
                out,
                progress,
                new ExportHeading(marking, "Outreach Tracker — coverage by country", facts),
                List.of(
                        "Country",
                        "ISO code",
                        "Bureau",
                        "Targeted",
                        "Status",
                        "Meetings",
                        "Last meeting",
                        "Open follow-ups",
                        "Overdue follow-ups"),
                rows.size(),
                page -> page == 0 ? new PageImpl<>(rows) : Page.<CountryCoverage>empty(),
                (CountryCoverage row) -> {
                    CountryRef country = countries.get(row.countryId());
                    return TableExport.cells(
                            country.name(),
                            country.code(),
                            bureaus.get(country.bureauId()).name(),
                            row.targeted(),
                            row.status().label(),
                            row.meetings(),
                            row.lastMeetingDate(),
                            row.openFollowUps(),
                            row.overdueFollowUps());
                },
                ended(campaignId));
    }

    /** The talking point × reaction matrix of a campaign's dashboard. Managers only. */
    @RolesAllowed(Roles.MANAGER)
    public ExportResult reactionMatrix(
            long campaignId, ExportFormat format, OutputStream out, ExportProgress progress) {
        DashboardFigures figures = dashboard.figures(campaignId);
        CampaignDetails campaign = figures.campaign();
        List<ExportHeading.Fact> facts = List.of(
                stamp(), TableExport.fact("Campaign", campaign.title() + " (" + campaign.cableReference() + ")"));
        List<String> columns = new ArrayList<>(List.of("Points version", "Position", "Talking point"));
        for (Reaction reaction : Reaction.values()) {
            columns.add(reaction.label());
        }
        columns.add("Raised");
        List<DashboardFigures.PointReactions> rows = figures.matrix();
        String marking = markings.highest(
                meetings.handlingMarkings(),
                meetings.handlingMarkingsOf(MeetingFilter.none().withCampaign(campaignId)));
        return TableExport.write(
                "Reaction matrix",
                format,
                out,
                progress,
                new ExportHeading(marking, "Outreach Tracker — reactions to each talking point", facts),
                columns,
                rows.size(),
                page -> page == 0 ? new PageImpl<>(rows) : Page.<DashboardFigures.PointReactions>empty(),
                (DashboardFigures.PointReactions point) -> {
                    List<Object> cells = new ArrayList<>();
                    cells.add(point.pointsVersion());
                    cells.add(point.position());
                    cells.add(point.label());
                    for (Reaction reaction : Reaction.values()) {
                        cells.add(point.count(reaction));
                    }
                    cells.add(point.raised());
                    return cells;
                },
                ended(campaignId));
    }

    private ExportHeading.Fact stamp() {
        return TableExport.stamp(
                clock.instant(),
                currentUser
                        .get()
                        .map(user -> user.displayName() + " (" + user.username() + ")")
                        .orElse("system"));
    }

    private TableExport.Ended ended(long campaignId) {
        return (written, description) -> audit.event(
                null,
                AuditAction.EXPORTED,
                AuditedObject.CAMPAIGN,
                campaignId,
                written ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                null,
                description);
    }
}
