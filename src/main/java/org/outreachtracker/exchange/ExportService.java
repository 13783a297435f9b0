package org.outreachtracker.exchange;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.counterpart.CounterpartFilter;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.coverage.CountryCoverage;
import org.outreachtracker.coverage.CoverageFilter;
import org.outreachtracker.coverage.CoverageService;
import org.outreachtracker.coverage.DashboardFigures;
import org.outreachtracker.coverage.DashboardService;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.Reaction;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.reference.RegionRef;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Exports of what a user sees, as CSV or Excel, each naming the filters that chose its rows.
 * Every row comes through the feature's own service, so an export holds exactly what its user
 * may read; rows are fetched a page at a time and written straight to the output. There is no
 * transaction around an export (a slow download must not hold a database connection); each
 * export is audited once, when it ends.
 */
@Service
public class ExportService {

    /** Rows fetched from a service at a time. */
    static final int PAGE_SIZE = 1_000;
    /** {@link #PAGE_SIZE}, smaller in a test that checks the paging. */
    int pageSize = PAGE_SIZE;
    static final String ANY = "(any)";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final MeetingService meetings;
    private final FollowUpService followUps;
    private final CounterpartService counterparts;
    private final CoverageService coverage;
    private final DashboardService dashboard;
    private final CampaignService campaigns;
    private final ReferenceService reference;
    private final UserAccountService users;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final HandlingMarkings markings;

    ExportService(MeetingService meetings, FollowUpService followUps, CounterpartService counterparts,
            CoverageService coverage, DashboardService dashboard, CampaignService campaigns,
            ReferenceService reference, UserAccountService users, CurrentUser currentUser, AuditLog audit,
            Clock clock, HandlingMarkings markings) {
        this.meetings = meetings;
        this.followUps = followUps;
        this.counterparts = counterparts;
        this.coverage = coverage;
        this.dashboard = dashboard;
        this.campaigns = campaigns;
        this.reference = reference;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.markings = markings;
    }

    /** The meetings list as filtered (and sorted, when {@code sort} is given), newest first otherwise. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public ExportResult meetings(MeetingFilter filter, Sort sort, ExportFormat format, OutputStream out,
            ExportProgress progress) {
        List<ExportHeading.Fact> facts = new ArrayList<>(stamp());
        facts.addAll(describe(filter));
        Sort order = sort == null || sort.isUnsorted() ? Sort.by(Sort.Direction.DESC, "meetingDate") : sort;
        return export(AuditedObject.MEETING, null, "Meetings", format, out, progress,
                new ExportHeading(markings.highest(meetings.handlingMarkingsOf(filter)), "Outreach Tracker — meetings",
                        facts),
                List.of("Meeting ID", "Date", "Campaign", "Country", "Bureau", "Post", "Counterparts", "Format",
                        "Response", "Reported by", "Marking"),
                meetings.count(filter),
                page -> meetings.search(filter, PageRequest.of(page, pageSize, order)),
                (MeetingRow row) -> List.of(row.id(), row.meetingDate(), row.campaignTitle(), row.countryName(),
                        row.regionCode(), row.postName(), row.counterparts(), row.format().label(),
                        OverallResponse.labelOf(row.overallResponse()), row.reportedBy(),
                        markings.highest(List.of(row.handlingMarking()))));
    }

    /** Follow-ups as the follow-ups list filters them, soonest due first. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public ExportResult followUps(FollowUpFilter filter, ExportFormat format, OutputStream out,
            ExportProgress progress) {
        Map<Long, String> people = users.users().stream().collect(Collectors.toMap(UserRef::id, UserRef::displayName));
        Map<Long, String> campaignTitles = campaignTitles();
        Map<Long, CountryRef> countries = countries();
        List<ExportHeading.Fact> facts = new ArrayList<>(stamp());
        facts.add(fact("Owner", filter.ownerId() == null ? "Everyone" : people.getOrDefault(filter.ownerId(), ANY)));
        facts.add(fact("Status", filter.statuses().isEmpty() || filter.statuses().containsAll(
                EnumSet.allOf(FollowUpStatus.class)) ? ANY : filter.statuses().stream().sorted()
                .map(FollowUpStatus::label).collect(Collectors.joining(", "))));
        facts.add(fact("Overdue only", filter.overdueOnly() ? "Yes" : "No"));
        facts.add(fact("Campaign", filter.campaignId() == null ? ANY : campaignTitles.getOrDefault(filter.campaignId(), ANY)));
        facts.add(fact("Country", filter.countryId() == null ? ANY : name(countries.get(filter.countryId()))));
        if (filter.meetingId() != null) {
            facts.add(fact("Meeting", "#" + filter.meetingId()));
        }
        Sort order = Sort.by("dueDate").and(Sort.by("id"));
        // Each follow-up carries the marking of the meeting it came from; the file, the highest of them.
        Map<Long, String> meetingMarkings = meetings.handlingMarkingsOf(followUps.meetingIds(filter));
        return export(AuditedObject.FOLLOW_UP, null, "Follow-ups", format, out, progress,
                new ExportHeading(markings.highest(meetingMarkings.values()), "Outreach Tracker — follow-ups", facts),
                List.of("Description", "Campaign", "Country", "Meeting ID", "Owner", "Due date", "Priority",
                        "Status", "Overdue", "Completion note", "Marking"),
                followUps.count(filter),
                page -> followUps.search(filter, PageRequest.of(page, pageSize, order)),
                (FollowUpRef row) -> cells(row.description(), campaignTitles.getOrDefault(row.campaignId(), ""),
                        name(countries.get(row.countryId())), row.meetingId(),
                        people.getOrDefault(row.ownerId(), ""), row.dueDate(), row.priority().label(),
                        row.status().label(), row.overdue(), row.completionNote(), markings.highest(
                                row.meetingId() == null ? List.of()
                                : java.util.Collections.singletonList(meetingMarkings.get(row.meetingId())))));
    }

    /**
     * The counterpart directory as filtered, by name, in the columns the counterpart import
     * reads (name, title, organization, country, level): an exported file imports back as it is.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public ExportResult counterparts(CounterpartFilter filter, ExportFormat format, OutputStream out,
            ExportProgress progress) {
        Map<Long, CountryRef> countries = countries();
        List<ExportHeading.Fact> facts = new ArrayList<>(stamp());
        facts.add(fact("Search", blank(filter.text()) ? ANY : filter.text()));
        facts.add(fact("Country", filter.countryId() == null ? ANY : name(countries.get(filter.countryId()))));
        facts.add(fact("Level", filter.level() == null ? ANY : filter.level().label()));
        Sort order = Sort.by("name").and(Sort.by("id"));
        return export(AuditedObject.COUNTERPART, null, "Counterparts", format, out, progress,
                new ExportHeading(markings.highest(List.of()), "Outreach Tracker — counterparts", facts),
                CounterpartColumns.ALL,
                counterparts.count(filter),
                page -> counterparts.search(filter, PageRequest.of(page, pageSize, order)),
                (CounterpartRef row) -> List.of(row.name(), row.title(), row.organization(),
                        name(countries.get(row.countryId())), row.level().label()));
    }

    /**
     * The coverage table of a campaign: every country (or a bureau's), its status, meetings and
     * follow-ups, with meetings counted within the dates of {@code filter}. Managers only.
     */
    @RolesAllowed(Roles.MANAGER)
    public ExportResult coverage(long campaignId, Long regionId, CoverageFilter filter, ExportFormat format,
            OutputStream out, ExportProgress progress) {
        CampaignDetails campaign = campaign(campaignId);
        Map<Long, CountryRef> countries = countries();
        Map<Long, RegionRef> regions = reference.regions().stream()
                .collect(Collectors.toMap(RegionRef::id, Function.identity()));
        List<CountryCoverage> rows = coverage.coverage(campaignId, filter).stream()
                .filter(c -> regionId == null || countries.get(c.countryId()).regionId() == regionId).toList();
        List<ExportHeading.Fact> facts = new ArrayList<>(stamp());
        facts.add(fact("Campaign", campaign.title() + " (" + campaign.cableReference() + ")"));
        facts.add(fact("Bureau", regionId == null ? "All bureaus" : regions.get(regionId).name()));
        facts.add(fact("Meetings from", filter.from() == null ? ANY : filter.from().toString()));
        facts.add(fact("Meetings to", filter.to() == null ? ANY : filter.to().toString()));
        return export(AuditedObject.CAMPAIGN, campaignId, "Coverage table", format, out, progress,
                new ExportHeading(markings.highest(meetings.handlingMarkingsOf(new MeetingFilter(campaignId, regionId,
                        null, null, null, false, filter.from(), filter.to(), null, null, null))),
                        "Outreach Tracker — coverage by country", facts),
                List.of("Country", "ISO code", "Bureau", "Targeted", "Status", "Meetings", "Last meeting",
                        "Open follow-ups", "Overdue follow-ups"),
                rows.size(), page -> page == 0 ? new org.springframework.data.domain.PageImpl<>(rows)
                        : Page.<CountryCoverage>empty(),
                (CountryCoverage row) -> {
                    CountryRef country = countries.get(row.countryId());
                    return cells(country.name(), country.code(), regions.get(country.regionId()).name(),
                            row.targeted(), row.status().label(), row.meetings(), row.lastMeetingDate(),
                            row.openFollowUps(), row.overdueFollowUps());
                });
    }

    /** The talking point × reaction matrix of a campaign's dashboard. Managers only. */
    @RolesAllowed(Roles.MANAGER)
    public ExportResult reactionMatrix(long campaignId, ExportFormat format, OutputStream out,
            ExportProgress progress) {
        DashboardFigures figures = dashboard.figures(campaignId);
        CampaignDetails campaign = figures.campaign();
        List<ExportHeading.Fact> facts = new ArrayList<>(stamp());
        facts.add(fact("Campaign", campaign.title() + " (" + campaign.cableReference() + ")"));
        List<String> columns = new ArrayList<>(List.of("Position", "Talking point"));
        for (Reaction reaction : Reaction.values()) {
            columns.add(reaction.label());
        }
        columns.add("Raised");
        List<DashboardFigures.PointReactions> rows = figures.matrix();
        return export(AuditedObject.CAMPAIGN, campaignId, "Reaction matrix", format, out, progress,
                new ExportHeading(markings.highest(meetings.handlingMarkingsOf(MeetingFilter.none().withCampaign(campaignId))),
                        "Outreach Tracker — reactions to each talking point", facts), columns,
                rows.size(), page -> page == 0 ? new org.springframework.data.domain.PageImpl<>(rows)
                        : Page.<DashboardFigures.PointReactions>empty(),
                (DashboardFigures.PointReactions point) -> {
                    List<Object> cells = new ArrayList<>();
                    cells.add(point.position());
                    cells.add(point.label());
                    for (Reaction reaction : Reaction.values()) {
                        cells.add(point.count(reaction));
                    }
                    cells.add(point.raised());
                    return cells;
                });
    }

    /** Fetches pages, writes rows, reports progress, and audits the export once. */
    private <T> ExportResult export(AuditedObject type, Object id, String what, ExportFormat format,
            OutputStream out, ExportProgress progress, ExportHeading heading, List<String> columns, long total,
            Function<Integer, Page<T>> pages, Function<T, List<?>> cells) {
        if (format == null) {
            throw new RuleViolationException("Choose CSV or Excel.");
        }
        String description = what + " as " + format.label() + "; " + heading.facts().stream()
                .skip(1).map(f -> f.label() + ": " + f.value()).collect(Collectors.joining("; "));
        long written = 0;
        try (TableSink sink = TableSink.open(format, out, heading, columns)) {
            progress.rows(0, total);
            for (int page = 0; ; page++) {
                Page<T> content = pages.apply(page);
                for (T row : content.getContent()) {
                    sink.row(cells.apply(row));
                    written++;
                }
                progress.rows(written, Math.max(total, written));
                if (!content.hasNext() || content.getContent().isEmpty()) {
                    break;
                }
            }
            sink.finish(written);
        } catch (IOException | UncheckedIOException failed) {
            audit.event(null, AuditAction.EXPORTED, type, id, AuditOutcome.FAILURE, null,
                    description + "; stopped after " + written + " rows: " + failed.getMessage());
            throw failed instanceof IOException io ? new UncheckedIOException(io) : (UncheckedIOException) failed;
        }
        audit.event(null, AuditAction.EXPORTED, type, id, AuditOutcome.SUCCESS, null,
                description + "; " + written + (written == 1 ? " row" : " rows"));
        return new ExportResult(written);
    }

    private List<ExportHeading.Fact> stamp() {
        String who = currentUser.get().map(user -> user.displayName() + " (" + user.username() + ")").orElse("system");
        return List.of(fact("Exported", STAMP.format(clock.instant()) + " by " + who));
    }

    /** Each condition of the meetings filter, by name. */
    private List<ExportHeading.Fact> describe(MeetingFilter filter) {
        Map<Long, CountryRef> countries = countries();
        List<ExportHeading.Fact> facts = new ArrayList<>();
        facts.add(fact("Campaign", filter.campaignId() == null ? ANY
                : campaignTitles().getOrDefault(filter.campaignId(), "#" + filter.campaignId())));
        facts.add(fact("Bureau", filter.regionId() == null ? ANY : reference.regions().stream()
                .filter(r -> r.id() == filter.regionId()).map(RegionRef::name).findFirst().orElse(ANY)));
        facts.add(fact("Country", filter.countryId() == null ? ANY : name(countries.get(filter.countryId()))));
        facts.add(fact("Post", filter.postId() == null ? ANY : reference.posts().stream()
                .filter(p -> p.id() == filter.postId()).map(PostRef::name).findFirst().orElse(ANY)));
        facts.add(fact("Response", filter.response() != null ? filter.response().label()
                : filter.pendingOnly() ? OverallResponse.PENDING_LABEL : ANY));
        facts.add(fact("From", filter.from() == null ? ANY : filter.from().toString()));
        facts.add(fact("To", filter.to() == null ? ANY : filter.to().toString()));
        facts.add(fact("Search", blank(filter.text()) ? ANY : filter.text()));
        if (filter.counterpartId() != null) {
            facts.add(fact("Counterpart", counterparts.counterpart(filter.counterpartId())
                    .map(CounterpartRef::name).orElse("#" + filter.counterpartId())));
        }
        if (filter.reportedById() != null) {
            facts.add(fact("Reported by", users.user(filter.reportedById()).map(UserRef::displayName)
                    .orElse("#" + filter.reportedById())));
        }
        if (filter.talkingPointId() != null) {
            String point = filter.campaignId() == null ? "#" + filter.talkingPointId()
                    : campaigns.points(filter.campaignId()).stream().filter(p -> p.id() == filter.talkingPointId())
                    .map(p -> p.position() + ". " + p.label()).findFirst().orElse("#" + filter.talkingPointId());
            facts.add(fact("Talking point", point + (filter.reaction() == null ? ""
                    : ", reaction " + filter.reaction().label())));
        }
        return facts;
    }

    private CampaignDetails campaign(long campaignId) {
        return campaigns.campaign(campaignId)
                .orElseThrow(() -> new RuleViolationException("This campaign no longer exists."));
    }

    private Map<Long, String> campaignTitles() {
        return campaigns.campaignsIn(EnumSet.allOf(CampaignStatus.class)).stream()
                .collect(Collectors.toMap(CampaignSummary::id, CampaignSummary::title));
    }

    private Map<Long, CountryRef> countries() {
        return reference.countries().stream().collect(Collectors.toMap(CountryRef::id, Function.identity()));
    }

    private static String name(CountryRef country) {
        return country == null ? "" : country.name();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static ExportHeading.Fact fact(String label, String value) {
        return new ExportHeading.Fact(label, value);
    }

    /** A row's cells; unlike List.of, it keeps nulls (empty cells). */
    private static List<Object> cells(Object... values) {
        return java.util.Arrays.asList(values);
    }

}
