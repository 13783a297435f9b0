package org.outreachtracker.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.outreachtracker.account.DurationText;
import org.outreachtracker.account.SecurityProperties;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Every HTTP session ends after the server's idle limit ({@link SecurityProperties.Session#serverTimeout()});
 * when a signed-in session ends without a sign-out (the browser was closed, or went quiet), the
 * audit trail records it as a sign-out. Registered by Spring Boot as a servlet listener.
 */
@Component
class SessionLifecycle implements HttpSessionListener {

    /** Session attribute: why the session ends, when it is ended on purpose without a sign-out. */
    static final String END_REASON = SessionLifecycle.class.getName() + ".endReason";

    private static final Logger log = LoggerFactory.getLogger(SessionLifecycle.class);

    private final AuditLog auditLog;
    private final SecurityProperties.Session sessionRules;
    private volatile boolean stopping;

    SessionLifecycle(AuditLog auditLog, SecurityProperties properties) {
        this.auditLog = auditLog;
        this.sessionRules = properties.session();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession()
                .setMaxInactiveInterval((int) sessionRules.serverTimeout().toSeconds());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        if (Boolean.TRUE.equals(session.getAttribute(SignOutRecorder.RECORDED))
                || !(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context)
                || context.getAuthentication() == null
                || !(context.getAuthentication().getPrincipal() instanceof AccountPrincipal principal)) {
            return;
        }
        String note = session.getAttribute(END_REASON) instanceof String reason
                ? reason
                : stopping
                        ? "Session ended: the server stopped"
                        : "Session ended after " + DurationText.of(sessionRules.idleTimeout()) + " without activity";
        try {
            auditLog.event(
                    principal.getUsername(),
                    AuditAction.SIGN_OUT,
                    AuditedObject.USER,
                    principal.id(),
                    AuditOutcome.SUCCESS,
                    null,
                    note);
        } catch (RuntimeException e) {
            log.warn("Could not record the end of {}'s session: {}", principal.getUsername(), e.toString());
        }
    }

    @EventListener(ContextClosedEvent.class)
    void stopping() {
        stopping = true;
    }
}
