package org.outreachtracker.base;

/**
 * Role names as compile-time constants, for access annotations such as
 * {@code @RolesAllowed(Roles.MANAGER)}, kept here in the shared kernel so every feature can
 * name them. {@code RolesTest} checks they match {@code org.outreachtracker.account.Role}.
 */
public final class Roles {

    public static final String DESK_OFFICER = "DESK_OFFICER";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";

    /**
     * Held only by the application itself while it does start-up work (creating the first
     * accounts, loading demo data); never granted to a person.
     */
    public static final String SYSTEM = "SYSTEM";

    private Roles() {}
}
