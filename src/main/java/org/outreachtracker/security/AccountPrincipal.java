package org.outreachtracker.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.SignInAccount;
import org.outreachtracker.account.SignedInUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal of a signed-in account; kept in the HTTP session, and replaced
 * by {@link CurrentAccountFilter} as soon as the account changes.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 2L;

    private final long id;
    /** The account's version when this principal was made: any change to the account raises it. */
    private final long stamp;

    private final String username;
    private final String displayName;
    private @Nullable String passwordHash;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;

    private AccountPrincipal(SignInAccount account, boolean locked) {
        this.id = account.id();
        this.stamp = account.stamp();
        this.username = account.username();
        this.displayName = account.displayName();
        this.passwordHash = account.passwordHash();
        this.roles = account.roles();
        this.enabled = account.enabled();
        this.locked = locked;
    }

    /** The principal of an account; {@code locked} says whether its lock is still in force. */
    static AccountPrincipal of(SignInAccount account, boolean locked) {
        return new AccountPrincipal(account, locked);
    }

    long id() {
        return id;
    }

    long stamp() {
        return stamp;
    }

    Set<Role> roles() {
        return roles;
    }

    SignedInUser toSignedInUser() {
        return new SignedInUser(id, username, displayName, roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    List<Role> sortedRoles() {
        return roles.stream().sorted().toList();
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + "]";
    }
}
