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

    /** Signs the user out: the session is invalidated and the browser goes to the sign-in page. */
    void signOut();
}
