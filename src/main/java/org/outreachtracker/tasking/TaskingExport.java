package org.outreachtracker.tasking;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.outreachtracker.base.export.ExportFormat;
import org.outreachtracker.base.export.ExportHeading;
import org.outreachtracker.base.export.ExportProgress;
import org.outreachtracker.base.export.ExportResult;
import org.outreachtracker.base.export.HandlingMarkings;
import org.outreachtracker.base.export.TableExport;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Taskings as the taskings list filters them (the lapsed ones: the posts to chase), as a CSV or
 * Excel file naming the filters. The rows come through {@link TaskingService}; the export is
 * audited once, when it ends. Taskings hold no meeting text, so the file carries the baseline
 * marking.
 */
@Service
public class TaskingExport {

    private final TaskingService taskings;
    private final CampaignService campaigns;
    private final ReferenceService reference;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final HandlingMarkings markings;

    TaskingExport(
            TaskingService taskings,
            CampaignService campaigns,
            ReferenceService reference,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            HandlingMarkings markings) {
        this.taskings = taskings;
        this.campaigns = campaigns;
        this.reference = reference;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.markings = markings;
    }

    /** The filtered taskings, by report-by date, then campaign and country. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public ExportResult taskings(TaskingFilter filter, ExportFormat format, OutputStream out, ExportProgress progress) {
        String any = TableExport.ANY;
        Map<Long, String> campaignTitles = campaigns.campaignsIn(EnumSet.allOf(CampaignStatus.class)).stream()
                .collect(Collectors.toMap(CampaignSummary::id, CampaignSummary::title));
        Map<Long, CountryRef> countries =
                reference.countries().stream().collect(Collectors.toMap(CountryRef::id, Function.identity()));
        Map<Long, String> bureaus =
                reference.bureaus().stream().collect(Collectors.toMap(BureauRef::id, BureauRef::name));
        Map<Long, String> posts = reference.posts().stream().collect(Collectors.toMap(PostRef::id, PostRef::name));
        List<ExportHeading.Fact> facts = new ArrayList<>();
        facts.add(TableExport.stamp(
                clock.instant(),
                currentUser
                        .get()
                        .map(user -> user.displayName() + " (" + user.username() + ")")
                        .orElse("system")));
        facts.add(TableExport.fact(
                "Campaign", filter.campaignId() == null ? any : campaignTitles.getOrDefault(filter.campaignId(), any)));
        facts.add(TableExport.fact(
                "State",
                filter.states().isEmpty()
                        ? any
                        : filter.states().stream()
                                .sorted()
                                .map(TaskingState::label)
                                .collect(Collectors.joining(", "))));
        facts.add(TableExport.fact(
                "Bureau", filter.bureauId() == null ? any : bureaus.getOrDefault(filter.bureauId(), any)));
        facts.add(TableExport.fact("Lapsed only", filter.lapsedOnly() ? "Yes" : "No"));
        Sort order = Sort.by("reportBy", "campaignId", "countryId", "id");
        return TableExport.write(
                "Taskings",
                format,
                out,
                progress,
                new ExportHeading(markings.baseline(), "Outreach Tracker — taskings", facts),
                List.of(
                        "Campaign",
                        "Country",
                        "Bureau",
                        "Post",
                        "State",
                        "Report by",
                        "Lapsed",
                        "Appointment requested",
                        "Delivered",
                        "Below minimum level",
                        "Report cable",
                        "Reported",
                        "Waiver reason",
                        "Waived by"),
                taskings.count(filter),
                page -> taskings.taskings(filter, PageRequest.of(page, TableExport.PAGE_SIZE, order)),
                (TaskingRef row) -> {
                    CountryRef country = countries.get(row.countryId());
                    return TableExport.cells(
                            campaignTitles.getOrDefault(row.campaignId(), ""),
                            country == null ? "" : country.name(),
                            country == null ? "" : bureaus.getOrDefault(country.bureauId(), ""),
                            row.postId() == null ? "" : posts.getOrDefault(row.postId(), ""),
                            row.state().label(),
                            row.reportBy(),
                            row.overdue(),
                            row.appointmentRequestedOn(),
                            row.deliveredOn(),
                            row.belowMinimumLevel(),
                            row.reportReference(),
                            row.reportedOn(),
                            row.waiverReason() == null ? "" : row.waiverReason().label(),
                            row.waivedBy());
                },
                (written, description) -> audit.event(
                        null,
                        AuditAction.EXPORTED,
                        AuditedObject.TASKING,
                        null,
                        written ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                        null,
                        description));
    }
}
