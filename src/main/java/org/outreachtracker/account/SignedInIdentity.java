package org.outreachtracker.account;

import java.util.Optional;

/**
 * Who is signed in on this request, as the security feature knows it; the rest of the
 * application reads it through {@link CurrentUser}.
 */
public interface SignedInIdentity {

    /** The signed-in user, or empty for an anonymous request or the system itself. */
    Optional<SignedInUser> get();

    /** The signed-in user; refuses access when there is none. */
    SignedInUser require();

    /**
     * The person part-way through signing in who must set up an authenticator app before anything
     * else (password right, a second factor required, none yet): not signed in, no roles.
     */
    Optional<SignedInUser> enrolling();

    /**
     * Ends the set-up step of signing in once the person's authenticator app is confirmed: from
     * then on they are signed in with their roles. False (nothing changes) when this session is
     * not at that step or the account has no confirmed app.
     */
    boolean finishSignInAfterEnrolment();

    /** Signs the user out: the session is invalidated and the browser goes to the sign-in page. */
    void signOut();
}
