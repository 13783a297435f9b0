package org.outreachtracker.meeting;

import java.util.Optional;

/**
 * A paragraph that a feature adds to the reporting cable on a meeting, from what it keeps about
 * the meeting (the tasking, the documents left, the objections raised, the commitments). Each
 * feature declares it as a bean; {@link CableService} asks every one, in their {@code @Order},
 * inside its own access check. The meeting's feature knows none of them, so none of them makes a
 * cycle.
 */
public interface CableContribution {

    /** The paragraph for this meeting; empty when the feature has nothing to say about it. */
    Optional<CableParagraph> paragraph(MeetingDetails meeting);
}
