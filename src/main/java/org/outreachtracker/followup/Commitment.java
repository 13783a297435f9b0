package org.outreachtracker.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.outreachtracker.base.AbstractEntity;

/** What a host government committed to in a meeting, who checks back on it and when, and what became of it. */
@Entity
@Table(name = "commitment")
class Commitment extends AbstractEntity {

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "country_id", nullable = false)
    private long countryId;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(nullable = false, length = 2000)
    private String description = "";

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "check_back_date", nullable = false)
    private LocalDate checkBackDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private CommitmentOutcome outcome = CommitmentOutcome.OPEN;

    @Column(name = "outcome_note", length = 2000)
    private String outcomeNote;

    @Column(name = "checked_back_at")
    private Instant checkedBackAt;

    protected Commitment() {}

    Commitment(long campaignId, long countryId, long meetingId, CommitmentDraft draft) {
        this.campaignId = campaignId;
        this.countryId = countryId;
        this.meetingId = meetingId;
        this.description = draft.description().strip();
        this.ownerId = draft.ownerId();
        this.checkBackDate = draft.checkBackDate();
    }

    /** Follows its meeting when the meeting's campaign or country is corrected. */
    void moveTo(long newCampaignId, long newCountryId) {
        campaignId = newCampaignId;
        countryId = newCountryId;
    }

    long getOwnerId() {
        return ownerId;
    }

    void recordOutcome(CommitmentOutcome newOutcome, String note, Instant now) {
        outcome = newOutcome;
        outcomeNote = note == null || note.isBlank() ? null : note.strip();
        checkedBackAt = newOutcome.isOpen() ? null : now;
    }

    CommitmentRef toRef(LocalDate today) {
        return new CommitmentRef(
                requireId(),
                getVersion(),
                campaignId,
                countryId,
                meetingId,
                description,
                ownerId,
                checkBackDate,
                outcome,
                outcomeNote,
                outcome.isOpen() && !checkBackDate.isAfter(today));
    }
}
