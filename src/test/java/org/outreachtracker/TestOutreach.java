package org.outreachtracker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignDraft;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.PointDraft;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingFormat;
import org.outreachtracker.meeting.MeetingProperties;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostRef;
import org.outreachtracker.reference.PostType;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.SystemAccess;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;

/**
 * Builds the outreach records a service test needs, through the services and as the demo
 * account that would do it, so tests own their data (unique names, own campaigns) and leave the
 * demo data alone.
 */
public final class TestOutreach {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final SystemAccess systemAccess;
    private final ReferenceService reference;
    private final CampaignService campaigns;
    private final CounterpartService counterparts;
    private final UserAccountService users;
    private final FollowUpService followUps;
    private final Clock clock;
    private final String handlingMarking;
    private final List<Long> createdCampaigns = new ArrayList<>();

    public TestOutreach(ApplicationContext context) {
        this.systemAccess = context.getBean(SystemAccess.class);
        this.reference = context.getBean(ReferenceService.class);
        this.campaigns = context.getBean(CampaignService.class);
        this.counterparts = context.getBean(CounterpartService.class);
        this.users = context.getBean(UserAccountService.class);
        this.followUps = context.getBean(FollowUpService.class);
        this.clock = context.getBean(Clock.class);
        this.handlingMarking =
                context.getBean(MeetingProperties.class).handlingMarkings().getFirst();
    }

    /**
     * A name no other test (or earlier run in the same database) uses: the prefix and a token made
     * of the clock and a count. The count carries a letter
     * ("-n100", not "-100"): as a word of its own, a bare number would be found by the tests that
     * search for a number, in whichever test it happened to be reached.
     */
    public static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-n" + SEQUENCE.incrementAndGet();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate daysAgo(int days) {
        return today().minusDays(days);
    }

    /** Runs the work signed in as the given demo account. */
    public <T> T as(String username, Supplier<T> work) {
        return systemAccess.asUser(username, work);
    }

    public void as(String username, Runnable work) {
        systemAccess.asUser(username, () -> {
            work.run();
            return null;
        });
    }

    public CountryRef country(String code) {
        return as("manager", () -> reference.countryByCode(code).orElseThrow());
    }

    public long countryId(String code) {
        return country(code).id();
    }

    public Set<Long> countryIds(String... codes) {
        return Arrays.stream(codes).map(this::countryId).collect(Collectors.toSet());
    }

    /** An active embassy or consulate covering the country. */
    public PostRef post(String countryCode) {
        long countryId = countryId(countryCode);
        return as("manager", () -> reference.postsCovering(countryId)).stream()
                .filter(p -> p.type() != PostType.MISSION)
                .findFirst()
                .orElseThrow();
    }

    public long userId(String username) {
        return as("manager", () -> users.users()).stream()
                .filter(u -> u.username().equals(username))
                .map(UserRef::id)
                .findFirst()
                .orElseThrow();
    }

    public UserRef user(String username) {
        long id = userId(username);
        return as("manager", () -> users.user(id)).orElseThrow();
    }

    /**
     * An active campaign issued {@code issuedDaysAgo} days ago, targeting the given countries,
     * with one point per label (text "Text of LABEL").
     */
    public CampaignDetails activeCampaign(int issuedDaysAgo, Set<Long> targets, String... pointLabels) {
        return campaign(CampaignStatus.ACTIVE, daysAgo(issuedDaysAgo), false, targets, pointLabels);
    }

    public CampaignDetails campaign(
            CampaignStatus status, LocalDate issued, boolean allCountries, Set<Long> targets, String... pointLabels) {
        return as("manager", () -> {
            long id = campaigns.create(new CampaignDraft(
                    unique("Test campaign"),
                    unique("TEST CABLE"),
                    "Objective of a test campaign.",
                    issued,
                    null,
                    status,
                    allCountries,
                    targets));
            createdCampaigns.add(id);
            for (String label : pointLabels) {
                campaigns.addPoint(id, new PointDraft(label, "Text of " + label));
            }
            return campaigns.campaign(id).orElseThrow();
        });
    }

    /** Remembers a campaign a test created itself, so that {@link #closeCampaigns()} closes it too. */
    public void track(long campaignId) {
        createdCampaigns.add(campaignId);
    }

    /**
     * Closes the campaigns the test created and cancels their outstanding follow-ups, so that
     * they do not crowd the active-campaign pickers, desks and follow-up lists that other tests
     * look at (nothing is deleted).
     */
    public void closeCampaigns() {
        for (long id : createdCampaigns) {
            as("manager", () -> {
                var outstanding = new FollowUpFilter(null, FollowUpStatus.OUTSTANDING, false, id, null, null);
                for (FollowUpRef f :
                        followUps.search(outstanding, Pageable.unpaged()).getContent()) {
                    followUps.changeStatus(f.id(), f.version(), FollowUpStatus.CANCELLED, "Test finished.");
                }
            });
            if (reload(id).status() != CampaignStatus.CLOSED) {
                setStatus(id, CampaignStatus.CLOSED);
            }
        }
        createdCampaigns.clear();
    }

    /** Changes a campaign's status (as the manager). */
    public void setStatus(long campaignId, CampaignStatus status) {
        as("manager", () -> {
            CampaignDetails campaign = campaigns.campaign(campaignId).orElseThrow();
            CampaignDraft draft = campaign.toDraft();
            campaigns.update(
                    campaignId,
                    campaign.version(),
                    new CampaignDraft(
                            draft.title(),
                            draft.cableReference(),
                            draft.objective(),
                            draft.issueDate(),
                            draft.deadline(),
                            status,
                            draft.allCountries(),
                            draft.targetCountryIds()));
        });
    }

    /** The demo data's active campaign (its cable reference starts with DEMO). */
    public long demoCampaignId() {
        return as(
                "manager",
                () -> campaigns.campaignsIn(EnumSet.of(CampaignStatus.ACTIVE)).stream()
                        .filter(c -> c.cableReference().startsWith("DEMO"))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    public CampaignDetails reload(long campaignId) {
        return as("manager", () -> campaigns.campaign(campaignId).orElseThrow());
    }

    /** A new counterpart in the country, created by the manager. */
    public CounterpartRef counterpart(String countryCode, String name) {
        long countryId = countryId(countryCode);
        return as(
                "manager",
                () -> counterparts.create(new CounterpartDraft(
                        name,
                        "Director of Testing",
                        "Ministry of Foreign Affairs",
                        countryId,
                        CounterpartLevel.SENIOR_OFFICIAL)));
    }

    /** A draft that passes every rule: the given campaign, country, date and counterparts. */
    public MeetingDraft meeting(
            CampaignDetails campaign,
            String countryCode,
            LocalDate date,
            Set<Long> counterpartIds,
            List<MeetingDraft.PointRaised> raised,
            OverallResponse response,
            String summary,
            List<FollowUpDraft> followUps) {
        return new MeetingDraft(
                campaign.id(),
                countryId(countryCode),
                post(countryCode).id(),
                date,
                MeetingFormat.IN_PERSON,
                "Ambassador",
                counterpartIds,
                raised,
                response,
                summary,
                null,
                handlingMarking,
                followUps);
    }

    /** A meeting draft with one new counterpart, no points, and a summary. */
    public MeetingDraft simpleMeeting(
            CampaignDetails campaign, String countryCode, LocalDate date, OverallResponse response, String summary) {
        CounterpartRef met = counterpart(countryCode, unique("Counterpart"));
        return meeting(campaign, countryCode, date, Set.of(met.id()), List.of(), response, summary, List.of());
    }
}
