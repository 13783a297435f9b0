package org.outreachtracker.calendar;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.SignedInUser;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.tasking.TaskingFilter;
import org.outreachtracker.tasking.TaskingRef;
import org.outreachtracker.tasking.TaskingService;
import org.outreachtracker.tasking.TaskingState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feeds: each person may turn on a secret address that a calendar application
 * subscribes to, listing their outstanding follow-ups and the report-by dates of their desk
 * countries' outstanding taskings, titles only. The address is shown once when made; only its
 * hash is kept. Fetching a feed needs no sign-in: the address is the key. The feed is read as its
 * owner, through the same services and access rules as the owner's own screens, so it never holds
 * more than they may read. Fetches are limited per feed and per client address, and recorded in
 * the audit trail under the owner's name.
 */
@Service
public class CalendarFeedService {

    /** Where feeds are served, below the application's address: {@code calendar/<token>.ics}. */
    public static final String PATH_PREFIX = "calendar/";

    public static final String PATH_SUFFIX = ".ics";

    /** The name the audit trail records for a fetch with an address no feed has. */
    static final String UNKNOWN_CALLER = "anonymous";

    private static final int PAGE_SIZE = 200;

    private final CalendarFeedRepository feeds;
    private final CurrentUser currentUser;
    private final UserAccountService users;
    private final FollowUpService followUps;
    private final TaskingService taskings;
    private final CampaignService campaigns;
    private final ReferenceService reference;
    private final SystemAccess systemAccess;
    private final AuditLog audit;
    private final Clock clock;
    private final CalendarProperties properties;
    private final FixedWindowLimiter perFeed;
    private final FixedWindowLimiter perClient;

    CalendarFeedService(
            CalendarFeedRepository feeds,
            CurrentUser currentUser,
            UserAccountService users,
            FollowUpService followUps,
            TaskingService taskings,
            CampaignService campaigns,
            ReferenceService reference,
            SystemAccess systemAccess,
            AuditLog audit,
            Clock clock,
            CalendarProperties properties) {
        this.feeds = feeds;
        this.currentUser = currentUser;
        this.users = users;
        this.followUps = followUps;
        this.taskings = taskings;
        this.campaigns = campaigns;
        this.reference = reference;
        this.systemAccess = systemAccess;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        var limits = properties.rateLimit();
        this.perFeed = new FixedWindowLimiter(limits.perToken(), limits.window(), clock);
        this.perClient = new FixedWindowLimiter(limits.perAddress(), limits.window(), clock);
    }

    /** Whether the signed-in person's feed is on, and since when its address exists. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public CalendarFeedStatus feedStatus() {
        return feeds.findById(currentUser.require().id())
                .map(feed -> new CalendarFeedStatus(true, feed.getCreatedAt()))
                .orElse(CalendarFeedStatus.OFF);
    }

    /** Turns the signed-in person's feed on; returns its secret address, which is not shown again. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER, Roles.ADMIN})
    @Transactional
    public FeedAddress turnOn() {
        long userId = currentUser.require().id();
        if (feeds.existsById(userId)) {
            throw RuleViolationException.because("refusal.calendar.alreadyOn");
        }
        String token = FeedTokens.newToken();
        feeds.saveAndFlush(new CalendarFeed(userId, FeedTokens.hash(token), clock.instant()));
        audit.changed(AuditAction.CREATED, AuditedObject.CALENDAR_FEED, userId, "Calendar feed turned on");
        return address(token);
    }

    /**
     * Gives the signed-in person's feed a new secret address; the old one stops working at once.
     * Returns the new address, which is not shown again.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER, Roles.ADMIN})
    @Transactional
    public FeedAddress regenerate() {
        long userId = currentUser.require().id();
        CalendarFeed feed = feeds.findById(userId).orElseThrow(CalendarFeedService::feedIsOff);
        String token = FeedTokens.newToken();
        feed.replaceToken(FeedTokens.hash(token), clock.instant());
        feeds.saveAndFlush(feed);
        audit.changed(
                AuditAction.CHANGED,
                AuditedObject.CALENDAR_FEED,
                userId,
                "Calendar feed given a new address; the old address no longer works");
        return address(token);
    }

    /** Turns the signed-in person's feed off: its address stops working at once. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER, Roles.ADMIN})
    @Transactional
    public void turnOff() {
        long userId = currentUser.require().id();
        CalendarFeed feed = feeds.findById(userId).orElseThrow(CalendarFeedService::feedIsOff);
        feeds.delete(feed);
        feeds.flush();
        audit.changed(AuditAction.DELETED, AuditedObject.CALENDAR_FEED, userId, "Calendar feed turned off");
    }

    /**
     * The feed at this address, for the public feed endpoint (which calls it as the application
     * itself): nothing for an address no feed has or whose account is deactivated, "too many
     * requests" past the rate limits. Every fetch is recorded in the audit trail under the feed
     * owner's name (never with the address); of the requests refused for their rate, the first of
     * each counting window is.
     *
     * @param clientAddress where the request came from, for the per-client limit and the audit trail
     */
    @RolesAllowed(Roles.SYSTEM)
    public CalendarFeedReply feed(String token, String clientAddress) {
        String client = clientAddress == null ? "unknown" : clientAddress;
        Optional<CalendarFeed> feed =
                FeedTokens.wellFormed(token) ? feeds.findByTokenHash(FeedTokens.hash(token)) : Optional.empty();
        Optional<UserRef> owner = feed.flatMap(f -> users.user(f.getUserId()));

        FixedWindowLimiter.Decision byClient = perClient.acquire(client);
        if (!byClient.allowed()) {
            return refused(byClient, owner, client, "from this client address");
        }
        if (owner.isEmpty() || !owner.get().enabled()) {
            record(
                    owner.map(UserRef::username).orElse(UNKNOWN_CALLER),
                    owner.map(UserRef::id).orElse(null),
                    AuditOutcome.FAILURE,
                    client,
                    owner.isEmpty()
                            ? "Calendar feed refused: no feed has this address"
                            : "Calendar feed refused: the account is deactivated");
            return new CalendarFeedReply.NotFound();
        }
        FixedWindowLimiter.Decision byFeed = perFeed.acquire(feed.get().getTokenHash());
        if (!byFeed.allowed()) {
            return refused(byFeed, owner, client, "for this feed");
        }
        UserRef user = owner.get();
        String calendar = systemAccess.asUser(user.username(), this::ownCalendar);
        record(user.username(), user.id(), AuditOutcome.SUCCESS, client, "Calendar feed fetched");
        return new CalendarFeedReply.Calendar(calendar);
    }

    private CalendarFeedReply refused(
            FixedWindowLimiter.Decision decision, Optional<UserRef> owner, String client, String what) {
        if (decision.firstRefusal()) {
            record(
                    owner.map(UserRef::username).orElse(UNKNOWN_CALLER),
                    owner.map(UserRef::id).orElse(null),
                    AuditOutcome.DENIED,
                    client,
                    "Calendar feed refused: too many requests " + what
                            + "; further requests are refused unrecorded for "
                            + decision.retryAfter().toSeconds()
                            + " seconds");
        }
        return new CalendarFeedReply.TooManyRequests(decision.retryAfter());
    }

    private void record(String username, Long userId, AuditOutcome outcome, String client, String note) {
        audit.event(
                username, AuditAction.CALENDAR_FEED_READ, AuditedObject.CALENDAR_FEED, userId, outcome, client, note);
    }

    /**
     * The signed-in person's calendar, read as them: their outstanding follow-ups, and the
     * outstanding taskings with a report-by date of their desk countries in active campaigns.
     */
    private String ownCalendar() {
        SignedInUser user = currentUser.require();
        List<DueDate> dueDates = new ArrayList<>();
        if (user.hasRole(Role.DESK_OFFICER) || user.hasRole(Role.MANAGER)) {
            Map<Long, String> countries =
                    reference.countries().stream().collect(Collectors.toMap(CountryRef::id, CountryRef::name));
            Map<Long, String> campaignTitles = campaigns.campaignsIn(EnumSet.allOf(CampaignStatus.class)).stream()
                    .collect(Collectors.toMap(CampaignSummary::id, CampaignSummary::title));
            for (FollowUpRef followUp : followUpsOf(user)) {
                dueDates.add(new DueDate(
                        "follow-up-" + followUp.id() + "@outreach-tracker",
                        followUp.dueDate(),
                        "Follow-up due: " + countries.getOrDefault(followUp.countryId(), "") + " \u2013 "
                                + campaignTitles.getOrDefault(followUp.campaignId(), ""),
                        properties.link(
                                followUp.meetingId() == null ? "follow-ups" : "meetings/" + followUp.meetingId())));
            }
            for (TaskingRef tasking : deskTaskings()) {
                dueDates.add(new DueDate(
                        "tasking-" + tasking.id() + "@outreach-tracker",
                        tasking.reportBy(),
                        "Report due: " + campaignTitles.getOrDefault(tasking.campaignId(), "") + " \u2013 "
                                + countries.getOrDefault(tasking.countryId(), ""),
                        properties.link(
                                user.hasRole(Role.MANAGER) ? "taskings?campaign=" + tasking.campaignId() : "my-desk")));
            }
        }
        dueDates.sort(Comparator.comparing(DueDate::date).thenComparing(DueDate::uid));
        return FeedCalendar.write("Outreach Tracker \u2013 " + user.displayName(), dueDates, clock.instant());
    }

    private List<FollowUpRef> followUpsOf(SignedInUser user) {
        FollowUpFilter mine = FollowUpFilter.all().withOwner(user.id()).withStatuses(FollowUpStatus.OUTSTANDING);
        return allPages(page -> followUps.search(mine, page), Sort.by("dueDate", "id"));
    }

    private List<TaskingRef> deskTaskings() {
        Set<Long> desk = currentUser.deskCountryIds();
        if (desk.isEmpty()) {
            return List.of();
        }
        TaskingFilter outstanding = TaskingFilter.all()
                .withCountries(desk)
                .withStates(TaskingState.OUTSTANDING)
                .withActiveCampaignsOnly(true);
        return allPages(page -> taskings.taskings(outstanding, page), Sort.by("reportBy", "id")).stream()
                .filter(tasking -> tasking.reportBy() != null)
                .toList();
    }

    private static <T> List<T> allPages(Function<Pageable, Page<T>> read, Sort sort) {
        List<T> all = new ArrayList<>();
        Page<T> page = read.apply(PageRequest.of(0, PAGE_SIZE, sort));
        all.addAll(page.getContent());
        while (page.hasNext()) {
            page = read.apply(page.nextPageable());
            all.addAll(page.getContent());
        }
        return all;
    }

    private FeedAddress address(String token) {
        String path = PATH_PREFIX + token + PATH_SUFFIX;
        return new FeedAddress(path, properties.link(path));
    }

    private static RuleViolationException feedIsOff() {
        return RuleViolationException.because("refusal.calendar.off");
    }
}
