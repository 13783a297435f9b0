package org.outreachtracker.reference;

/** A country's standing at the United Nations. */
public enum UnStatus {
    MEMBER,
    OBSERVER,
    OTHER
}
