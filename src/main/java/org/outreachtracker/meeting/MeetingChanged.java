package org.outreachtracker.meeting;

/**
 * A live meeting changed: {@code before} is what it said until now, {@code after} what it says
 * from now on. {@code before} is null for a meeting logged or restored, {@code after} for one
 * deleted. {@link MeetingService} publishes it last in the transaction that saves the change, and
 * listeners run in that transaction (plain {@code @EventListener}s): what they keep commits with
 * the meeting or not at all, and a listener that fails undoes the change.
 */
public record MeetingChanged(long meetingId, MeetingFacts before, MeetingFacts after) {

    public MeetingChanged {
        if (before == null && after == null) {
            throw new IllegalArgumentException("A change has a before, an after or both");
        }
    }

    /** Logged or restored: the meeting counts from now on. */
    public static MeetingChanged added(long meetingId, MeetingFacts after) {
        return new MeetingChanged(meetingId, null, after);
    }

    /** Deleted: the meeting no longer counts. */
    public static MeetingChanged removed(long meetingId, MeetingFacts before) {
        return new MeetingChanged(meetingId, before, null);
    }
}
