package org.outreachtracker.base;

/**
 * A request the application's rules refuse, with a message written for the person who made it
 * (for example "Only the officer who reported this meeting or a manager may change it").
 * Nothing has been changed when it is thrown.
 */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String message) {
        super(message);
    }
}
