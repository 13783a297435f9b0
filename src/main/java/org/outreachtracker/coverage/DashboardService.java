package org.outreachtracker.coverage;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.TalkingPointRef;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.Reaction;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.tasking.TaskingDayChange;
import org.outreachtracker.tasking.TaskingFilter;
import org.outreachtracker.tasking.TaskingService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's dashboard for one campaign. Every figure comes from grouped SQL queries
 * (coverage per country, meetings per date, per response, reactions per point); nothing loads
 * the meetings themselves.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final CoverageService coverage;
    private final CoverageQueries queries;
    private final CampaignService campaigns;
    private final ReferenceService reference;
    private final TaskingService taskings;
    private final Clock clock;

    DashboardService(
            CoverageService coverage,
            CoverageQueries queries,
            CampaignService campaigns,
            ReferenceService reference,
            TaskingService taskings,
            Clock clock) {
        this.taskings = taskings;
        this.coverage = coverage;
        this.queries = queries;
        this.campaigns = campaigns;
        this.reference = reference;
        this.clock = clock;
    }

    @RolesAllowed(Roles.MANAGER)
    public DashboardFigures figures(long campaignId) {
        CampaignDetails campaign = campaigns
                .campaign(campaignId)
                .orElseThrow(() -> RuleViolationException.because("refusal.coverage.campaignGone"));
        List<CountryCoverage> countries = coverage.coverage(campaignId, CoverageFilter.none());
        int targets = (int) countries.stream().filter(CountryCoverage::targeted).count();
        int reached = (int) countries.stream()
                .filter(c -> c.targeted() && c.status().isApproached())
                .count();
        long overdue =
                countries.stream().mapToLong(CountryCoverage::overdueFollowUps).sum();
        int byPartner = (int) countries.stream()
                .filter(c -> c.targeted() && c.status() == CoverageStatus.APPROACHED_BY_PARTNER)
                .count();

        Map<LocalDate, Long> byDate = new HashMap<>();
        Map<String, Long> byResponse = new HashMap<>();
        for (CoverageQueries.DateResponseCount count : queries.meetingsByDateAndResponse(campaignId)) {
            byDate.merge(count.date(), count.meetings(), Long::sum);
            byResponse.merge(count.response(), count.meetings(), Long::sum);
        }
        long meetings = byDate.values().stream().mapToLong(Long::longValue).sum();
        return new DashboardFigures(
                campaign,
                targets,
                reached,
                meetings,
                weeks(campaign, byDate),
                responses(byResponse),
                bureaus(countries),
                matrix(campaign, queries.reactions(pointIds(campaign))),
                overdue,
                byPartner);
    }

    /**
     * The campaign against its report-by date: reached, delivered and reported per day from the
     * issue date to today (to the last change for a closed campaign), what changed in the last
     * week, and the deliveries below the minimum counterpart level.
     */
    @RolesAllowed(Roles.MANAGER)
    public CampaignProgress progress(long campaignId) {
        CampaignDetails campaign = campaigns
                .campaign(campaignId)
                .orElseThrow(() -> RuleViolationException.because("refusal.coverage.campaignGone"));
        LocalDate today = LocalDate.now(clock);
        Set<Long> targeted = reference.countries().stream()
                .filter(campaign::targets)
                .map(CountryRef::id)
                .collect(Collectors.toSet());
        List<LocalDate> firstMeetings = queries.firstMeetingDates(campaignId).entrySet().stream()
                .filter(first -> targeted.contains(first.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        List<TaskingDayChange> changes = taskings.dailyChanges(campaignId);
        LocalDate to = today;
        if (campaign.status() == CampaignStatus.CLOSED) {
            to = Stream.concat(
                            Stream.concat(
                                    firstMeetings.stream(), changes.stream().map(TaskingDayChange::day)),
                            Stream.ofNullable(campaign.deadline()))
                    .max(LocalDate::compareTo)
                    .filter(last -> last.isBefore(today))
                    .orElse(today);
        }
        LocalDate from = campaign.issueDate();
        if (to.isBefore(from)) {
            to = from;
        }
        TaskingFilter ofCampaign = TaskingFilter.all().withCampaign(campaignId);
        return new CampaignProgress(
                taskings.count(ofCampaign),
                CumulativeCoverage.of(from, to, campaign.deadline(), firstMeetings, changes),
                weekChanges(campaign, LastWeek.endingYesterday(clock)),
                taskings.count(ofCampaign.withBelowMinimumOnly(true)));
    }

    private CampaignProgress.WeekChanges weekChanges(CampaignDetails campaign, LastWeek week) {
        long newMeetings = queries.meetingsBetween(campaign.id(), week.first(), week.last());
        Map<Long, String> before = queries.latestResponses(
                campaign.id(), new CoverageFilter(null, week.first().minusDays(1)), null);
        Map<Long, String> after = queries.latestResponses(campaign.id(), new CoverageFilter(null, week.last()), null);
        List<CampaignProgress.ResponseMove> moves = new ArrayList<>();
        after.forEach((country, response) -> {
            String earlier = before.get(country);
            if (earlier != null && !earlier.equals(response)) {
                moves.add(new CampaignProgress.ResponseMove(
                        country, OverallResponse.valueOf(earlier), OverallResponse.valueOf(response)));
            }
        });
        moves.sort(Comparator.comparing(CampaignProgress.ResponseMove::countryId));
        long lapsed = campaign.status() == CampaignStatus.ACTIVE
                        && campaign.deadline() != null
                        && week.contains(campaign.deadline())
                ? taskings.count(TaskingFilter.all().withCampaign(campaign.id()).withLapsedOnly(true))
                : 0;
        return new CampaignProgress.WeekChanges(week, newMeetings, moves, lapsed);
    }

    /**
     * Weekly buckets (weeks start on Monday) from the issue date to today, or to the end of a
     * closed campaign. The week holding today is not over yet: it is marked partial.
     */
    private List<DashboardFigures.WeekCount> weeks(CampaignDetails campaign, Map<LocalDate, Long> byDate) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = byDate.keySet().stream().max(LocalDate::compareTo).orElse(campaign.issueDate());
        LocalDate end = campaign.status() == CampaignStatus.CLOSED && campaign.deadline() != null
                ? max(campaign.deadline(), last)
                : max(today, last);
        LocalDate week = campaign.issueDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<LocalDate, Long> buckets = new LinkedHashMap<>();
        while (!week.isAfter(end)) {
            buckets.put(week, 0L);
            week = week.plusWeeks(1);
        }
        byDate.forEach((date, count) ->
                buckets.merge(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), count, Long::sum));
        List<DashboardFigures.WeekCount> result = new ArrayList<>();
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        buckets.forEach(
                (start, count) -> result.add(new DashboardFigures.WeekCount(start, count, start.equals(thisWeek))));
        return result;
    }

    private static Map<OverallResponse, Long> responses(Map<String, Long> counts) {
        Map<OverallResponse, Long> result = new LinkedHashMap<>();
        for (OverallResponse response : OverallResponse.values()) {
            result.put(response, counts.getOrDefault(response.name(), 0L));
        }
        result.put(null, counts.getOrDefault(null, 0L));
        return result;
    }

    private List<DashboardFigures.BureauCoverage> bureaus(List<CountryCoverage> countries) {
        Map<Long, CountryRef> byId =
                reference.countries().stream().collect(Collectors.toMap(CountryRef::id, Function.identity()));
        List<DashboardFigures.BureauCoverage> result = new ArrayList<>();
        for (BureauRef bureau : reference.bureaus()) {
            List<CountryCoverage> inBureau = countries.stream()
                    .filter(c -> c.targeted() && byId.get(c.countryId()).bureauId() == bureau.id())
                    .toList();
            if (inBureau.isEmpty()) {
                continue;
            }
            int reached = (int)
                    inBureau.stream().filter(c -> c.status().isApproached()).count();
            result.add(new DashboardFigures.BureauCoverage(bureau.id(), bureau.name(), inBureau.size(), reached));
        }
        return result;
    }

    private static List<DashboardFigures.PointReactions> matrix(
            CampaignDetails campaign, Map<Long, Map<String, Long>> counts) {
        List<DashboardFigures.PointReactions> result = new ArrayList<>();
        for (TalkingPointRef point : campaign.points()) {
            Map<Reaction, Long> reactions = new EnumMap<>(Reaction.class);
            counts.getOrDefault(point.id(), Map.of())
                    .forEach((reaction, count) -> reactions.put(Reaction.valueOf(reaction), count));
            result.add(new DashboardFigures.PointReactions(
                    point.id(), point.pointsVersion(), point.position(), point.label(), reactions));
        }
        return result;
    }

    private static Set<Long> pointIds(CampaignDetails campaign) {
        return campaign.points().stream().map(TalkingPointRef::id).collect(Collectors.toSet());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
