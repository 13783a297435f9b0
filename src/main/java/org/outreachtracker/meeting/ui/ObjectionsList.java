package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.outreachtracker.campaign.ObjectionRef;
import org.outreachtracker.meeting.MeetingDetails;

/** The objections a meeting recorded, for those who read it: the expected ones first, then the others. */
class ObjectionsList extends Composite<Div> {

    ObjectionsList(MeetingDetails meeting, List<ObjectionRef> campaignObjections) {
        var list = new UnorderedList();
        campaignObjections.stream()
                .filter(o -> meeting.objectionIds().contains(o.id()))
                .forEach(o -> list.add(new ListItem(o.text())));
        meeting.newObjections()
                .forEach(text -> list.add(new ListItem(getTranslation("meeting.objections.notExpected", text))));
        if (list.getChildren().findAny().isEmpty()) {
            getContent().setVisible(false);
            return;
        }
        getContent().addClassName("objections-list");
        getContent().add(new H2(getTranslation("meeting.form.section.objections")), list);
    }
}
