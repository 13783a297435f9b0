package org.outreachtracker.meeting;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.export.ExportFormat;
import org.outreachtracker.base.export.ExportHeading;
import org.outreachtracker.base.export.ExportProgress;
import org.outreachtracker.base.export.ExportResult;
import org.outreachtracker.base.export.HandlingMarkings;
import org.outreachtracker.base.export.TableExport;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The meetings list as a CSV or Excel file, naming the filters that chose its rows. The rows come
 * through {@link MeetingService}, so the file holds exactly what its user may read; there is no
 * transaction around it (a slow download must not hold a database connection); it is audited
 * once, when it ends.
 */
@Service
public class MeetingExport {

    /** {@link TableExport#PAGE_SIZE}, smaller in a test that checks the paging. */
    int pageSize = TableExport.PAGE_SIZE;

    private final MeetingService meetings;
    private final FollowUpService followUps;
    private final CampaignService campaigns;
    private final CounterpartService counterparts;
    private final ReferenceService reference;
    private final UserAccountService users;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final HandlingMarkings markings;

    MeetingExport(
            MeetingService meetings,
            FollowUpService followUps,
            CampaignService campaigns,
            CounterpartService counterparts,
            ReferenceService reference,
            UserAccountService users,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            HandlingMarkings markings) {
        this.meetings = meetings;
        this.followUps = followUps;
        this.campaigns = campaigns;
        this.counterparts = counterparts;
        this.reference = reference;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.markings = markings;
    }

    /** The meetings list as filtered (and sorted, when {@code sort} is given), newest first otherwise. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public ExportResult meetings(
            MeetingFilter filter, Sort sort, ExportFormat format, OutputStream out, ExportProgress progress) {
        List<ExportHeading.Fact> facts = new ArrayList<>();
        facts.add(TableExport.stamp(clock.instant(), who()));
        facts.addAll(describe(filter));
        Sort order = sort == null || sort.isUnsorted() ? Sort.by(Sort.Direction.DESC, "meetingDate") : sort;
        List<String> markingOrder = meetings.handlingMarkings();
        Map<String, String> bureaus =
                reference.bureaus().stream().collect(Collectors.toMap(BureauRef::code, BureauRef::name));
        Map<Long, String> people = new HashMap<>();
        users.users().forEach(user -> people.put(user.id(), user.displayName()));
        // Each page's texts and follow-ups are read together, before its rows are written.
        var page = new PageTexts();
        return TableExport.write(
                "Meetings",
                format,
                out,
                progress,
                new ExportHeading(
                        markings.highest(markingOrder, meetings.handlingMarkingsOf(filter)),
                        "Outreach Tracker — meetings",
                        facts),
                List.of(
                        "Meeting ID",
                        "Date",
                        "Campaign",
                        "Country",
                        "Bureau",
                        "Post",
                        "Counterparts",
                        "Format",
                        "Delivered by",
                        "Response",
                        "Points and reactions",
                        "Summary",
                        "Their words",
                        "Follow-ups",
                        "Reported by",
                        TableExport.ROW_MARKING),
                meetings.count(filter),
                number -> page.read(meetings.search(filter, PageRequest.of(number, pageSize, order)), people),
                (MeetingRow row) -> {
                    MeetingText text = page.texts.get(row.id());
                    return List.of(
                            row.id(),
                            row.meetingDate(),
                            row.campaignTitle(),
                            row.countryName(),
                            bureaus.getOrDefault(row.bureauCode(), row.bureauCode()),
                            row.postName(),
                            row.counterparts(),
                            row.format().label(),
                            text == null ? "" : text.deliveredBy(),
                            OverallResponse.labelOf(row.overallResponse()),
                            text == null ? "" : text.points(),
                            text == null ? "" : text.summary(),
                            text == null || text.responseQuote() == null ? "" : text.responseQuote(),
                            page.followUps.getOrDefault(row.id(), ""),
                            row.reportedBy(),
                            markings.highest(markingOrder, List.of(row.handlingMarking())));
                },
                (written, description) -> audit.event(
                        null,
                        AuditAction.EXPORTED,
                        AuditedObject.MEETING,
                        null,
                        written ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                        null,
                        description));
    }

    /** The texts and follow-ups of the page of meetings being written. */
    private final class PageTexts {
        private Map<Long, MeetingText> texts = Map.of();
        private Map<Long, String> followUps = Map.of();

        Page<MeetingRow> read(Page<MeetingRow> rows, Map<Long, String> people) {
            List<Long> ids = rows.getContent().stream().map(MeetingRow::id).toList();
            texts = meetings.texts(ids);
            followUps = MeetingExport.this.followUps.forMeetings(ids).stream()
                    .collect(Collectors.groupingBy(
                            FollowUpRef::meetingId,
                            Collectors.mapping(
                                    f -> f.description() + " (" + people.getOrDefault(f.ownerId(), "") + ", due "
                                            + f.dueDate() + ", " + f.status().label() + ")",
                                    Collectors.joining("; "))));
            return rows;
        }
    }

    private String who() {
        return currentUser
                .get()
                .map(user -> user.displayName() + " (" + user.username() + ")")
                .orElse("system");
    }

    /** Each condition of the meetings filter, by name. */
    private List<ExportHeading.Fact> describe(MeetingFilter filter) {
        String any = TableExport.ANY;
        List<ExportHeading.Fact> facts = new ArrayList<>();
        facts.add(TableExport.fact(
                "Campaign",
                filter.campaignId() == null
                        ? any
                        : campaigns.campaignsIn(EnumSet.allOf(CampaignStatus.class)).stream()
                                .collect(Collectors.toMap(CampaignSummary::id, CampaignSummary::title))
                                .getOrDefault(filter.campaignId(), "#" + filter.campaignId())));
        facts.add(TableExport.fact(
                "Bureau",
                filter.bureauId() == null
                        ? any
                        : reference.bureaus().stream()
                                .filter(r -> r.id() == filter.bureauId())
                                .map(BureauRef::name)
                                .findFirst()
                                .orElse(any)));
        facts.add(TableExport.fact(
                "Country",
                filter.countryId() == null
                        ? any
                        : reference.countries().stream()
                                .filter(c -> c.id() == filter.countryId())
                                .map(CountryRef::name)
                                .findFirst()
                                .orElse("")));
        facts.add(TableExport.fact(
                "Post",
                filter.postId() == null
                        ? any
                        : reference.posts().stream()
                                .filter(p -> p.id() == filter.postId())
                                .map(PostRef::name)
                                .findFirst()
                                .orElse(any)));
        facts.add(TableExport.fact(
                "Response",
                filter.response() != null
                        ? filter.response().label()
                        : filter.pendingOnly() ? OverallResponse.PENDING_LABEL : any));
        facts.add(TableExport.fact(
                "From", filter.from() == null ? any : filter.from().toString()));
        facts.add(TableExport.fact("To", filter.to() == null ? any : filter.to().toString()));
        facts.add(TableExport.fact(
                "Search", filter.text() == null || filter.text().isBlank() ? any : filter.text()));
        if (filter.counterpartId() != null) {
            facts.add(TableExport.fact(
                    "Counterpart",
                    counterparts
                            .counterpart(filter.counterpartId())
                            .map(CounterpartRef::name)
                            .orElse("#" + filter.counterpartId())));
        }
        if (filter.reportedById() != null) {
            facts.add(TableExport.fact(
                    "Reported by",
                    users.user(filter.reportedById()).map(UserRef::displayName).orElse("#" + filter.reportedById())));
        }
        if (filter.talkingPointId() != null) {
            String point = filter.campaignId() == null
                    ? "#" + filter.talkingPointId()
                    : campaigns
                            .campaign(filter.campaignId())
                            .flatMap(c -> c.pointName(filter.talkingPointId()))
                            .orElse("#" + filter.talkingPointId());
            facts.add(TableExport.fact(
                    "Talking point",
                    point
                            + (filter.reaction() == null
                                    ? ""
                                    : ", reaction " + filter.reaction().label())));
        }
        return facts;
    }
}
