package org.outreachtracker.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.outreachtracker.base.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when opening a page fails unexpectedly. The detail goes to the log under a reference
 * the user can quote; the page itself shows none.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class UnexpectedErrorPage extends ErrorPage implements HasDynamicTitle, HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorPage.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (DatabaseUnavailable.isCause(parameter.getCaughtException())) {
            log.warn(
                    "Opening '{}' failed: the database cannot be reached ({})",
                    event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            show(getTranslation("shell.unavailable.heading"), getTranslation("shell.unavailable.text"));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = newReference();
        log.error(
                "Error {} while opening '{}'",
                reference,
                event.getLocation().getPath(),
                parameter.getCaughtException());
        show(getTranslation("shell.unexpected.heading"), getTranslation("shell.unexpected.text", reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.unexpected.title") + " | Outreach Tracker";
    }
}
