package org.outreachtracker.tasking;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.meeting.MeetingChanged;
import org.outreachtracker.meeting.MeetingFacts;
import org.outreachtracker.meeting.MeetingRankService;
import org.outreachtracker.meeting.RankCheck;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each tasking's deliveries from the meeting service's change events, in the meeting's
 * transaction: a meeting logged (or restored) for a campaign and country delivers that country's
 * tasking; a meeting moved to another campaign or country delivers that one instead; a deleted
 * meeting no longer counts.
 *
 * <p>A tasking's delivery is its earliest live meeting. Deleting the only delivering meeting
 * takes a delivered tasking back to where it stood before (waived when it carries a waiver,
 * appointment requested when one was asked for, else instructed); a reported tasking stays
 * reported (the report cable was sent), without a delivery date. The delivery is flagged below the
 * minimum level when every counterpart met at every live delivering meeting was below the
 * campaign's minimum level.
 */
@Component
class TaskingDeliveries {

    private final TaskingRepository taskings;
    private final TaskingDeliveryRepository deliveries;
    private final TaskingRecorder recorder;
    private final MeetingRankService ranks;
    private final CampaignService campaigns;

    TaskingDeliveries(
            TaskingRepository taskings,
            TaskingDeliveryRepository deliveries,
            TaskingRecorder recorder,
            MeetingRankService ranks,
            CampaignService campaigns) {
        this.taskings = taskings;
        this.deliveries = deliveries;
        this.recorder = recorder;
        this.ranks = ranks;
        this.campaigns = campaigns;
    }

    @EventListener
    void on(MeetingChanged change) {
        Set<Tasking> touched = new LinkedHashSet<>();
        Optional<TaskingDelivery> known = deliveries.findById(change.meetingId());
        if (change.before() != null) {
            taskingOf(change.before()).ifPresent(touched::add);
        }
        Optional<Tasking> delivered = change.after() == null ? Optional.empty() : taskingOf(change.after());
        if (delivered.isPresent()) {
            Tasking tasking = delivered.get();
            boolean below = belowMinimum(change.meetingId());
            if (known.isPresent()) {
                known.get().update(tasking.requireId(), change.after().date(), below);
            } else {
                deliveries.save(new TaskingDelivery(
                        change.meetingId(), tasking.requireId(), change.after().date(), below));
            }
            touched.add(tasking);
        } else {
            known.ifPresent(deliveries::delete);
        }
        deliveries.flush();
        touched.forEach(this::refresh);
    }

    /** Checks a tasking's deliveries against its campaign's minimum level again (the minimum changed). */
    void recheck(Tasking tasking) {
        List<TaskingDelivery> delivered =
                deliveries.findByTaskingIdOrderByMeetingDateAscMeetingIdAsc(tasking.requireId());
        if (delivered.isEmpty()) {
            return;
        }
        delivered.forEach(delivery -> delivery.setBelowMinimumLevel(belowMinimum(delivery.getMeetingId())));
        deliveries.flush();
        refresh(tasking);
    }

    private boolean belowMinimum(long meetingId) {
        return ranks.rankCheck(meetingId).map(RankCheck::belowMinimum).orElse(false);
    }

    private Optional<Tasking> taskingOf(MeetingFacts facts) {
        return taskings.findByCampaignIdAndCountryId(facts.campaignId(), facts.countryId());
    }

    /** Brings a tasking in line with its live deliveries, recording and auditing any change. */
    private void refresh(Tasking tasking) {
        LocalDate today = recorder.today();
        TaskingRef before = tasking.toRef(today);
        List<TaskingDelivery> delivered =
                deliveries.findByTaskingIdOrderByMeetingDateAscMeetingIdAsc(tasking.requireId());
        TaskingDelivery first = delivered.isEmpty() ? null : delivered.getFirst();
        boolean allBelow = !delivered.isEmpty() && delivered.stream().allMatch(TaskingDelivery::isBelowMinimumLevel);
        tasking.deliveries(
                first == null ? null : first.getMeetingId(), first == null ? null : first.getMeetingDate(), allBelow);
        LocalDate effectiveOn = today;
        TaskingState state = tasking.getState();
        if (first != null
                && (state == TaskingState.INSTRUCTED
                        || state == TaskingState.APPOINTMENT_REQUESTED
                        || state == TaskingState.WAIVED)) {
            tasking.moveTo(TaskingState.DELIVERED, recorder.now());
            effectiveOn = notBeforeInstruction(first.getMeetingDate(), tasking.getCampaignId());
        } else if (first == null && state == TaskingState.DELIVERED) {
            tasking.moveTo(tasking.beforeDelivery(), recorder.now());
        }
        if (!before.equals(tasking.toRef(today))) {
            recorder.changed(tasking, before, effectiveOn);
        }
    }

    /** The day a delivery counts for: the meeting's date, or the instruction's for a meeting dated earlier. */
    private LocalDate notBeforeInstruction(LocalDate meetingDate, long campaignId) {
        LocalDate issued =
                campaigns.campaign(campaignId).map(CampaignDetails::issueDate).orElse(meetingDate);
        return meetingDate.isBefore(issued) ? issued : meetingDate;
    }
}
