package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.TalkingPointRef;
import org.outreachtracker.meeting.DeliveredPoint;
import org.outreachtracker.meeting.MeetingDraft.PointRaised;
import org.outreachtracker.meeting.Reaction;

/**
 * The campaign's talking points, each with a tick for "raised" and, once ticked, the
 * counterpart's reaction (required). Points already recorded as delivered show the wording
 * that was delivered, not the campaign's current wording.
 */
class TalkingPointsField extends Composite<Div> {

    private record Row(long pointId, Checkbox raised, Select<Reaction> reaction) {}

    private final List<Row> rows = new ArrayList<>();
    private boolean readOnly;
    private Runnable onChange = () -> {};

    TalkingPointsField() {
        getContent().addClassName("talking-points");
        getContent().getElement().setAttribute("role", "group");
        getContent().getElement().setAttribute("aria-label", getTranslation("meeting.points.label"));
    }

    /** Shows the points; {@code delivered} are those the meeting already records, with their wording. */
    void setPoints(List<TalkingPointRef> current, List<DeliveredPoint> delivered) {
        rows.clear();
        getContent().removeAll();
        Map<Long, DeliveredPoint> recorded = new HashMap<>();
        delivered.forEach(point -> recorded.put(point.talkingPointId(), point));
        List<DeliveredPoint> shown = new ArrayList<>(delivered);
        for (TalkingPointRef point : current) {
            if (!recorded.containsKey(point.id())) {
                shown.add(new DeliveredPoint(point.id(), point.position(), point.label(), point.text(), null));
            }
        }
        shown.sort(java.util.Comparator.comparingInt(DeliveredPoint::position));
        if (shown.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("meeting.points.chooseCampaign")));
            return;
        }
        int number = 1;
        for (DeliveredPoint point : shown) {
            addRow(number++, point, recorded.containsKey(point.talkingPointId()));
        }
    }

    private void addRow(int number, DeliveredPoint point, boolean wasRaised) {
        var raised = new Checkbox(number + ". " + point.label());
        raised.setValue(wasRaised);
        var reaction = new Select<Reaction>();
        reaction.setLabel(getTranslation("meeting.points.reaction", number));
        reaction.setItems(Reaction.values());
        reaction.setItemLabelGenerator(Translations::label);
        reaction.setPlaceholder(getTranslation("meeting.points.reaction.placeholder"));
        reaction.setValue(point.reaction());
        reaction.setEnabled(wasRaised && !readOnly);
        reaction.setReadOnly(readOnly);
        raised.setReadOnly(readOnly);
        raised.addValueChangeListener(event -> {
            reaction.setEnabled(event.getValue() && !this.readOnly);
            if (!event.getValue()) {
                reaction.clear();
                reaction.setInvalid(false);
            }
            onChange.run();
        });
        reaction.addValueChangeListener(event -> {
            reaction.setInvalid(false);
            onChange.run();
        });
        var text = new Paragraph(point.text());
        text.addClassName("point-text");
        var head = new Div(raised, reaction);
        head.addClassName("point-head");
        var row = new Div(head, text);
        row.addClassName("point-row");
        getContent().add(row);
        rows.add(new Row(point.talkingPointId(), raised, reaction));
    }

    /** The points ticked as raised, with their reactions. */
    List<PointRaised> value() {
        return rows.stream()
                .filter(row -> row.raised().getValue())
                .map(row -> new PointRaised(row.pointId(), row.reaction().getValue()))
                .toList();
    }

    /** Ticks exactly the given points as raised, with their reactions (points of other campaigns are ignored). */
    void restore(List<PointRaised> raised) {
        for (Row row : rows) {
            PointRaised kept = raised.stream()
                    .filter(point -> point.talkingPointId() == row.pointId())
                    .findFirst()
                    .orElse(null);
            row.raised().setValue(kept != null);
            row.reaction().setValue(kept == null ? null : kept.reaction());
        }
    }

    /** Called whenever a point is ticked or a reaction chosen. */
    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /** Marks raised points without a reaction; true when there are none. */
    boolean validate() {
        boolean valid = true;
        for (Row row : rows) {
            boolean missing = row.raised().getValue() && row.reaction().getValue() == null;
            row.reaction().setErrorMessage(missing ? getTranslation("meeting.points.reaction.required") : null);
            row.reaction().setInvalid(missing);
            valid &= !missing;
        }
        return valid;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        for (Row row : rows) {
            row.raised().setReadOnly(readOnly);
            row.reaction().setReadOnly(readOnly);
        }
    }
}
