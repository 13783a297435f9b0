package org.outreachtracker.tasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreachtracker.tasking.TaskingState.APPOINTMENT_REQUESTED;
import static org.outreachtracker.tasking.TaskingState.DELIVERED;
import static org.outreachtracker.tasking.TaskingState.INSTRUCTED;
import static org.outreachtracker.tasking.TaskingState.REPORTED;
import static org.outreachtracker.tasking.TaskingState.WAIVED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every move between two tasking states, with and without a waiver reason: allowed or refused in plain words. */
class TaskingTransitionsTest {

    /** The moves allowed without a waiver reason. */
    private static final Map<TaskingState, Set<TaskingState>> ALLOWED = Map.of(
            INSTRUCTED, EnumSet.of(APPOINTMENT_REQUESTED, DELIVERED, WAIVED),
            APPOINTMENT_REQUESTED, EnumSet.of(DELIVERED, WAIVED),
            DELIVERED, EnumSet.of(REPORTED, INSTRUCTED, APPOINTMENT_REQUESTED),
            WAIVED, EnumSet.of(REPORTED, DELIVERED),
            REPORTED, EnumSet.noneOf(TaskingState.class));

    @Test
    void everyMoveWithoutAWaiverIsAllowedExactlyWhenTheRulesSaySo() {
        for (TaskingState from : TaskingState.values()) {
            for (TaskingState to : TaskingState.values()) {
                boolean expected = ALLOWED.get(from).contains(to);
                assertThat(TaskingTransitions.allows(from, to, false))
                        .as("%s → %s", from, to)
                        .isEqualTo(expected);
                if (!expected) {
                    assertThat(TaskingTransitions.refusal(from, to, false))
                            .as("%s → %s explains the refusal", from, to)
                            .hasValueSatisfying(message -> assertThat(message).endsWith("."));
                }
            }
        }
    }

    @Test
    void aWaiverReasonOnlyOpensReportingWithoutADelivery() {
        for (TaskingState from : TaskingState.values()) {
            for (TaskingState to : TaskingState.values()) {
                boolean reportWithoutDelivery = to == REPORTED && (from == INSTRUCTED || from == APPOINTMENT_REQUESTED);
                boolean expected = ALLOWED.get(from).contains(to) || reportWithoutDelivery;
                assertThat(TaskingTransitions.allows(from, to, true))
                        .as("%s → %s with a waiver", from, to)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void theRefusalsSayWhatToDo() {
        assertThat(TaskingTransitions.refusal(INSTRUCTED, REPORTED, false))
                .hasValue("Nothing has been delivered yet: to mark it reported, give the reason for the waiver.");
        assertThat(TaskingTransitions.refusal(REPORTED, DELIVERED, false))
                .hasValue("This tasking has been reported; it cannot change any more.");
        assertThat(TaskingTransitions.refusal(DELIVERED, DELIVERED, false))
                .hasValue("This tasking is already delivered.");
        assertThat(TaskingTransitions.refusal(DELIVERED, WAIVED, true))
                .hasValue("A tasking that is delivered cannot become waived.");
    }

    @Test
    void onlyReportedAndWaivedTaskingsOweNoReport() {
        assertThat(EnumSet.allOf(TaskingState.class).stream().filter(TaskingState::isOutstanding))
                .containsExactlyInAnyOrder(INSTRUCTED, APPOINTMENT_REQUESTED, DELIVERED);
    }
}
