package org.outreachtracker.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown, instead of the content, when a signed-in user opens a page their roles do not allow. */
@ParentLayout(MainLayout.class)
@PageTitle("Not allowed | Outreach Tracker")
@AnonymousAllowed
public class NotAllowedPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("Not allowed", "Your roles do not allow you to open this page."
                + " If you need it for your work, ask an administrator.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
