package org.outreachtracker.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.tasking.TaskingFilter;
import org.outreachtracker.tasking.TaskingRef;
import org.outreachtracker.tasking.TaskingService;
import org.outreachtracker.tasking.TaskingState;
import org.outreachtracker.tasking.WaiverReason;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The demo taskings, after the demo campaigns and meetings (which instruct the posts and deliver
 * the points): the active campaign asks for ministers, so deliveries to officials only are flagged;
 * about half of its delivered taskings are reported, some posts have asked for an appointment, and
 * three are waived, one for each reason. The small campaign whose report-by date has passed while it is
 * still active has half its deliveries reported and the rest of its posts lapsed. On the closed campaign, whose report-by date is long past,
 * most deliveries are reported, one post is waived and reported, and the rest have lapsed.
 * Deterministic: a fixed seed, taskings in country order, dates relative to today.
 */
@Component
class DemoTaskings {

    private static final long SEED = 20_260_418L;

    private final SystemAccess systemAccess;
    private final CampaignService campaigns;
    private final TaskingService taskings;
    private final ReferenceService reference;
    private final Clock clock;

    DemoTaskings(
            SystemAccess systemAccess,
            CampaignService campaigns,
            TaskingService taskings,
            ReferenceService reference,
            Clock clock) {
        this.systemAccess = systemAccess;
        this.campaigns = campaigns;
        this.taskings = taskings;
        this.reference = reference;
        this.clock = clock;
    }

    void create() {
        var random = new Random(SEED);
        LocalDate today = LocalDate.now(clock);
        Map<Long, CountryRef> countries = systemAccess.asUser("manager", reference::countries).stream()
                .collect(Collectors.toMap(CountryRef::id, Function.identity()));
        Map<Long, String> postCodes = systemAccess.asUser("manager", reference::posts).stream()
                .collect(Collectors.toMap(PostRef::id, PostRef::code));
        long ai = campaignId(DemoTexts.AI_CABLE);
        long minerals = campaignId(DemoTexts.MINERALS_CABLE);

        systemAccess.asUser("manager", () -> {
            CampaignDetails campaign = campaigns.campaign(ai).orElseThrow();
            campaigns.update(
                    ai, campaign.version(), campaign.toDraft().withMinimumLevel(CounterpartLevel.SENIOR_OFFICIAL));
            return null;
        });

        int serial = 1000;
        int waived = 0;
        for (TaskingRef tasking : taskingsOf(ai)) {
            String officer = DemoAccounts.deskOfficerFor(countries.get(tasking.countryId()));
            int roll = random.nextInt(100);
            if (tasking.state() == TaskingState.DELIVERED && roll < 55) {
                report(officer, tasking, cable(postCodes, tasking, serial++), reportDate(tasking, today, random));
            } else if (tasking.state() == TaskingState.INSTRUCTED
                    && waived < WaiverReason.values().length
                    && roll < 30) {
                WaiverReason reason = WaiverReason.values()[waived++];
                systemAccess.asUser(officer, () -> taskings.waive(tasking.id(), tasking.version(), reason));
            } else if (tasking.state() == TaskingState.INSTRUCTED && roll < 70) {
                systemAccess.asUser(officer, () -> taskings.requestAppointment(tasking.id(), tasking.version()));
            }
        }

        boolean partnerWaiver = false;
        for (TaskingRef tasking : taskingsOf(minerals)) {
            String officer = DemoAccounts.deskOfficerFor(countries.get(tasking.countryId()));
            int roll = random.nextInt(100);
            if (tasking.state() == TaskingState.DELIVERED && roll < 70) {
                report(officer, tasking, cable(postCodes, tasking, serial++), reportDate(tasking, today, random));
            } else if (tasking.state() == TaskingState.INSTRUCTED && !partnerWaiver) {
                partnerWaiver = true;
                TaskingRef waiver = systemAccess.asUser(
                        officer,
                        () -> taskings.waive(tasking.id(), tasking.version(), WaiverReason.DELIVERED_BY_PARTNER));
                report(officer, waiver, cable(postCodes, tasking, serial++), tasking.reportBy());
            }
        }

        // Still active, its report-by date a month past: the posts that have not reported are lapsed.
        for (TaskingRef tasking : taskingsOf(campaignId(DemoTexts.WORKING_GROUP_CABLE))) {
            String officer = DemoAccounts.deskOfficerFor(countries.get(tasking.countryId()));
            int roll = random.nextInt(100);
            if (tasking.state() == TaskingState.DELIVERED && roll < 50) {
                report(officer, tasking, cable(postCodes, tasking, serial++), reportDate(tasking, today, random));
            } else if (tasking.state() == TaskingState.INSTRUCTED && roll < 40) {
                systemAccess.asUser(officer, () -> taskings.requestAppointment(tasking.id(), tasking.version()));
            }
        }
    }

    private long campaignId(String cable) {
        return systemAccess.asUser("manager", () -> campaigns.campaignsIn(EnumSet.allOf(CampaignStatus.class))).stream()
                .filter(c -> c.cableReference().equals(cable))
                .map(CampaignSummary::id)
                .findFirst()
                .orElseThrow();
    }

    private List<TaskingRef> taskingsOf(long campaignId) {
        return systemAccess.asUser(
                "manager",
                () -> taskings.taskings(
                                TaskingFilter.all().withCampaign(campaignId),
                                PageRequest.of(0, 1000, Sort.by("countryId")))
                        .getContent());
    }

    private void report(String officer, TaskingRef tasking, String cable, LocalDate date) {
        systemAccess.asUser(officer, () -> taskings.markReported(tasking.id(), tasking.version(), cable, date, null));
    }

    /** A few days after the delivery, never after today. */
    private static LocalDate reportDate(TaskingRef tasking, LocalDate today, Random random) {
        LocalDate date = tasking.deliveredOn().plusDays(1 + random.nextInt(5));
        return date.isAfter(today) ? today : date;
    }

    private static String cable(Map<Long, String> postCodes, TaskingRef tasking, int serial) {
        String post = tasking.postId() == null ? "POST" : postCodes.getOrDefault(tasking.postId(), "POST");
        return "26 " + post + " " + serial;
    }
}
