package org.outreachtracker.coverage;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.OpenFollowUps;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage: where each country stands in a campaign, derived from its meetings.
 *
 * <p>The rules, decided here and nowhere else:
 * <ul>
 * <li>A campaign for all countries targets every UN member and observer state, not the
 *     dependent territories and other areas (which a list may name one by one).</li>
 * <li>A country with no meeting in the campaign is <em>not targeted</em> when the campaign
 *     does not target it, and <em>not yet approached</em> otherwise.</li>
 * <li>A country with meetings takes the overall response of its <em>latest meeting that recorded
 *     a response</em>: latest by meeting date and, for meetings on the same date, the one logged
 *     last. A later meeting whose response is still pending does not erase a known response.</li>
 * <li>A country whose meetings all have a pending response is <em>approached — response pending</em>.</li>
 * <li>Meetings count even in a country the campaign does not target (an opportunity taken);
 *     {@link CountryCoverage#targeted()} says whether it was targeted.</li>
 * <li>Deleted meetings do not count. With a date range, only meetings dated within it count.</li>
 * <li>Follow-ups: open or in progress count as outstanding; outstanding and due before today
 *     count as overdue.</li>
 * </ul>
 * All countries are computed at once from three SQL queries (see {@link CoverageQueries}).
 */
@Service
@Transactional(readOnly = true)
public class CoverageService {

    private final CoverageQueries queries;
    private final CampaignService campaigns;
    private final ReferenceService reference;
    private final CurrentUser currentUser;
    private final FollowUpService followUps;

    CoverageService(
            CoverageQueries queries,
            CampaignService campaigns,
            ReferenceService reference,
            CurrentUser currentUser,
            FollowUpService followUps) {
        this.queries = queries;
        this.campaigns = campaigns;
        this.reference = reference;
        this.currentUser = currentUser;
        this.followUps = followUps;
    }

    /** Every country's coverage in the campaign, in the order of the country list (by name). */
    @RolesAllowed(Roles.MANAGER)
    public List<CountryCoverage> coverage(long campaignId, CoverageFilter filter) {
        CampaignDetails campaign = campaigns
                .campaign(campaignId)
                .orElseThrow(() -> RuleViolationException.because("refusal.coverage.campaignGone"));
        return compute(campaign, filter, null);
    }

    /**
     * The signed-in desk officer's desk countries in every active campaign: one list per
     * campaign, newest campaign first.
     */
    @RolesAllowed(Roles.DESK_OFFICER)
    public List<DeskCampaignCoverage> myDesk() {
        Set<Long> desk = currentUser.deskCountryIds();
        List<DeskCampaignCoverage> result = new ArrayList<>();
        for (CampaignSummary summary : campaigns.campaignsIn(EnumSet.of(CampaignStatus.ACTIVE))) {
            CampaignDetails campaign = campaigns.campaign(summary.id()).orElseThrow();
            result.add(new DeskCampaignCoverage(summary, compute(campaign, CoverageFilter.none(), desk)));
        }
        return result;
    }

    /**
     * One country's standing in every issued campaign (active and closed), newest campaign
     * first, by the same rules as the map: for the country brief, which desk officers and
     * managers read.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public List<CountryCampaignCoverage> country(long countryId) {
        if (reference.country(countryId).isEmpty()) {
            throw RuleViolationException.because("refusal.coverage.noSuchCountry");
        }
        List<CountryCampaignCoverage> result = new ArrayList<>();
        for (CampaignSummary summary :
                campaigns.campaignsIn(EnumSet.of(CampaignStatus.ACTIVE, CampaignStatus.CLOSED))) {
            CampaignDetails campaign = campaigns.campaign(summary.id()).orElseThrow();
            compute(campaign, CoverageFilter.none(), Set.of(countryId))
                    .forEach(coverage -> result.add(new CountryCampaignCoverage(summary, coverage)));
        }
        return result;
    }

    private List<CountryCoverage> compute(CampaignDetails campaign, CoverageFilter filter, Set<Long> onlyCountries) {
        if (onlyCountries != null && onlyCountries.isEmpty()) {
            return List.of();
        }
        // Only the countries asked for are read: the country brief asks for one country in every
        // campaign, and reading every country there took 208 ms for the busiest country at a
        // million meetings (docs/performance.md).
        long campaignId = campaign.id();
        Map<Long, CoverageQueries.MeetingAggregate> meetings = queries.meetings(campaignId, filter, onlyCountries);
        Map<Long, String> responses = queries.latestResponses(campaignId, filter, onlyCountries);
        Set<Long> byPartnerOnly = queries.partnerOnlyCountries(campaignId, filter, onlyCountries);
        Map<Long, OpenFollowUps> open = followUps.openPerCountry(campaignId, onlyCountries);
        List<CountryCoverage> result = new ArrayList<>();
        for (CountryRef country : reference.countries()) {
            if (onlyCountries != null && !onlyCountries.contains(country.id())) {
                continue;
            }
            boolean targeted = campaign.targets(country);
            var met = meetings.get(country.id());
            var followUp = open.getOrDefault(country.id(), new OpenFollowUps(country.id(), 0, 0));
            result.add(new CountryCoverage(
                    campaignId,
                    country.id(),
                    targeted,
                    byPartnerOnly.contains(country.id())
                            ? CoverageStatus.APPROACHED_BY_PARTNER
                            : status(targeted, met, responses.get(country.id())),
                    met == null ? 0 : met.meetings(),
                    met == null ? null : met.lastMeetingDate(),
                    (int) followUp.open(),
                    (int) followUp.overdue()));
        }
        return result;
    }

    static CoverageStatus status(boolean targeted, CoverageQueries.MeetingAggregate meetings, String latestResponse) {
        if (meetings == null || meetings.meetings() == 0) {
            return targeted ? CoverageStatus.NOT_APPROACHED : CoverageStatus.NOT_TARGETED;
        }
        return latestResponse == null ? CoverageStatus.PENDING : CoverageStatus.valueOf(latestResponse);
    }
}
