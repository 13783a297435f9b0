package org.outreachtracker.account;

/** Which accounts to list: those whose username or name contains the text (all when blank). */
public record AccountFilter(String text) {

    public static AccountFilter none() {
        return new AccountFilter(null);
    }
}
