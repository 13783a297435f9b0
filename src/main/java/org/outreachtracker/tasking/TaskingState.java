package org.outreachtracker.tasking;

import java.util.EnumSet;
import java.util.Set;

/** Where a post stands with a campaign's instruction. */
public enum TaskingState {
    INSTRUCTED("Instructed"),
    APPOINTMENT_REQUESTED("Appointment requested"),
    DELIVERED("Delivered"),
    REPORTED("Reported"),
    WAIVED("Waived");

    /** The states in which the post still owes headquarters a report. */
    public static final Set<TaskingState> OUTSTANDING = EnumSet.of(INSTRUCTED, APPOINTMENT_REQUESTED, DELIVERED);

    private final String label;

    TaskingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the post still owes a report (neither reported nor waived). */
    public boolean isOutstanding() {
        return OUTSTANDING.contains(this);
    }

    /** Whether the points have been delivered (by a meeting, and possibly reported since). */
    public boolean isDeliveredOrLater() {
        return this == DELIVERED || this == REPORTED;
    }
}
