package org.outreachtracker.security;

import java.util.List;
import java.util.function.Supplier;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.base.Roles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs start-up work under an identity, so that it goes through the same service rules as
 * a person would: as the application itself ({@link Roles#SYSTEM}), or as a named account.
 */
@Component
public class SystemAccess {

    private final UserDetailsService userDetailsService;

    SystemAccess(UserDetailsService userDetailsService) {
        this.userDetailsService = userDetailsService;
    }

    public <T> T asSystem(Supplier<T> work) {
        var authentication = new UsernamePasswordAuthenticationToken(
                CurrentUser.SYSTEM_NAME, null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.SYSTEM)));
        return runWith(authentication, work);
    }

    public void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }

    /** Runs the work as the given account, with that account's roles. */
    public <T> T asUser(String username, Supplier<T> work) {
        var principal = userDetailsService.loadUserByUsername(username);
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        return runWith(authentication, work);
    }

    private static <T> T runWith(Authentication authentication, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
