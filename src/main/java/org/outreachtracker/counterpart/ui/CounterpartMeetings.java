package org.outreachtracker.counterpart.ui;

import com.vaadin.flow.component.Component;

/**
 * The list of a counterpart's meetings shown in their details. Meetings name their counterparts,
 * so the feature that records meetings supplies the list (as a bean) and the directory only shows it.
 */
public interface CounterpartMeetings {

    /** A new component listing the meetings with this counterpart. */
    Component listFor(long counterpartId);

    /** How many live meetings name this counterpart. */
    long countFor(long counterpartId);
}
