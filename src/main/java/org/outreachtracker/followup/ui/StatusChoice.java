package org.outreachtracker.followup.ui;

import java.util.EnumSet;
import java.util.Set;
import org.outreachtracker.followup.FollowUpStatus;

/** The choices of the follow-ups list's status filter. */
enum StatusChoice {
    OUTSTANDING("Outstanding (open or in progress)", FollowUpStatus.OUTSTANDING),
    OPEN("Open", EnumSet.of(FollowUpStatus.OPEN)),
    IN_PROGRESS("In progress", EnumSet.of(FollowUpStatus.IN_PROGRESS)),
    DONE("Done", EnumSet.of(FollowUpStatus.DONE)),
    CANCELLED("Cancelled", EnumSet.of(FollowUpStatus.CANCELLED)),
    ANY("Any status", EnumSet.allOf(FollowUpStatus.class));

    private final String label;
    private final Set<FollowUpStatus> statuses;

    StatusChoice(String label, Set<FollowUpStatus> statuses) {
        this.label = label;
        this.statuses = Set.copyOf(statuses);
    }

    String label() {
        return label;
    }

    Set<FollowUpStatus> statuses() {
        return statuses;
    }
}
