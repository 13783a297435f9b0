package org.outreachtracker.account;

/**
 * The roles a user may hold (several at once). The names are the single source for every access
 * rule: annotations use the constants in {@link Roles}, which must match these names.
 */
public enum Role {
    DESK_OFFICER("Desk officer"),
    MANAGER("Manager"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** How the role is shown to people. */
    public String label() {
        return label;
    }

    /** The Spring Security authority that carries this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
