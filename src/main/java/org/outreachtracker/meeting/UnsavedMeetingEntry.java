package org.outreachtracker.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.outreachtracker.base.AbstractEntity;

/** A meeting form one user left without saving (see {@link UnsavedMeetingService}). */
@Entity
@Table(name = "unsaved_meeting")
class UnsavedMeetingEntry extends AbstractEntity {

    /** The key of a new meeting's form; an existing meeting's form is keyed by its id. */
    static final long NEW_MEETING = 0;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "meeting_key", nullable = false, updatable = false)
    private long meetingKey;

    @Column(nullable = false, length = UnsavedMeetingService.MAX_CONTENT)
    private String content = "";

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected UnsavedMeetingEntry() {}

    UnsavedMeetingEntry(long userId, long meetingKey) {
        this.userId = userId;
        this.meetingKey = meetingKey;
    }

    void keep(String content, Instant at) {
        this.content = content;
        this.savedAt = at;
    }

    UnsavedMeeting toRecord() {
        return new UnsavedMeeting(meetingKey == NEW_MEETING ? null : meetingKey, savedAt, content);
    }
}
