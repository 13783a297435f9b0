package org.outreachtracker.account;

import java.util.Set;

/** Who is signed in, as the rest of the application sees it. */
public record SignedInUser(long id, String username, String displayName, Set<Role> roles) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
