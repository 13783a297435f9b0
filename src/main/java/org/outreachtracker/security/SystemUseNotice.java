package org.outreachtracker.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Whether the visitor has acknowledged the system-use notice in this browser session. The sign-in
 * page records it (and sends it with the form); {@link SystemUseNoticeFilter} refuses any sign-in
 * without it. A new session (after signing out, or when the session ended) must acknowledge it
 * again. Also keeps the username last tried in this session, so the sign-in page can show it
 * again after a failed attempt.
 */
public final class SystemUseNotice {

    static final String ACKNOWLEDGED = SystemUseNotice.class.getName() + ".acknowledged";
    static final String USERNAME_TRIED = SystemUseNotice.class.getName() + ".usernameTried";
    /** The sign-in form's field that carries the tick, and its value when ticked. */
    public static final String FORM_PARAMETER = "notice";

    public static final String FORM_VALUE = "acknowledged";

    private SystemUseNotice() {}

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
        WrappedSession session = currentSession();
        return session != null && Boolean.TRUE.equals(session.getAttribute(ACKNOWLEDGED));
    }

    /** The username tried at the last failed sign-in of this session, if any (shown again in the form). */
    public static Optional<String> usernameTried() {
        WrappedSession session = currentSession();
        return session != null && session.getAttribute(USERNAME_TRIED) instanceof String username
                ? Optional.of(username)
                : Optional.empty();
    }

    /**
     * The message of the last refused sign-in through the ministry's provider in this session,
     * taken (shown once).
     */
    public static Optional<String> takeExternalSignInMessage() {
        WrappedSession session = currentSession();
        if (session != null && session.getAttribute(ExternalSignInSecurity.MESSAGE) instanceof String message) {
            session.removeAttribute(ExternalSignInSecurity.MESSAGE);
            return Optional.of(message);
        }
        return Optional.empty();
    }

    /** Where the sign-in with a smart card's certificate starts. */
    public static String certificateSignInPath() {
        return CertificateSignInFilter.PATH.substring(1);
    }

    /** Where the sign-in through the ministry's provider starts. */
    public static String externalSignInPath() {
        return ExternalSignInSecurity.START_PATH.substring(1);
    }

    static boolean isAcknowledged(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(ACKNOWLEDGED));
    }

    static void acknowledge(HttpServletRequest request) {
        request.getSession().setAttribute(ACKNOWLEDGED, Boolean.TRUE);
    }

    static void rememberUsernameTried(HttpServletRequest request) {
        String username = request.getParameter("username");
        HttpSession session = request.getSession(false);
        if (session != null && username != null && !username.isBlank()) {
            session.setAttribute(
                    USERNAME_TRIED,
                    username.strip().length() > 100 ? username.strip().substring(0, 100) : username.strip());
        }
    }

    private static WrappedSession currentSession() {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        return vaadinSession == null ? null : vaadinSession.getSession();
    }
}
