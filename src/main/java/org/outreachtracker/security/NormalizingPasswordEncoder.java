package org.outreachtracker.security;

import org.outreachtracker.account.PasswordPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes and compares passwords in their normalised form ({@link PasswordPolicy#normalize}), so a
 * password typed with a decomposed accent or a full-width letter signs in like the one that was
 * set. A password set before passwords were normalised was hashed as it was typed: when the
 * normalised form does not match and differs from what was typed, what was typed is compared too,
 * so nobody is locked out by the change (this second comparison happens only for passwords that
 * NFKC changes, which are rare).
 */
final class NormalizingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    NormalizingPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(PasswordPolicy.normalize(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null) {
            return delegate.matches(null, encodedPassword);
        }
        String normalized = PasswordPolicy.normalize(rawPassword);
        if (delegate.matches(normalized, encodedPassword)) {
            return true;
        }
        return !normalized.contentEquals(rawPassword) && delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
