package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.meeting.RecentApproach;

/**
 * Warns that a counterpart was met recently (by anyone): who, when, by which post and in which
 * campaign. It does not block saving.
 */
class RecentApproachWarning extends Composite<Div> {

    private final int days;

    RecentApproachWarning(int days) {
        this.days = days;
        getContent().addClassName("recent-approach-warning");
        getContent().getElement().setAttribute("role", "status");
        getContent().getElement().setAttribute("aria-live", "polite");
        getContent().setVisible(false);
    }

    void show(List<RecentApproach> approaches) {
        getContent().removeAll();
        getContent().setVisible(!approaches.isEmpty());
        if (approaches.isEmpty()) {
            return;
        }
        var title = new Span(getTranslation("meeting.recent.title", days));
        title.addClassName("warning-title");
        var list = new UnorderedList();
        for (RecentApproach approach : approaches) {
            list.add(new ListItem(getTranslation(
                    "meeting.recent.item",
                    approach.counterpartName(),
                    Formats.date(approach.meetingDate()),
                    approach.postName(),
                    approach.reportedBy(),
                    approach.campaignTitle())));
        }
        getContent().add(title, list, new Span(getTranslation("meeting.recent.stillSave")));
    }
}
