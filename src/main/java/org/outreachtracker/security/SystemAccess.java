package org.outreachtracker.security;

import com.vaadin.flow.internal.CurrentInstance;
import java.util.List;
import java.util.function.Supplier;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.base.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs start-up and scheduled work under an identity, so that it goes through the same service
 * rules as a person would: as the application itself ({@link Roles#SYSTEM}), or as a named
 * account. The identity is kept in this application's own security-context strategy and in
 * Spring Security's static holder, for this thread only: they are one and the same when one
 * application runs in the JVM, and differ only where tests run several nodes in one JVM.
 *
 * <p>Work started from a user's action in a view (a listener telling others of a saved meeting)
 * runs outside that user's Vaadin session for its duration: Vaadin's security-context strategy
 * reads the session's sign-in before the thread's, which would otherwise win over this identity.
 */
@Component
public class SystemAccess {

    private final UserDetailsService userDetailsService;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    SystemAccess(UserDetailsService userDetailsService, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.userDetailsService = userDetailsService;
        this.strategy = strategy;
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

    private <T> T runWith(Authentication authentication, Supplier<T> work) {
        var vaadinInstances = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            return runWithoutVaadin(authentication, work);
        } finally {
            CurrentInstance.restoreInstances(vaadinInstances);
        }
    }

    private <T> T runWithoutVaadin(Authentication authentication, Supplier<T> work) {
        var holders = new java.util.LinkedHashSet<SecurityContextHolderStrategy>();
        holders.add(strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
        holders.add(SecurityContextHolder.getContextHolderStrategy());
        var previous = new java.util.ArrayList<SecurityContext>();
        for (SecurityContextHolderStrategy holder : holders) {
            previous.add(holder.getContext());
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(authentication);
            holder.setContext(context);
        }
        try {
            return work.get();
        } finally {
            var restore = previous.iterator();
            holders.forEach(holder -> holder.setContext(restore.next()));
        }
    }
}
