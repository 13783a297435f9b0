package org.outreachtracker.admin.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.outreachtracker.base.Roles;

/** The administrator's landing page. */
@Route("admin/users")
@PageTitle("Users | Outreach Tracker")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed(Roles.ADMIN)
public class UserAdminView extends Main {

    UserAdminView() {
        addClassName("page");
        add(new Paragraph("Accounts, roles and desk assignments will be managed here."));
    }
}
