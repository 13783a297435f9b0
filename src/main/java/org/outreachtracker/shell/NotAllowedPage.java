package org.outreachtracker.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.outreachtracker.security.Refusals;

/**
 * Shown, instead of the content, when a signed-in user opens a page their roles do not allow; the
 * refusal is recorded in the audit trail.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotAllowedPage extends ErrorPage implements HasDynamicTitle, HasErrorParameter<AccessDeniedException> {

    private final transient Refusals refusals;

    NotAllowedPage(Refusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        refusals.pageRefused(event.getLocation().getPath());
        show(getTranslation("shell.notAllowed.heading"), getTranslation("shell.notAllowed.text"));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.notAllowed.title") + " | Outreach Tracker";
    }
}
