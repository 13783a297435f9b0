package org.outreachtracker.meeting;

import java.time.Instant;

/**
 * A meeting form its user left without saving.
 *
 * @param meetingId the meeting being changed, or {@code null} for a new meeting
 * @param savedAt when it was last kept
 * @param content the form's state, as the form wrote it
 */
public record UnsavedMeeting(Long meetingId, Instant savedAt, String content) {}
