package org.outreachtracker.brief;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.export.HandlingMarkings;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.counterpart.CounterpartFilter;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.coverage.CountryCampaignCoverage;
import org.outreachtracker.coverage.CoverageService;
import org.outreachtracker.followup.CommitmentOutcome;
import org.outreachtracker.followup.CommitmentRef;
import org.outreachtracker.followup.CommitmentService;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.meeting.MeetingDetails;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The brief on a country (shown as a page and printed, or as a one-page PDF): where each campaign
 * stands there, the latest meetings, the counterparts' last positions and the open follow-ups.
 * Desk officers and managers, who read every meeting, may have it; everything comes through the
 * features' own services.
 */
@Service
public class BriefService {

    /** How much of each list one brief page holds (the PDF cuts further if a page still overflows). */
    static final int BRIEF_CAMPAIGNS = 5;

    static final int BRIEF_MEETINGS = 6;
    static final int BRIEF_COUNTERPARTS = 8;
    static final int BRIEF_FOLLOW_UPS = 6;
    static final int BRIEF_COMMITMENTS = 5;
    /** Counterparts of a country looked at for their positions (the directory of one country is short). */
    static final int COUNTERPARTS_CONSIDERED = 200;

    private final MeetingService meetings;
    private final FollowUpService followUps;
    private final CommitmentService commitments;
    private final CounterpartService counterparts;
    private final CoverageService coverage;
    private final CampaignService campaigns;
    private final ReferenceService reference;
    private final UserAccountService users;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final HandlingMarkings markings;

    BriefService(
            MeetingService meetings,
            FollowUpService followUps,
            CommitmentService commitments,
            CounterpartService counterparts,
            CoverageService coverage,
            CampaignService campaigns,
            ReferenceService reference,
            UserAccountService users,
            CurrentUser currentUser,
            Clock clock,
            HandlingMarkings markings) {
        this.meetings = meetings;
        this.followUps = followUps;
        this.commitments = commitments;
        this.counterparts = counterparts;
        this.coverage = coverage;
        this.campaigns = campaigns;
        this.reference = reference;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        this.markings = markings;
    }

    /** The brief on a country, by its ISO 3166-1 alpha-2 code; empty when there is no such country. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public Optional<CountryBrief> countryBrief(String countryCode) {
        Optional<CountryRef> found = reference.countryByCode(countryCode);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CountryRef country = found.get();
        String bureau = reference.bureaus().stream()
                .filter(r -> r.id() == country.bureauId())
                .map(BureauRef::name)
                .findFirst()
                .orElse("");
        Map<Long, String> people = people();

        MeetingFilter inCountry = MeetingFilter.none().withCountry(country.id());
        Page<MeetingRow> latest = meetings.search(
                inCountry, PageRequest.of(0, BRIEF_MEETINGS, Sort.by(Sort.Direction.DESC, "meetingDate")));

        CounterpartFilter directory = new CounterpartFilter(null, country.id(), null);
        Page<CounterpartRef> known = counterparts.search(
                directory,
                PageRequest.of(0, COUNTERPARTS_CONSIDERED, Sort.by("name").and(Sort.by("id"))));
        List<CountryBrief.Position> positions = new ArrayList<>();
        for (CounterpartRef counterpart : known.getContent()) {
            positions.add(position(counterpart));
        }
        positions.sort(
                Comparator.comparing(CountryBrief.Position::lastMet, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(p -> p.counterpart().name()));

        Map<Long, String> campaignTitles = campaigns.campaignsIn(EnumSet.allOf(CampaignStatus.class)).stream()
                .collect(Collectors.toMap(CampaignSummary::id, CampaignSummary::title));
        FollowUpFilter open =
                FollowUpFilter.all().withStatuses(FollowUpStatus.OUTSTANDING).withCountry(country.id());
        Page<FollowUpRef> actions = followUps.search(
                open, PageRequest.of(0, BRIEF_FOLLOW_UPS, Sort.by("dueDate").and(Sort.by("id"))));
        List<CountryBrief.OpenFollowUp> openFollowUps = actions.getContent().stream()
                .map(f -> new CountryBrief.OpenFollowUp(
                        f.description(),
                        campaignTitles.getOrDefault(f.campaignId(), ""),
                        people.getOrDefault(f.ownerId(), ""),
                        f.dueDate(),
                        f.status().label(),
                        f.overdue()))
                .toList();

        // Open ones first (due ones first among them), then those with an outcome; latest check-back date first.
        List<CountryBrief.Commitment> promised = commitments.forCountry(country.id()).stream()
                .sorted(Comparator.comparing((CommitmentRef c) -> c.outcome() != CommitmentOutcome.OPEN)
                        .thenComparing(c -> !c.due()))
                .map(c -> new CountryBrief.Commitment(
                        c.description(),
                        people.getOrDefault(c.ownerId(), ""),
                        c.checkBackDate(),
                        c.outcome().label(),
                        c.due()))
                .toList();

        // Active campaigns first, then closed ones that targeted or reached the country; newest first within each.
        List<CountryCampaignCoverage> standing = coverage.country(country.id()).stream()
                .filter(c -> c.campaign().status() == CampaignStatus.ACTIVE
                        || c.coverage().targeted()
                        || c.coverage().status().isApproached())
                .sorted(Comparator.comparing(c -> c.campaign().status() != CampaignStatus.ACTIVE))
                .toList();

        String preparedBy = currentUser.get().map(u -> u.displayName()).orElse("system");
        // The statuses and counts draw on every meeting with the country, so the brief carries the highest of their
        // markings.
        String marking = markings.highest(meetings.handlingMarkings(), meetings.handlingMarkingsOf(inCountry));
        return Optional.of(new CountryBrief(
                country,
                bureau,
                marking,
                clock.instant(),
                preparedBy,
                standing.subList(0, Math.min(BRIEF_CAMPAIGNS, standing.size())),
                standing.size(),
                latest.getContent(),
                latest.getTotalElements(),
                positions.subList(0, Math.min(BRIEF_COUNTERPARTS, positions.size())),
                known.getTotalElements(),
                openFollowUps,
                actions.getTotalElements(),
                promised.subList(0, Math.min(BRIEF_COMMITMENTS, promised.size())),
                promised.size()));
    }

    /** The latest meeting with a counterpart, and their reactions in it. */
    private CountryBrief.Position position(CounterpartRef counterpart) {
        List<MeetingRow> last = meetings.search(
                        MeetingFilter.none().withCounterpart(counterpart.id()),
                        PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "meetingDate")))
                .getContent();
        if (last.isEmpty()) {
            return new CountryBrief.Position(counterpart, null, null, null, List.of());
        }
        MeetingRow row = last.getFirst();
        var details = meetings.meeting(row.id());
        return new CountryBrief.Position(
                counterpart,
                row.meetingDate(),
                row.id(),
                row.overallResponse(),
                details.map(MeetingDetails::points).orElse(List.of()));
    }

    private Map<Long, String> people() {
        return users.users().stream().collect(Collectors.toMap(UserRef::id, UserRef::displayName));
    }
}
