package org.outreachtracker.coverage.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.outreachtracker.tasking.TaskingState;

/**
 * How the map coloured by tasking state paints each country: the state of its post's tasking, a
 * tasking past the report-by date and not reported as "lapsed", a country without a tasking apart.
 * "Instructed" (nothing done yet) is hatched as "not yet approached" is, "appointment requested" and
 * "waived" carry patterns of their own, so no state is told by colour alone; the colours are in
 * app.css ({@code --ot-tasking-*}).
 */
enum TaskingStyle {
    NO_TASKING(null),
    INSTRUCTED("hatch"),
    APPOINTMENT_REQUESTED("dots"),
    DELIVERED(null),
    REPORTED(null),
    WAIVED("hatch"),
    LAPSED(null);

    private final Swatch swatch;

    /** Each style's name is the text coverage.TaskingStyle.NAME. */
    TaskingStyle(String pattern) {
        this.swatch =
                new Swatch("tasking-" + name().toLowerCase(Locale.ROOT), "coverage.TaskingStyle." + name(), pattern);
    }

    Swatch swatch() {
        return swatch;
    }

    /** The style of a country whose tasking is in this state ({@code null}: none), lapsed or not. */
    static TaskingStyle of(TaskingState state, boolean lapsed) {
        if (state == null) {
            return NO_TASKING;
        }
        if (lapsed && state.isOutstanding()) {
            return LAPSED;
        }
        return valueOf(state.name());
    }

    /** Every style's swatch, in the legend's order. */
    static List<Swatch> swatches() {
        return Arrays.stream(values()).map(TaskingStyle::swatch).toList();
    }
}
