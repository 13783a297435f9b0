package org.outreachtracker.followup;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The handling markings of the meetings follow-ups came from, for the follow-ups export. The
 * meeting feature provides it (follow-ups do not read meetings themselves).
 */
public interface MeetingMarkings {

    /** The handling markings in use, lowest first. */
    List<String> order();

    /** The marking of each of these meetings that the current user may read, by meeting id. */
    Map<Long, String> of(Collection<Long> meetingIds);
}
