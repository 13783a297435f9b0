package org.outreachtracker.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.outreachtracker.base.DatabaseUnavailable;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.security.AccessDenials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Application-wide browser settings: the document language and direction, each page's language
 * and time zone ({@link DisplaySettings}), and one error handler for every
 * session, which logs the detail under a reference and shows the user a short message only.
 */
@Component
class ShellInitializer implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ShellInitializer.class);

    private final DisplaySettings display;

    ShellInitializer(DisplaySettings display) {
        this.display = display;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            var language = display.language(response.getVaadinRequest());
            response.getDocument()
                    .select("html")
                    .attr("lang", language.toLanguageTag())
                    .attr("dir", Languages.isRightToLeft(language) ? "rtl" : "ltr");
        });
        event.getSource().addUIInitListener(uiEvent -> display.apply(uiEvent.getUI(), VaadinRequest.getCurrent()));
        event.getSource()
                .addSessionInitListener(
                        sessionEvent -> sessionEvent.getSession().setErrorHandler(ShellInitializer::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable problem = event.getThrowable();
        String message;
        if (rootCause(problem) instanceof RuleViolationException refused) {
            message = Translations.refusal(refused);
        } else if (DatabaseUnavailable.isCause(problem)) {
            // Not a defect: the same action succeeds once the database is back. One line, no stack.
            log.warn(
                    "A user action failed: the database cannot be reached ({})",
                    rootCause(problem).toString());
            message = Translations.text("shell.action.databaseUnavailable");
        } else if (AccessDenials.isAccessDenied(problem)) {
            log.warn("Action refused: {}", rootCause(problem).getMessage());
            message = Translations.text("shell.action.notAllowed");
        } else {
            String reference = UnexpectedErrorPage.newReference();
            log.error("Error {} in a user action", reference, problem);
            message = Translations.text("shell.action.failed", reference);
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
