package org.outreachtracker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test signed in as a real account of the application, loaded through the application's
 * own {@code UserDetailsService} (so the principal carries the account's roles and desk, as after
 * the sign-in page), and signs out after the test. On a class it applies to all its tests (and
 * its subclasses'); on a method it overrides the class's account for that test. For a Spring test
 * (e.g. {@link IntegrationTest}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(SignedInAsExtension.class)
public @interface SignedInAs {

    /** The account's user name, e.g. "officer", "manager" or "admin". */
    String value();
}
