package org.outreachtracker.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.outreachtracker.base.Roles;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authentication of a session part-way through signing in: the password was right, the second
 * factor is still to come. It holds none of the account's roles, only
 * {@link Roles#SIGN_IN_INCOMPLETE} (and, at the set-up step, {@link Roles#ENROLLING_SECOND_FACTOR}),
 * so every service's access rule refuses it, whatever page asks; its principal is not an
 * {@link AccountPrincipal}, so nobody is "signed in" for the rest of the application. Replaced by
 * the full authentication once the second factor is done ({@link SessionIdentity}).
 */
final class SignInInProgress extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What is still to come. */
    enum Step {
        /** A code from the account's authenticator app, or a recovery code. */
        CODE,
        /** Setting up the authenticator app required of the account. */
        ENROLMENT
    }

    /** Who is signing in. */
    record Person(long id, String username, String displayName) implements Serializable {}

    private final Person person;
    private final Step step;

    private SignInInProgress(Person person, Step step, @Nullable Object details) {
        super(authorities(step));
        this.person = person;
        this.step = step;
        setDetails(details);
        setAuthenticated(true);
    }

    static SignInInProgress of(AccountPrincipal account, Step step, @Nullable Object details) {
        return new SignInInProgress(
                new Person(
                        account.id(),
                        account.getUsername(),
                        account.toSignedInUser().displayName()),
                step,
                details);
    }

    private static List<GrantedAuthority> authorities(Step step) {
        var incomplete = new SimpleGrantedAuthority(Roles.SIGN_IN_INCOMPLETE);
        return step == Step.ENROLMENT
                ? List.of(incomplete, new SimpleGrantedAuthority("ROLE_" + Roles.ENROLLING_SECOND_FACTOR))
                : List.of(incomplete);
    }

    Person person() {
        return person;
    }

    Step step() {
        return step;
    }

    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    @Override
    public Person getPrincipal() {
        return person;
    }

    @Override
    public String getName() {
        return person.username();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignInInProgress that
                && super.equals(that)
                && person.equals(that.person)
                && step == that.step;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + step.hashCode();
    }

    @Override
    public String toString() {
        return "SignInInProgress[" + person.username() + ", " + step + "]";
    }
}
