package org.outreachtracker.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.outreachtracker.base.AbstractEntity;

/** What must happen next after outreach, who owns it and by when. */
@Entity
@Table(name = "follow_up")
class FollowUp extends AbstractEntity {

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "country_id", nullable = false)
    private long countryId;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Column(nullable = false, length = 2000)
    private String description = "";

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority = Priority.MEDIUM;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private FollowUpStatus status = FollowUpStatus.OPEN;

    @Column(name = "completion_note", length = 2000)
    private String completionNote;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected FollowUp() {}

    FollowUp(long campaignId, long countryId, Long meetingId, FollowUpDraft draft) {
        this.campaignId = campaignId;
        this.countryId = countryId;
        this.meetingId = meetingId;
        this.description = draft.description().strip();
        this.ownerId = draft.ownerId();
        this.dueDate = draft.dueDate();
        this.priority = draft.priority();
    }

    /** Follows its meeting when the meeting's campaign or country is corrected. */
    void moveTo(long newCampaignId, long newCountryId) {
        campaignId = newCampaignId;
        countryId = newCountryId;
    }

    long getCountryId() {
        return countryId;
    }

    long getOwnerId() {
        return ownerId;
    }

    void setOwnerId(long ownerId) {
        this.ownerId = ownerId;
    }

    void changeStatus(FollowUpStatus newStatus, String note, Instant now) {
        status = newStatus;
        completionNote = note == null || note.isBlank() ? null : note.strip();
        completedAt = newStatus == FollowUpStatus.DONE || newStatus == FollowUpStatus.CANCELLED ? now : null;
    }

    FollowUpRef toRef(LocalDate today) {
        return new FollowUpRef(
                requireId(),
                getVersion(),
                campaignId,
                countryId,
                meetingId,
                description,
                ownerId,
                dueDate,
                priority,
                status,
                completionNote,
                status.isOutstanding() && dueDate.isBefore(today));
    }
}
