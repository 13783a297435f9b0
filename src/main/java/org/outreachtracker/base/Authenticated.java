package org.outreachtracker.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Access rule for a service method that any signed-in user may call, whatever their roles.
 * Finer rules (desk scoping, ownership) are then checked inside the method. A session part-way
 * through signing in (second factor still to come, {@link Roles#SIGN_IN_INCOMPLETE}) is refused.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("isAuthenticated() and !hasAuthority('" + Roles.SIGN_IN_INCOMPLETE + "')")
public @interface Authenticated {}
