package org.outreachtracker.admin.ui;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.outreachtracker.account.AccountDraft;
import org.outreachtracker.account.Role;

/** The account form's values while they are edited. */
class UserFormData {

    private String username = "";
    private String displayName = "";
    private String email = "";
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Set<Long> deskCountryIds = new HashSet<>();

    static UserFormData of(String username, AccountDraft draft) {
        var data = new UserFormData();
        data.username = username;
        data.displayName = draft.displayName();
        data.email = draft.email() == null ? "" : draft.email();
        data.roles = draft.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(draft.roles());
        data.deskCountryIds = new HashSet<>(draft.deskCountryIds());
        return data;
    }

    /** What the service is asked to save; only desk officers keep desk countries. */
    AccountDraft toDraft() {
        return new AccountDraft(
                displayName, roles, roles.contains(Role.DESK_OFFICER) ? deskCountryIds : Set.of(), email);
    }

    String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email == null ? "" : email;
    }

    Set<Role> getRoles() {
        return roles;
    }

    void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    Set<Long> getDeskCountryIds() {
        return deskCountryIds;
    }

    void setDeskCountryIds(Set<Long> deskCountryIds) {
        this.deskCountryIds = new HashSet<>(deskCountryIds);
    }
}
