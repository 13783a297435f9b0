package org.outreachtracker.account;

import java.util.Set;

/** An account as other features see it: to show a name, or to pick an owner. */
public record UserRef(long id, String username, String displayName, Set<Role> roles, boolean enabled) {

    public UserRef {
        roles = Set.copyOf(roles);
    }

    /** Whether this user takes part in outreach work (reads and owns outreach records). */
    public boolean worksOnOutreach() {
        return enabled && (roles.contains(Role.DESK_OFFICER) || roles.contains(Role.MANAGER));
    }
}
