package org.outreachtracker.base;

/**
 * A save refused because someone else changed the same record since it was opened. The
 * user's own input is not lost: the form keeps it on screen to copy.
 */
public class ConcurrentChangeException extends RuleViolationException {

    public ConcurrentChangeException(String what) {
        super("Someone else changed this " + what + " after you opened it, so your changes were not saved."
                + " Copy what you need, then reload to see the current version.");
    }
}
