package org.outreachtracker.account;

/**
 * Turns passwords into stored hashes and checks them; provided by the security feature, which
 * owns the hashing scheme.
 */
public interface PasswordHashing {

    String hash(String password);

    boolean matches(String password, String hash);
}
