package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A joint démarche: the partner governments or organizations that delivered with us (chosen from
 * the usual ones or typed), and whether a partner delivered without us, in which case the country
 * counts as approached by a partner, not by us.
 */
class JointDeliveryField extends Composite<Div> {

    /** Partners offered; others are typed in. */
    static final List<String> USUAL_PARTNERS = List.of(
            "European Union", "G7 partners", "Australia", "Canada", "France", "Germany", "Japan", "United Kingdom");

    static final int NAME_MAX = 100;

    final MultiSelectComboBox<String> partners = new MultiSelectComboBox<>(getTranslation("meeting.joint.partners"));
    final Checkbox partnerOnly = new Checkbox(getTranslation("meeting.joint.partnerOnly"));
    private final Set<String> offered = new TreeSet<>(USUAL_PARTNERS);

    JointDeliveryField() {
        partners.setItems(offered);
        partners.setAllowCustomValue(true);
        partners.setHelperText(getTranslation("meeting.joint.partners.helper"));
        partners.addCustomValueSetListener(event -> {
            String name = event.getDetail() == null ? "" : event.getDetail().strip();
            if (name.isEmpty()) {
                return;
            }
            if (name.length() > NAME_MAX) {
                partners.setInvalid(true);
                partners.setErrorMessage(getTranslation("meeting.joint.tooLong"));
                return;
            }
            partners.setInvalid(false);
            offered.add(name);
            Set<String> chosen = new LinkedHashSet<>(partners.getValue());
            chosen.add(name);
            partners.setItems(offered);
            partners.setValue(chosen);
        });
        partnerOnly.setTooltipText(getTranslation("meeting.joint.partnerOnly.tooltip"));
        partnerOnly.addValueChangeListener(event -> check());
        partners.addValueChangeListener(event -> check());
        partners.setWidthFull();
        getContent().addClassName("joint-delivery");
        getContent().add(partners, partnerOnly);
    }

    /** A delivery by a partner alone names the partner. */
    private void check() {
        if (partnerOnly.getValue() && partners.getValue().isEmpty()) {
            partners.setInvalid(true);
            partners.setErrorMessage(getTranslation("meeting.joint.partnerRequired"));
        } else if (partners.getValue().stream().allMatch(name -> name.length() <= NAME_MAX)) {
            partners.setInvalid(false);
        }
    }

    boolean validate() {
        check();
        return !partners.isInvalid();
    }

    Set<String> names() {
        return new LinkedHashSet<>(partners.getValue());
    }

    void setValue(Set<String> names, boolean alone) {
        offered.addAll(names);
        partners.setItems(offered);
        partners.setValue(new LinkedHashSet<>(names));
        partnerOnly.setValue(alone);
    }

    List<String> sortedNames() {
        return new ArrayList<>(new TreeSet<>(partners.getValue()));
    }
}
