package org.outreachtracker.tasking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.meeting.CableContribution;
import org.outreachtracker.meeting.CableParagraph;
import org.outreachtracker.meeting.MeetingDetails;
import org.outreachtracker.meeting.MeetingRankService;
import org.outreachtracker.meeting.RankCheck;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The reporting cable's tasking paragraph: the instruction it answers, the report-by date, where
 * the post's tasking stands and how the counterparts met compare with the minimum level. Nothing
 * for a meeting whose country's post was not instructed.
 */
@Component
@Order(10)
class TaskingCableParagraph implements CableContribution {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final TaskingRepository taskings;
    private final CampaignService campaigns;
    private final MeetingRankService ranks;
    private final Clock clock;

    TaskingCableParagraph(
            TaskingRepository taskings, CampaignService campaigns, MeetingRankService ranks, Clock clock) {
        this.clock = clock;
        this.taskings = taskings;
        this.campaigns = campaigns;
        this.ranks = ranks;
    }

    @Override
    public Optional<CableParagraph> paragraph(MeetingDetails meeting) {
        Optional<Tasking> found = taskings.findByCampaignIdAndCountryId(meeting.campaignId(), meeting.countryId());
        Optional<CampaignDetails> campaign = campaigns.campaign(meeting.campaignId());
        if (found.isEmpty() || campaign.isEmpty()) {
            return Optional.empty();
        }
        TaskingRef tasking = found.get().toRef(LocalDate.now(clock));
        List<String> lines = new ArrayList<>();
        lines.add("Instruction: " + campaign.get().cableReference() + ".");
        lines.add(
                tasking.reportBy() == null
                        ? "Report by: no date set."
                        : "Report by: " + DATE.format(tasking.reportBy()) + ".");
        lines.add("Tasking: " + state(tasking));
        String rank = ranks.rankCheck(meeting.id()).map(RankCheck::sentence).orElse("");
        lines.add("Counterpart level: " + (rank.isEmpty() ? "the campaign sets no minimum." : rank));
        return Optional.of(new CableParagraph("Tasking", lines));
    }

    private static String state(TaskingRef tasking) {
        String text = tasking.state().label().toLowerCase(Locale.ENGLISH);
        if (tasking.state() == TaskingState.REPORTED && tasking.reportReference() != null) {
            text += " (" + tasking.reportReference() + ", " + DATE.format(tasking.reportedOn()) + ")";
        }
        if (tasking.waiverReason() != null) {
            text += "; waived: " + tasking.waiverReason().label().toLowerCase(Locale.ENGLISH);
        }
        return text + ".";
    }
}
