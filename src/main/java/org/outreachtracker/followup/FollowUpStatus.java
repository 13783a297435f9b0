package org.outreachtracker.followup;

import java.util.EnumSet;
import java.util.Set;

/** Where a follow-up stands. Open and in-progress actions are outstanding; they can be overdue. */
public enum FollowUpStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    CANCELLED("Cancelled");

    public static final Set<FollowUpStatus> OUTSTANDING = EnumSet.of(OPEN, IN_PROGRESS);

    private final String label;

    FollowUpStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOutstanding() {
        return OUTSTANDING.contains(this);
    }
}
