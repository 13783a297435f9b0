package org.outreachtracker.desk.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.outreachtracker.security.Roles;

/** The desk officer's landing page. */
@Route("my-desk")
@PageTitle("My desk")
@Menu(order = 10, icon = "vaadin:desktop", title = "My desk")
@RolesAllowed(Roles.DESK_OFFICER)
public class MyDeskView extends Main {

    MyDeskView() {
        addClassName("page");
        add(new Paragraph("Your desk countries, outstanding outreach and follow-ups will be shown here."));
    }
}
