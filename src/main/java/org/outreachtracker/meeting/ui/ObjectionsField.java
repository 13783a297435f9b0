package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.outreachtracker.campaign.ObjectionRef;

/**
 * The objections the counterpart raised: the campaign's expected ones to tick, and others in the
 * officer's words, one per line.
 */
class ObjectionsField extends Composite<Div> {

    static final int MAX_LENGTH = 300;

    final CheckboxGroup<ObjectionRef> expected = new CheckboxGroup<>(getTranslation("meeting.objections.expected"));
    final TextArea others = new TextArea(getTranslation("meeting.objections.others"));

    ObjectionsField() {
        expected.setItemLabelGenerator(ObjectionRef::text);
        expected.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        expected.setHelperText(getTranslation("meeting.objections.expected.helper"));
        others.setHelperText(getTranslation("meeting.objections.others.helper"));
        others.setWidthFull();
        getContent().add(expected, others);
        getContent().addClassName("objections-field");
        setObjections(List.of());
    }

    /** Offers the chosen campaign's expected objections, keeping those still ticked. */
    void setObjections(List<ObjectionRef> campaignObjections) {
        Set<Long> ticked = ids();
        expected.setItems(campaignObjections);
        expected.setValue(
                campaignObjections.stream().filter(o -> ticked.contains(o.id())).collect(Collectors.toSet()));
        expected.setVisible(!campaignObjections.isEmpty());
    }

    /** Shows what a meeting being changed recorded. */
    void setValue(Set<Long> raisedIds, List<String> newOnes) {
        expected.setValue(expected.getListDataView()
                .getItems()
                .filter(o -> raisedIds.contains(o.id()))
                .collect(Collectors.toSet()));
        others.setValue(String.join("\n", newOnes));
    }

    Set<Long> ids() {
        return expected.getValue() == null
                ? new HashSet<>()
                : expected.getValue().stream().map(ObjectionRef::id).collect(Collectors.toSet());
    }

    /** The other objections, one per non-blank line. */
    List<String> newOnes() {
        return Arrays.stream(others.getValue().split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** Whether each other objection fits; marks the field when one does not. */
    boolean validate() {
        boolean fits = newOnes().stream().allMatch(line -> line.length() <= MAX_LENGTH);
        others.setInvalid(!fits);
        others.setErrorMessage(fits ? null : getTranslation("meeting.objections.tooLong", MAX_LENGTH));
        return fits;
    }
}
