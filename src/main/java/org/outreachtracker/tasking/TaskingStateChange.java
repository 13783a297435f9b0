package org.outreachtracker.tasking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One state a tasking entered, and the day it counts for; never changed once written. */
@Entity
@Table(name = "tasking_state_change")
class TaskingStateChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tasking_id", nullable = false, updatable = false)
    private long taskingId;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "country_id", nullable = false, updatable = false)
    private long countryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 25, updatable = false)
    private TaskingState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 25, updatable = false)
    private TaskingState toState;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100, updatable = false)
    private String changedBy;

    protected TaskingStateChange() {}

    TaskingStateChange(
            Tasking tasking,
            TaskingState fromState,
            TaskingState toState,
            LocalDate effectiveOn,
            Instant changedAt,
            String changedBy) {
        this.taskingId = tasking.requireId();
        this.campaignId = tasking.getCampaignId();
        this.countryId = tasking.getCountryId();
        this.fromState = fromState;
        this.toState = toState;
        this.effectiveOn = effectiveOn;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }
}
