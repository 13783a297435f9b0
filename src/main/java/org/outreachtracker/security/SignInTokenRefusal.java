package org.outreachtracker.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.outreachtracker.account.SignInAttempts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * What happens to a request refused for a missing or wrong CSRF token. A sign-in (POST /login)
 * without the session's token is recorded as a failed sign-in and sent back to the sign-in page,
 * which says the page had expired: it is what a person sees whose sign-in page stayed open longer
 * than the session, and what a form posted from another site (signing the victim into someone
 * else's account) gets. Any other request gets the plain 403 answer.
 */
final class SignInTokenRefusal implements AccessDeniedHandler {

    private final SignInAttempts attempts;
    private final AccessDeniedHandler others = new AccessDeniedHandlerImpl();

    SignInTokenRefusal(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        if (refused instanceof CsrfException && SystemUseNoticeFilter.isSignIn(request)) {
            attempts.refusedWithoutToken(request.getParameter("username"), request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + SecurityConfig.LOGIN_PATH + "?expired");
            return;
        }
        others.handle(request, response, refused);
    }
}
