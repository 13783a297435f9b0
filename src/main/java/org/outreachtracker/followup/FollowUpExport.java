package org.outreachtracker.followup;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Follow-ups as the follow-ups list filters them, as a CSV or Excel file naming the filters. The
 * rows come through {@link FollowUpService}, so the file holds exactly what its user may read; it
 * is audited once, when it ends.
 */
@Service
public class FollowUpExport {

    private final FollowUpService followUps;
    private final MeetingMarkings meetingMarkings;
    private final CampaignService campaigns;
    private final ReferenceService reference;
    private final UserAccountService users;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final HandlingMarkings markings;

    FollowUpExport(
            FollowUpService followUps,
            MeetingMarkings meetingMarkings,
            CampaignService campaigns,
            ReferenceService reference,
            UserAccountService users,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            HandlingMarkings markings) {
        this.followUps = followUps;
        this.meetingMarkings = meetingMarkings;
        this.campaigns = campaigns;
        this.reference = reference;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.markings = markings;
    }

    /** Follow-ups as the follow-ups list filters them, soonest due first. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public ExportResult followUps(
            FollowUpFilter filter, ExportFormat format, OutputStream out, ExportProgress progress) {
        String any = TableExport.ANY;
        Map<Long, String> people = users.users().stream().collect(Collectors.toMap(UserRef::id, UserRef::displayName));
        Map<Long, String> campaignTitles = campaigns.campaignsIn(EnumSet.allOf(CampaignStatus.class)).stream()
                .collect(Collectors.toMap(CampaignSummary::id, CampaignSummary::title));
        Map<Long, CountryRef> countries =
                reference.countries().stream().collect(Collectors.toMap(CountryRef::id, Function.identity()));
        List<ExportHeading.Fact> facts = new ArrayList<>();
        facts.add(TableExport.stamp(
                clock.instant(),
                currentUser
                        .get()
                        .map(user -> user.displayName() + " (" + user.username() + ")")
                        .orElse("system")));
        facts.add(TableExport.fact(
                "Owner", filter.ownerId() == null ? "Everyone" : people.getOrDefault(filter.ownerId(), any)));
        facts.add(TableExport.fact(
                "Status",
                filter.statuses().isEmpty() || filter.statuses().containsAll(EnumSet.allOf(FollowUpStatus.class))
                        ? any
                        : filter.statuses().stream()
                                .sorted()
                                .map(FollowUpStatus::label)
                                .collect(Collectors.joining(", "))));
        facts.add(TableExport.fact("Overdue only", filter.overdueOnly() ? "Yes" : "No"));
        facts.add(TableExport.fact(
                "Campaign", filter.campaignId() == null ? any : campaignTitles.getOrDefault(filter.campaignId(), any)));
        facts.add(TableExport.fact(
                "Country", filter.countryId() == null ? any : name(countries.get(filter.countryId()))));
        if (filter.meetingId() != null) {
            facts.add(TableExport.fact("Meeting", "#" + filter.meetingId()));
        }
        Sort order = Sort.by("dueDate").and(Sort.by("id"));
        // Each follow-up carries the marking of the meeting it came from; the file, the highest of them.
        List<String> markingOrder = meetingMarkings.order();
        Map<Long, String> byMeeting = meetingMarkings.of(followUps.meetingIds(filter));
        return TableExport.write(
                "Follow-ups",
                format,
                out,
                progress,
                new ExportHeading(
                        markings.highest(markingOrder, byMeeting.values()), "Outreach Tracker — follow-ups", facts),
                List.of(
                        "Description",
                        "Campaign",
                        "Country",
                        "Meeting ID",
                        "Owner",
                        "Due date",
                        "Priority",
                        "Status",
                        "Overdue",
                        "Completion note",
                        TableExport.ROW_MARKING),
                followUps.count(filter),
                page -> followUps.search(filter, PageRequest.of(page, TableExport.PAGE_SIZE, order)),
                (FollowUpRef row) -> TableExport.cells(
                        row.description(),
                        campaignTitles.getOrDefault(row.campaignId(), ""),
                        name(countries.get(row.countryId())),
                        row.meetingId(),
                        people.getOrDefault(row.ownerId(), ""),
                        row.dueDate(),
                        row.priority().label(),
                        row.status().label(),
                        row.overdue(),
                        row.completionNote(),
                        markings.highest(
                                markingOrder,
                                row.meetingId() == null
                                        ? List.of()
                                        : Collections.singletonList(byMeeting.get(row.meetingId())))),
                (written, description) -> audit.event(
                        null,
                        AuditAction.EXPORTED,
                        AuditedObject.FOLLOW_UP,
                        null,
                        written ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                        null,
                        description));
    }

    private static String name(CountryRef country) {
        return country == null ? "" : country.name();
    }
}
