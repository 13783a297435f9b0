package org.outreachtracker.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown for an address that leads nowhere, or to a record that does not exist. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundPage extends ErrorPage implements HasDynamicTitle, HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(getTranslation("shell.notFound.heading"), getTranslation("shell.notFound.text"));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.notFound.title") + " | Outreach Tracker";
    }
}
