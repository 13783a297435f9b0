package org.outreachtracker.account;

/** A sign-in through the ministry's provider that this application refuses; the message is for the person. */
public class ExternalSignInRefused extends RuntimeException {

    public ExternalSignInRefused(String message) {
        super(message);
    }
}
