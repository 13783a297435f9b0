package org.outreachtracker.counterpart.ui;

import com.vaadin.flow.component.Component;

/**
 * The list of a counterpart's meetings shown in the counterpart's details. The meeting feature
 * provides it: meetings depend on counterparts, so the counterpart feature must not depend on
 * meetings (the architecture test forbids the cycle).
 */
public interface CounterpartMeetings {

    /** A new component listing the meetings with this counterpart, newest first; each leads to its meeting. */
    Component listFor(long counterpartId);
}
