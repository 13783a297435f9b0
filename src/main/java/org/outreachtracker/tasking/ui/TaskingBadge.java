package org.outreachtracker.tasking.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.tasking.TaskingRef;

/** A tasking's state as a badge: the text always says it ("Delivered", "Instructed · lapsed"); colour only supports it. */
public final class TaskingBadge {

    private TaskingBadge() {}

    public static Span of(TaskingRef tasking) {
        var badge = new Span(text(tasking));
        badge.addClassNames(
                "status-badge",
                "tasking-" + tasking.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (tasking.overdue()) {
            badge.addClassName("tasking-lapsed");
        }
        return badge;
    }

    /** The state in words, with "lapsed" when the report-by date has passed without a report. */
    public static String text(TaskingRef tasking) {
        String state =
                Translations.text("tasking.TaskingState." + tasking.state().name());
        return tasking.overdue() ? Translations.text("tasking.badge.lapsed", state) : state;
    }
}
