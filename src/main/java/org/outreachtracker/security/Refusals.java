package org.outreachtracker.security;

import com.vaadin.flow.server.VaadinRequest;
import java.util.List;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records, in the audit trail, what the user interface refused a signed-in user: a page their
 * roles do not allow, and actions on controls that were disabled or hidden (which Vaadin ignores;
 * a browser only sends them when it was tampered with, or in the moment the control was being
 * disabled). Each refusal is recorded once per request. Refused service calls are recorded by
 * {@link SecurityEvents}.
 */
@Component
public class Refusals {

    private static final String RECORDED = Refusals.class.getName() + ".recorded:";

    private final AuditLog auditLog;

    Refusals(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** A signed-in user was shown "Not allowed" instead of the page at this address. */
    public void pageRefused(String path) {
        String page = "/" + (path == null ? "" : path);
        if (signedInUser() == null || !firstInRequest("page:" + page)) {
            return;
        }
        auditLog.event(
                signedInUser(),
                AuditAction.ACCESS_DENIED,
                AuditedObject.PAGE,
                page,
                AuditOutcome.DENIED,
                SecurityEvents.sourceAddress(null),
                "Refused by the access rules: the page " + page);
    }

    /** Actions sent for disabled or hidden controls, ignored while handling one request of a page. */
    void uiEventsRefused(String page, List<String> actions) {
        if (actions.isEmpty() || signedInUser() == null || !firstInRequest("events")) {
            return;
        }
        String listed = String.join("; ", actions.size() > 5 ? actions.subList(0, 5) : actions)
                + (actions.size() > 5 ? "; and " + (actions.size() - 5) + " more" : "");
        auditLog.event(
                signedInUser(),
                AuditAction.ACCESS_DENIED,
                AuditedObject.UI_EVENT,
                page,
                AuditOutcome.DENIED,
                SecurityEvents.sourceAddress(null),
                "Ignored " + (actions.size() == 1 ? "an action" : actions.size() + " actions")
                        + " on a disabled or hidden control on the page " + page + ": " + listed);
    }

    private static String signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? principal.getUsername()
                : null;
    }

    private static boolean firstInRequest(String what) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return true;
        }
        if (request.getAttribute(RECORDED + what) != null) {
            return false;
        }
        request.setAttribute(RECORDED + what, Boolean.TRUE);
        return true;
    }
}
