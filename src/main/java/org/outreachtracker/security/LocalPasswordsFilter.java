package org.outreachtracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.outreachtracker.account.ExternalAccounts;
import org.outreachtracker.account.ExternalSignInProperties;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When local passwords are off ({@link ExternalSignInProperties#localPasswords()}), refuses a
 * password sign-in for every account but the break-glass ones, before the password is looked at,
 * and records it; the sign-in page then names the ministry's sign-in. The rule is the same for
 * every name, known here or not, so the refusal tells nothing about which accounts exist. Not a
 * bean, so that it runs only inside the security filter chain.
 */
class LocalPasswordsFilter extends OncePerRequestFilter {

    private final ExternalSignInProperties settings;
    private final ExternalAccounts accounts;

    LocalPasswordsFilter(ExternalSignInProperties settings, ExternalAccounts accounts) {
        this.settings = settings;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SystemUseNoticeFilter.isSignIn(request)) {
            String username = request.getParameter("username");
            if (!settings.mayUsePassword(username == null ? "" : username)) {
                accounts.passwordRefused(username == null ? "" : username, request.getRemoteAddr());
                response.sendRedirect(request.getContextPath() + SecurityConfig.LOGIN_PATH + "?passwords-off");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
