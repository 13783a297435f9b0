package org.outreachtracker.account;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user, for services and views. Desk countries are read from the database on
 * each call, so a desk change made by an administrator applies at once.
 */
@Component
public class CurrentUser {

    /** The name under which the application itself acts (start-up work, automatic unlocks). */
    public static final String SYSTEM_NAME = "system";

    private final SignedInIdentity identity;
    private final UserAccountRepository accounts;

    CurrentUser(SignedInIdentity identity, UserAccountRepository accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    /** The signed-in user, or empty for an anonymous request or the system itself. */
    public Optional<SignedInUser> get() {
        return identity.get();
    }

    /**
     * The person part-way through signing in who must set up an authenticator app first; empty
     * for everyone else (also for a signed-in user).
     */
    public Optional<SignedInUser> enrolling() {
        return identity.enrolling();
    }

    /** Signs in, with their roles, the person who just set up the authenticator app required of them. */
    public boolean finishSignInAfterEnrolment() {
        return identity.finishSignInAfterEnrolment();
    }

    /** The signed-in user; refuses access when there is none. */
    public SignedInUser require() {
        return identity.require();
    }

    public boolean hasRole(Role role) {
        return get().map(user -> user.hasRole(role)).orElse(false);
    }

    /** The ids of the countries on the signed-in user's desk (empty if none). */
    @Transactional(readOnly = true)
    public Set<Long> deskCountryIds() {
        return get().flatMap(user -> accounts.findById(user.id()))
                .map(UserAccount::getDeskCountryIds)
                .orElse(Set.of());
    }

    /**
     * The desk rule for the signed-in user: a manager works on every country, a desk officer on
     * the countries on their desk (read from the database, so an administrator's change applies
     * at once).
     */
    @Transactional(readOnly = true)
    public DeskRule desk() {
        return hasRole(Role.MANAGER) ? DeskRule.manager() : new DeskRule(false, deskCountryIds());
    }

    /** Whether the signed-in user must choose a new password before doing anything else. */
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired() {
        return get().flatMap(user -> accounts.findById(user.id()))
                .map(UserAccount::isPasswordChangeRequired)
                .orElse(false);
    }

    /** Whether the signed-in user's account still exists and is not deactivated. */
    @Transactional(readOnly = true)
    public boolean accountActive() {
        return get().flatMap(user -> accounts.findById(user.id()))
                .map(UserAccount::isEnabled)
                .orElse(false);
    }

    /** Signs the user out: the session is invalidated and the browser goes to the sign-in page. */
    public void signOut() {
        identity.signOut();
    }
}
