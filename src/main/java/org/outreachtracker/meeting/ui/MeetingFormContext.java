package org.outreachtracker.meeting.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.DeskRule;
import org.outreachtracker.account.SignedInUser;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.attachment.AttachmentService;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.campaign.ObjectionRef;
import org.outreachtracker.campaign.TalkingPointRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.RecentApproach;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * What the meeting form needs to know, gathered once per form: the signed-in user's choices
 * (a desk officer picks among their desk countries), posts, campaigns, owners and settings.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class MeetingFormContext {

    private final MeetingService meetings;
    private final CampaignService campaigns;
    private final CounterpartService counterparts;
    private final ReferenceService reference;
    private final Clock clock;
    private final SignedInUser user;
    private final DeskRule desk;
    private final List<CountryRef> countries;
    private final Map<Long, CountryRef> allCountries;
    private final List<PostRef> posts;
    private final UserAccountService users;
    private final AttachmentService attachments;
    /** Everyone who may own a follow-up: loaded when the first follow-up is added, not for every form. */
    private List<UserRef> owners;

    MeetingFormContext(
            MeetingService meetings,
            CampaignService campaigns,
            CounterpartService counterparts,
            ReferenceService reference,
            UserAccountService users,
            CurrentUser currentUser,
            Clock clock,
            AttachmentService attachments) {
        this.attachments = attachments;
        this.meetings = meetings;
        this.campaigns = campaigns;
        this.counterparts = counterparts;
        this.reference = reference;
        this.clock = clock;
        this.user = currentUser.require();
        List<CountryRef> everyCountry = reference.countries();
        this.allCountries = everyCountry.stream().collect(Collectors.toMap(CountryRef::id, Function.identity()));
        this.desk = currentUser.desk();
        this.countries = desk.countriesIn(everyCountry, CountryRef::id);
        this.posts = reference.posts();
        this.users = users;
    }

    /** Whether the user may log meetings for their desk countries only. */
    boolean deskOnly() {
        return desk.deskOnly();
    }

    List<CountryRef> countries() {
        return countries;
    }

    CountryRef country(long id) {
        return allCountries.get(id);
    }

    List<PostRef> posts() {
        return posts;
    }

    PostRef post(long id) {
        return posts.stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    /**
     * The posts covering a country, the one to suggest first: the embassy in the country, then
     * other embassies accredited to it, then consulates, missions last (in the reference data's
     * order within each).
     */
    List<PostRef> postsCovering(long countryId) {
        return reference.postsCovering(countryId).stream()
                .sorted(java.util.Comparator.comparingInt(post -> rank(post, countryId)))
                .toList();
    }

    private static int rank(PostRef post, long countryId) {
        return switch (post.type()) {
            case EMBASSY -> post.hostCountryId() == countryId ? 0 : 1;
            case CONSULATE -> 2;
            default -> 3;
        };
    }

    /** Any country by its ISO code (not only the desk's), or null. */
    CountryRef countryByCode(String code) {
        String wanted = code == null ? "" : code.strip();
        return allCountries.values().stream()
                .filter(c -> c.code().equalsIgnoreCase(wanted))
                .findFirst()
                .orElse(null);
    }

    List<CampaignSummary> activeCampaigns() {
        return campaigns.campaignsIn(EnumSet.of(CampaignStatus.ACTIVE));
    }

    CampaignSummary campaign(long id) {
        return campaigns.campaign(id).map(c -> c.summary()).orElse(null);
    }

    /** The points of one version of a campaign's points, in order. */
    List<TalkingPointRef> points(long campaignId, int pointsVersion) {
        return campaigns.points(campaignId, pointsVersion);
    }

    /** The version of a campaign's points new meetings deliver (1 until revised). */
    int currentPointsVersion(long campaignId) {
        return campaigns.campaign(campaignId).map(c -> c.currentPointsVersion()).orElse(1);
    }

    List<ObjectionRef> objections(long campaignId) {
        return campaigns.objections(campaignId);
    }

    CounterpartService counterpartService() {
        return counterparts;
    }

    List<UserRef> owners() {
        if (owners == null) {
            owners = users.users().stream().filter(UserRef::worksOnOutreach).toList();
        }
        return owners;
    }

    UserRef me() {
        return users.user(user.id()).filter(UserRef::worksOnOutreach).orElse(null);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    List<String> handlingMarkings() {
        return meetings.handlingMarkings();
    }

    int recentApproachDays() {
        return meetings.recentApproachDays();
    }

    List<RecentApproach> recentApproaches(Collection<Long> counterpartIds, LocalDate date, Long excludeMeetingId) {
        return meetings.recentApproaches(counterpartIds, date, excludeMeetingId);
    }

    AttachmentService attachments() {
        return attachments;
    }

    MeetingService meetingService() {
        return meetings;
    }
}
