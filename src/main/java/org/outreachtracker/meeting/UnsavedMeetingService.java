package org.outreachtracker.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Meeting forms left without saving, so that an officer whose session timed out, or who closed
 * the tab, gets their work back: the form keeps its state here as they type, per user and
 * meeting (a new meeting, or the one being changed). Each user sees only their own. Logging or
 * saving the meeting deletes it ({@link MeetingService}); so does discarding it.
 */
@Service
@Validated
@Transactional
public class UnsavedMeetingService {

    /** Enough for every field of a meeting at its limits, and for text pasted over them. */
    public static final int MAX_CONTENT = 200_000;

    private final UnsavedMeetingRepository entries;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final Clock clock;

    UnsavedMeetingService(
            UnsavedMeetingRepository entries, MeetingService meetings, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in user's unsaved form of this meeting ({@code null}: a new meeting), if any. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Optional<UnsavedMeeting> unsaved(Long meetingId) {
        return entries.find(currentUser.require().id(), key(meetingId)).map(UnsavedMeetingEntry::toRecord);
    }

    /**
     * Keeps the signed-in user's unsaved form of this meeting, replacing the one kept before;
     * returns when. Changes are kept only for a meeting the user may change.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public Instant keep(
            Long meetingId,
            @NotNull @Size(max = MAX_CONTENT, message = "The form is too large to keep as a draft.") String content) {
        if (meetingId != null && !meetings.mayEdit(meetingId)) {
            throw RuleViolationException.because("refusal.meeting.goneOrNotYours");
        }
        long userId = currentUser.require().id();
        UnsavedMeetingEntry entry =
                entries.find(userId, key(meetingId)).orElseGet(() -> new UnsavedMeetingEntry(userId, key(meetingId)));
        Instant now = clock.instant();
        entry.keep(content, now);
        entries.saveAndFlush(entry);
        return now;
    }

    /** Deletes the signed-in user's unsaved form of this meeting, if any. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public void discard(Long meetingId) {
        entries.delete(currentUser.require().id(), key(meetingId));
    }

    static long key(Long meetingId) {
        return meetingId == null ? UnsavedMeetingEntry.NEW_MEETING : meetingId;
    }
}
