package org.outreachtracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in (POST /login) from a session that has not acknowledged the system-use
 * notice, before the password is even looked at: back to the sign-in page with the one message
 * every failed sign-in gets. Not a bean, so that it runs only inside the security filter chain.
 */
class SystemUseNoticeFilter extends OncePerRequestFilter {

    private final SignInAttempts attempts;

    SystemUseNoticeFilter(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isSignIn(request) && !SystemUseNotice.isAcknowledged(request)) {
            attempts.refusedWithoutNotice(request.getParameter("username"), request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + SecurityConfig.LOGIN_PATH + "?error");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isSignIn(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && SecurityConfig.LOGIN_PATH.equals(path);
    }
}
