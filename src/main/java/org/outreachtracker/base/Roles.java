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

    /**
     * Held only by a person part-way through signing in who must set up an authenticator app
     * before anything else (their password was right; a second factor is required of them and
     * they have none yet): it lets them call what setting one up needs, and nothing else.
     */
    public static final String ENROLLING_SECOND_FACTOR = "ENROLLING_SECOND_FACTOR";

    /**
     * The authority (not a role) of every session part-way through signing in: the password was
     * right, the second factor (a code, or setting up an app) is still to come. Such a session
     * holds none of the roles above, and {@link Authenticated} methods refuse it.
     */
    public static final String SIGN_IN_INCOMPLETE = "SIGN_IN_INCOMPLETE";

    private Roles() {}
}
