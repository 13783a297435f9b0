package org.outreachtracker.account;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How to reach a person: who they are, whether their account is active, their e-mail address if
 * any, and the language their messages are written in (their chosen language, else English).
 */
public record AccountContact(
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        boolean active,
        @Nullable String email,
        Locale language) {

    public AccountContact {
        roles = Set.copyOf(roles);
    }

    /** Whether mail may go to this person: an active account with an address. */
    public boolean reachableByEmail() {
        return active && email != null;
    }
}
