package org.outreachtracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.outreachtracker.account.SignInAccount;
import org.outreachtracker.account.SignInAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps every signed-in session in step with its account, at every request (page loads, every UI
 * event of an open page, heartbeats, downloads): an account change made by an administrator takes
 * effect at the user's next request, whether or not they navigate.
 * <ul>
 * <li>One query per request compares the account's version with the one the session started
 *     with ({@link AccountPrincipal#stamp()}); nothing else happens while they are equal.</li>
 * <li>A deactivated (or removed) account: the session ends at once, recorded in the audit trail
 *     as such ({@link SessionLifecycle}); the request goes on as an anonymous visitor, so an open
 *     page is told its session expired and reloads into the sign-in page, and nothing it sent is
 *     carried out.</li>
 * <li>Any other change (roles, desk, name, password): the session's principal is made again from
 *     the account, so every access rule of this request and the next ones uses the current roles.
 *     When the roles changed, the open pages are shown again ({@link PageRequestHandler}),
 *     which brings "Not allowed" where the page is no longer allowed.</li>
 * </ul>
 * Static files are not checked. Not a bean, so that it runs only inside the security filter chain.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

    /** Session attribute: the roles of the signed-in account changed; its open pages are to be shown again. */
    static final String ROLES_CHANGED = CurrentAccountFilter.class.getName() + ".rolesChanged";

    static final String DEACTIVATED = "Session ended: the account was deactivated";

    private static final List<String> STATIC_FILES = List.of(
            "/VAADIN/build/",
            "/VAADIN/static/",
            "/VAADIN/themes/",
            "/styles/",
            "/images/",
            "/lumo/",
            "/icons/",
            "/favicon");

    private final SignInAccounts accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    CurrentAccountFilter(SignInAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isStaticFile(request)) {
            check(request, response);
        }
        chain.doFilter(request, response);
    }

    private void check(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return;
        }
        Optional<Long> stamp = accounts.stamp(principal.id());
        if (stamp.isPresent() && stamp.get() == principal.stamp()) {
            return;
        }
        Optional<SignInAccount> account = stamp.isEmpty()
                ? Optional.empty()
                : accounts.find(principal.getUsername()).filter(found -> found.id() == principal.id());
        if (account.isEmpty() || !account.get().enabled()) {
            endSession(request);
            return;
        }
        AccountPrincipal current = AccountPrincipal.of(account.get(), false);
        var refreshed = UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities());
        refreshed.setDetails(authentication.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(refreshed);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        HttpSession session = request.getSession(false);
        if (session != null && !current.roles().equals(principal.roles())) {
            session.setAttribute(ROLES_CHANGED, Boolean.TRUE);
        }
    }

    private static void endSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.setAttribute(SessionLifecycle.END_REASON, DEACTIVATED);
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // Ended meanwhile by another request.
            }
        }
        SecurityContextHolder.clearContext();
    }

    private static boolean isStaticFile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_FILES.stream().anyMatch(path::startsWith);
    }
}
