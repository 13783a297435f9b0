package org.outreachtracker.exchange;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.time.Clock;
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
import org.outreachtracker.coverage.CountryCampaignCoverage;
import org.outreachtracker.coverage.CoverageService;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.meeting.MeetingDetails;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.MeetingService;
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
 * Documents made from the records: a reporting-cable draft of a meeting and a country brief
 * (shown as a page and printed, or as PDF). Desk officers and managers, who read every meeting,
 * may have both; everything comes through the features' own services.
 */
@Service
public class ReportService {

    /** How much of each list one brief page holds (the PDF cuts further if a page still overflows). */
    static final int BRIEF_CAMPAIGNS = 5;
    static final int BRIEF_MEETINGS = 6;
    static final int BRIEF_COUNTERPARTS = 8;
    static final int BRIEF_FOLLOW_UPS = 6;
    /** Counterparts of a country looked at for their positions (the directory of one country is short). */
    static final int COUNTERPARTS_CONSIDERED = 200;

    private final MeetingService meetings;
    private final FollowUpService followUps;
    private final CounterpartService counterparts;
    private final CoverageService coverage;
    private final CampaignService campaigns;
    private final ReferenceService reference;
    private final UserAccountService users;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final HandlingMarkings markings;

    ReportService(MeetingService meetings, FollowUpService followUps, CounterpartService counterparts,
            CoverageService coverage, CampaignService campaigns, ReferenceService reference,
            UserAccountService users, CurrentUser currentUser, AuditLog audit, Clock clock,
            HandlingMarkings markings) {
        this.meetings = meetings;
        this.followUps = followUps;
        this.counterparts = counterparts;
        this.coverage = coverage;
        this.campaigns = campaigns;
        this.reference = reference;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.markings = markings;
    }

    /** What a reporting cable on this meeting says; empty when the meeting does not exist (or was deleted). */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public Optional<CableFacts> cableFacts(long meetingId) {
        Optional<MeetingDetails> found = meetings.meeting(meetingId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MeetingDetails meeting = found.get();
        CampaignDetails campaign = campaigns.campaign(meeting.campaignId()).orElseThrow();
        String country = reference.country(meeting.countryId()).map(CountryRef::name).orElse("");
        String post = reference.posts().stream().filter(p -> p.id() == meeting.postId()).map(PostRef::name)
                .findFirst().orElse("");
        List<String> met = counterparts.counterparts(meeting.counterpartIds()).stream()
                .sorted(Comparator.comparing(CounterpartRef::name)).map(CounterpartRef::describe).toList();
        Map<Long, String> people = people();
        List<CableFacts.FollowUpLine> actions = followUps.forMeeting(meetingId).stream()
                .map(f -> new CableFacts.FollowUpLine(f.description(), people.getOrDefault(f.ownerId(), "unknown owner"),
                        f.dueDate(), f.status().label()))
                .toList();
        return Optional.of(new CableFacts(meeting.id(), markings.highest(List.of(meeting.handlingMarking())),
                campaign.title(),
                campaign.cableReference(), country, post, meeting.meetingDate(), meeting.format(),
                meeting.deliveredBy(), met, meeting.points(), meeting.overallResponse(), meeting.summary(),
                meeting.responseQuote(), actions));
    }

    /** The brief on a country, by its ISO 3166-1 alpha-2 code; empty when there is no such country. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public Optional<CountryBrief> countryBrief(String countryCode) {
        Optional<CountryRef> found = reference.countryByCode(countryCode);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CountryRef country = found.get();
        String bureau = reference.regions().stream().filter(r -> r.id() == country.regionId())
                .map(RegionRef::name).findFirst().orElse("");
        Map<Long, String> people = people();

        MeetingFilter inCountry = MeetingFilter.none().withCountry(country.id());
        Page<MeetingRow> latest = meetings.search(inCountry, PageRequest.of(0, BRIEF_MEETINGS,
                Sort.by(Sort.Direction.DESC, "meetingDate")));

        CounterpartFilter directory = new CounterpartFilter(null, country.id(), null);
        Page<CounterpartRef> known = counterparts.search(directory, PageRequest.of(0, COUNTERPARTS_CONSIDERED,
                Sort.by("name").and(Sort.by("id"))));
        List<CountryBrief.Position> positions = new ArrayList<>();
        for (CounterpartRef counterpart : known.getContent()) {
            positions.add(position(counterpart));
        }
        positions.sort(Comparator.comparing(CountryBrief.Position::lastMet,
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(p -> p.counterpart().name()));

        Map<Long, String> campaignTitles = campaigns.campaignsIn(EnumSet.allOf(CampaignStatus.class)).stream()
                .collect(Collectors.toMap(CampaignSummary::id, CampaignSummary::title));
        FollowUpFilter open = FollowUpFilter.all().withStatuses(FollowUpStatus.OUTSTANDING).withCountry(country.id());
        Page<FollowUpRef> actions = followUps.search(open, PageRequest.of(0, BRIEF_FOLLOW_UPS,
                Sort.by("dueDate").and(Sort.by("id"))));
        List<CountryBrief.OpenFollowUp> openFollowUps = actions.getContent().stream()
                .map(f -> new CountryBrief.OpenFollowUp(f.description(), campaignTitles.getOrDefault(f.campaignId(), ""),
                        people.getOrDefault(f.ownerId(), ""), f.dueDate(), f.status().label(), f.overdue()))
                .toList();

        // Active campaigns first, then closed ones that targeted or reached the country; newest first within each.
        List<CountryCampaignCoverage> standing = coverage.country(country.id()).stream()
                .filter(c -> c.campaign().status() == CampaignStatus.ACTIVE || c.coverage().targeted()
                        || c.coverage().status().isApproached())
                .sorted(Comparator.comparing(c -> c.campaign().status() != CampaignStatus.ACTIVE))
                .toList();

        String preparedBy = currentUser.get().map(u -> u.displayName()).orElse("system");
        // The statuses and counts draw on every meeting with the country, so the brief carries the highest of their markings.
        String marking = markings.highest(meetings.handlingMarkingsOf(inCountry));
        return Optional.of(new CountryBrief(country, bureau, marking, clock.instant(), preparedBy,
                standing.subList(0, Math.min(BRIEF_CAMPAIGNS, standing.size())), standing.size(),
                latest.getContent(), latest.getTotalElements(),
                positions.subList(0, Math.min(BRIEF_COUNTERPARTS, positions.size())), known.getTotalElements(),
                openFollowUps, actions.getTotalElements()));
    }

    /** Writes the brief on a country as a one-page PDF and audits it; refused when there is no such country. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public void countryBriefPdf(String countryCode, OutputStream out) {
        CountryBrief brief = countryBrief(countryCode)
                .orElseThrow(() -> new RuleViolationException("There is no country with the code " + countryCode + "."));
        BriefPdf.write(brief, out);
        audit.event(null, AuditAction.EXPORTED, AuditedObject.COUNTRY, brief.country().code(), AuditOutcome.SUCCESS,
                null, "Country brief on " + brief.country().name() + " as PDF");
    }

    /** The latest meeting with a counterpart, and their reactions in it. */
    private CountryBrief.Position position(CounterpartRef counterpart) {
        List<MeetingRow> last = meetings.search(MeetingFilter.none().withCounterpart(counterpart.id()),
                PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "meetingDate"))).getContent();
        if (last.isEmpty()) {
            return new CountryBrief.Position(counterpart, null, null, null, List.of());
        }
        MeetingRow row = last.getFirst();
        var details = meetings.meeting(row.id());
        return new CountryBrief.Position(counterpart, row.meetingDate(), row.id(), row.overallResponse(),
                details.map(MeetingDetails::points).orElse(List.of()));
    }

    private Map<Long, String> people() {
        return users.users().stream().collect(Collectors.toMap(UserRef::id, UserRef::displayName));
    }
}
