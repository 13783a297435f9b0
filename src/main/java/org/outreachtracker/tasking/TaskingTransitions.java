package org.outreachtracker.tasking;

import static org.outreachtracker.tasking.TaskingState.APPOINTMENT_REQUESTED;
import static org.outreachtracker.tasking.TaskingState.DELIVERED;
import static org.outreachtracker.tasking.TaskingState.INSTRUCTED;
import static org.outreachtracker.tasking.TaskingState.REPORTED;
import static org.outreachtracker.tasking.TaskingState.WAIVED;

import java.util.Optional;

/**
 * The moves a tasking may make, written once:
 *
 * <ul>
 *   <li>instructed → appointment requested, delivered, waived;
 *   <li>appointment requested → delivered, waived;
 *   <li>delivered → reported; back to instructed or appointment requested only when its last
 *       delivering meeting is deleted;
 *   <li>waived → reported, or delivered when a meeting delivers the points after all;
 *   <li>instructed or appointment requested → reported only with a waiver reason (a report
 *       without a delivery says why there was none);
 *   <li>reported is final.
 * </ul>
 */
final class TaskingTransitions {

    private TaskingTransitions() {}

    /**
     * Why the move is refused, in plain words; empty when it is allowed.
     *
     * @param withWaiver whether the move comes with a waiver reason (only matters for reporting
     *     without a delivery)
     */
    static Optional<String> refusal(TaskingState from, TaskingState to, boolean withWaiver) {
        if (from == to) {
            return Optional.of("This tasking is already " + from.label().toLowerCase() + ".");
        }
        boolean allowed = switch (from) {
            case INSTRUCTED -> to == APPOINTMENT_REQUESTED || to == DELIVERED || to == WAIVED;
            case APPOINTMENT_REQUESTED -> to == DELIVERED || to == WAIVED;
            case DELIVERED -> to == REPORTED || to == INSTRUCTED || to == APPOINTMENT_REQUESTED;
            case WAIVED -> to == REPORTED || to == DELIVERED;
            case REPORTED -> false;
        };
        if (allowed) {
            return Optional.empty();
        }
        if (to == REPORTED && (from == INSTRUCTED || from == APPOINTMENT_REQUESTED)) {
            return withWaiver
                    ? Optional.empty()
                    : Optional.of("Nothing has been delivered yet: to mark it reported, give the reason"
                            + " for the waiver.");
        }
        if (from == REPORTED) {
            return Optional.of("This tasking has been reported; it cannot change any more.");
        }
        return Optional.of("A tasking that is " + from.label().toLowerCase() + " cannot become "
                + to.label().toLowerCase() + ".");
    }

    /** Whether the move is allowed. */
    static boolean allows(TaskingState from, TaskingState to, boolean withWaiver) {
        return refusal(from, to, withWaiver).isEmpty();
    }
}
