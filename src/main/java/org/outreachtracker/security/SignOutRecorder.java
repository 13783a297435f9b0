package org.outreachtracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.outreachtracker.account.DurationText;
import org.outreachtracker.account.SecurityProperties;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Records a sign-out in the audit trail. Runs first among the sign-out steps, before the session
 * is invalidated, and marks the session so that its end is not recorded a second time.
 */
@Component
class SignOutRecorder implements LogoutHandler {

    /** Session attribute: the sign-out of this session is already in the audit trail. */
    static final String RECORDED = SignOutRecorder.class.getName() + ".recorded";
    /** Session attribute: the sign-out happens because the session was idle too long. */
    static final String IDLE = SignOutRecorder.class.getName() + ".idle";

    private final AuditLog auditLog;
    private final SecurityProperties.Session sessionRules;

    SignOutRecorder(AuditLog auditLog, SecurityProperties properties) {
        this.auditLog = auditLog;
        this.sessionRules = properties.session();
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return;
        }
        HttpSession session = request.getSession(false);
        boolean idle = session != null && Boolean.TRUE.equals(session.getAttribute(IDLE));
        auditLog.event(
                principal.getUsername(),
                AuditAction.SIGN_OUT,
                AuditedObject.USER,
                principal.id(),
                AuditOutcome.SUCCESS,
                request.getRemoteAddr(),
                idle
                        ? "Signed out automatically after " + DurationText.of(sessionRules.idleTimeout())
                                + " without activity"
                        : "Signed out");
        if (session != null) {
            session.setAttribute(RECORDED, Boolean.TRUE);
        }
    }
}
