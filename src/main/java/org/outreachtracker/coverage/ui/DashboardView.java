package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.outreachtracker.security.Roles;

/** The manager's landing page. */
@Route("dashboard")
@PageTitle("Dashboard")
@Menu(order = 20, icon = "vaadin:dashboard", title = "Dashboard")
@RolesAllowed(Roles.MANAGER)
public class DashboardView extends Main {

    DashboardView() {
        addClassName("page");
        add(new Paragraph("Coverage, responses and overdue follow-ups will be shown here."));
    }
}
