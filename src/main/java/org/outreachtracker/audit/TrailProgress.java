package org.outreachtracker.audit;

/** Told how far a check of the audit trail has come: events checked of the total. */
@FunctionalInterface
public interface TrailProgress {

    TrailProgress NONE = (checked, total) -> {};

    void checked(long checked, long total);
}
