package org.outreachtracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.outreachtracker.account.SignInAttempts;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Looks at every sign-in (POST /login) before the password does, and at the start of a sign-in
 * through the ministry's provider (refused without the notice, like a password sign-in): keeps the username tried, so
 * that the sign-in page can show it again after a failure, and refuses a sign-in from a session
 * that has not acknowledged the system-use notice, before the password is even looked at (back
 * to the sign-in page, which asks for the tick). The sign-in form sends the tick with the username
 * and password ({@link SystemUseNotice#FORM_PARAMETER}), so a tick made just before signing in
 * counts even if the page had not yet told the server. Not a bean, so that it runs only inside
 * the security filter chain.
 */
class SystemUseNoticeFilter extends OncePerRequestFilter {

    private final SignInAttempts attempts;

    SystemUseNoticeFilter(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isExternalSignIn(request) && !SystemUseNotice.isAcknowledged(request)) {
            attempts.refusedWithoutNotice("(single sign-on)", request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + SecurityConfig.LOGIN_PATH + "?notice");
            return;
        }
        if (isSignIn(request)) {
            SystemUseNotice.rememberUsernameTried(request);
            if (SystemUseNotice.FORM_VALUE.equals(request.getParameter(SystemUseNotice.FORM_PARAMETER))) {
                SystemUseNotice.acknowledge(request);
            }
            if (!SystemUseNotice.isAcknowledged(request)) {
                attempts.refusedWithoutNotice(request.getParameter("username"), request.getRemoteAddr());
                response.sendRedirect(request.getContextPath() + SecurityConfig.LOGIN_PATH + "?notice");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The start of a sign-in through the ministry's provider ({@link ExternalSignInSecurity}). */
    static boolean isExternalSignIn(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(ExternalSignInSecurity.START_PATH);
    }

    static boolean isSignIn(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && SecurityConfig.LOGIN_PATH.equals(path);
    }
}
