package org.outreachtracker.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.security.AccessDenials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Application-wide browser settings: the document language, and one error handler for every
 * session, which logs the detail under a reference and shows the user a short message only.
 */
@Component
class ShellInitializer implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ShellInitializer.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(
                response -> response.getDocument().select("html").attr("lang", "en"));
        event.getSource()
                .addSessionInitListener(
                        sessionEvent -> sessionEvent.getSession().setErrorHandler(ShellInitializer::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable problem = event.getThrowable();
        String message;
        if (rootCause(problem) instanceof RuleViolationException refused) {
            message = refused.getMessage();
        } else if (AccessDenials.isAccessDenied(problem)) {
            log.warn("Action refused: {}", rootCause(problem).getMessage());
            message = "You are not allowed to do that.";
        } else {
            String reference = UnexpectedErrorPage.newReference();
            log.error("Error {} in a user action", reference, problem);
            message = "Something went wrong and the action was not completed. If this happens again,"
                    + " tell your administrator and quote the reference " + reference + ".";
        }
        if (UI.getCurrent() != null) {
            Notifications.error(message);
        }
    }

    private static Throwable rootCause(Throwable problem) {
        Throwable cause = problem;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
