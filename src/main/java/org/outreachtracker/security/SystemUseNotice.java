package org.outreachtracker.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Whether the visitor has acknowledged the system-use notice in this browser session. The sign-in
 * page records it; {@link SystemUseNoticeFilter} refuses any sign-in without it. A new session
 * (after signing out, or when the session ended) must acknowledge it again.
 */
public final class SystemUseNotice {

    static final String ACKNOWLEDGED = SystemUseNotice.class.getName() + ".acknowledged";

    private SystemUseNotice() {
    }

    /** Records (or withdraws) the acknowledgement in the current session. */
    public static void acknowledge(boolean agreed) {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        if (agreed) {
            session.setAttribute(ACKNOWLEDGED, Boolean.TRUE);
        } else {
            session.removeAttribute(ACKNOWLEDGED);
        }
    }

    /** Whether the current session has acknowledged the notice. */
    public static boolean isAcknowledged() {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        WrappedSession session = vaadinSession == null ? null : vaadinSession.getSession();
        return session != null && Boolean.TRUE.equals(session.getAttribute(ACKNOWLEDGED));
    }

    static boolean isAcknowledged(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(ACKNOWLEDGED));
    }
}
