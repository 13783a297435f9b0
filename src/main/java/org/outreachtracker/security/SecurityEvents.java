package org.outreachtracker.security;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInvocation;
import org.outreachtracker.account.SignInAttempts;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns Spring Security's events into the application's records: sign-in failures (counted for the
 * lockout rule; a sign-in itself is recorded where it is decided: {@link SignInAttempts#rightPassword},
 * or, for an account with an authenticator app, {@code SecondFactorSignIn} once the code is right),
 * and service calls that method security refused a signed-in user (or a session part-way through
 * signing in).
 */
@Component
class SecurityEvents {

    private final SignInAttempts attempts;
    private final AuditLog auditLog;

    SecurityEvents(SignInAttempts attempts, AuditLog auditLog) {
        this.attempts = attempts;
        this.auditLog = auditLog;
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        if (attempt instanceof OAuth2LoginAuthenticationToken) {
            return; // recorded by the external sign-in itself (ExternalSignInSecurity)
        }
        var failure = switch (event.getException()) {
            case BadCredentialsException ignored -> SignInAttempts.Failure.BAD_CREDENTIALS;
            case LockedException ignored -> SignInAttempts.Failure.LOCKED;
            case DisabledException ignored -> SignInAttempts.Failure.DISABLED;
            default -> SignInAttempts.Failure.OTHER;
        };
        attempts.failed(attempt.getName(), sourceAddress(attempt), failure);
    }

    /** A signed-in user (not an anonymous visitor) refused a service call by method security. */
    @EventListener
    void accessDenied(AuthorizationDeniedEvent<?> event) {
        Method method = switch (event.getObject()) {
            case MethodInvocation invocation -> invocation.getMethod();
            case MethodInvocationResult result -> result.getMethodInvocation().getMethod();
            case null, default -> null;
        };
        Authentication authentication = event.getAuthentication().get();
        if (method == null
                || authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        String call = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        auditLog.event(
                authentication.getName(),
                AuditAction.ACCESS_DENIED,
                AuditedObject.SERVICE_CALL,
                call,
                AuditOutcome.DENIED,
                sourceAddress(authentication),
                "Refused by the access rules: " + call);
    }

    /** Where the request came from: the current request, or the address the user signed in from. */
    static String sourceAddress(Authentication authentication) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return null;
    }
}
