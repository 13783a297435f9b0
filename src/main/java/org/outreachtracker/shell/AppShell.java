package org.outreachtracker.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo and the application's own style sheet (from {@code frontend/styles},
 * served as a static resource, so no front-end bundle build is needed).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@StyleSheet("styles/campaigns.css")
@StyleSheet("styles/counterparts.css")
@StyleSheet("styles/meetings.css")
@StyleSheet("styles/followups.css")
@StyleSheet("styles/desk.css")
@StyleSheet("styles/accounts.css")
@StyleSheet("styles/reference.css")
@StyleSheet("styles/exchange.css")
@StyleSheet("styles/ops.css")
@Meta(name = "referrer", content = "same-origin")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Outreach Tracker");
    }
}
