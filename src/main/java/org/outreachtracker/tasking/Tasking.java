package org.outreachtracker.tasking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.outreachtracker.base.RuleViolationException;

/** One post's tasking for one campaign and country: instructed, asked, delivered, reported or waived. */
@Entity
@Table(name = "tasking")
class Tasking extends org.outreachtracker.base.AbstractEntity {

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "country_id", nullable = false, updatable = false)
    private long countryId;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "report_by")
    private LocalDate reportBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 25)
    private TaskingState state = TaskingState.INSTRUCTED;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    @Column(name = "appointment_requested_on")
    private LocalDate appointmentRequestedOn;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    @Column(name = "delivering_meeting_id")
    private Long deliveringMeetingId;

    @Column(name = "below_minimum_level", nullable = false)
    private boolean belowMinimumLevel;

    @Column(name = "report_reference", length = 100)
    private String reportReference;

    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "waiver_reason", length = 30)
    private WaiverReason waiverReason;

    @Column(name = "waived_by", length = 100)
    private String waivedBy;

    @Column(name = "waived_at")
    private Instant waivedAt;

    protected Tasking() {}

    Tasking(long campaignId, long countryId, Long postId, LocalDate reportBy, Instant now) {
        this.campaignId = campaignId;
        this.countryId = countryId;
        this.postId = postId;
        this.reportBy = reportBy;
        this.stateChangedAt = now;
    }

    long getCampaignId() {
        return campaignId;
    }

    long getCountryId() {
        return countryId;
    }

    TaskingState getState() {
        return state;
    }

    void setReportBy(LocalDate reportBy) {
        this.reportBy = reportBy;
    }

    /** Moves to another state, if the transition rules allow it. */
    void moveTo(TaskingState to, Instant now) {
        TaskingTransitions.refusal(state, to, waiverReason != null).ifPresent(refusal -> {
            throw new RuleViolationException(refusal);
        });
        state = to;
        stateChangedAt = now;
    }

    void appointmentRequested(LocalDate on, Instant now) {
        moveTo(TaskingState.APPOINTMENT_REQUESTED, now);
        appointmentRequestedOn = on;
    }

    /**
     * Records the earliest live delivery (null when none is left) and whether every live delivery
     * was below the campaign's minimum level.
     */
    void deliveries(Long meetingId, LocalDate on, boolean allBelowMinimum) {
        deliveringMeetingId = meetingId;
        deliveredOn = on;
        belowMinimumLevel = meetingId != null && allBelowMinimum;
    }

    void waive(WaiverReason reason, String by, Instant now) {
        waiverReason = reason;
        waivedBy = by;
        waivedAt = now;
    }

    void reported(String reference, LocalDate on) {
        reportReference = reference;
        reportedOn = on;
    }

    /** The state a tasking goes back to when its last delivery is deleted. */
    TaskingState beforeDelivery() {
        if (waiverReason != null) {
            return TaskingState.WAIVED;
        }
        return appointmentRequestedOn != null ? TaskingState.APPOINTMENT_REQUESTED : TaskingState.INSTRUCTED;
    }

    TaskingRef toRef(LocalDate today) {
        return new TaskingRef(
                requireId(),
                getVersion(),
                campaignId,
                countryId,
                postId,
                reportBy,
                state,
                stateChangedAt,
                appointmentRequestedOn,
                deliveredOn,
                deliveringMeetingId,
                belowMinimumLevel,
                reportReference,
                reportedOn,
                waiverReason,
                waivedBy,
                waivedAt,
                state.isOutstanding() && reportBy != null && reportBy.isBefore(today));
    }
}
