package org.outreachtracker.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Map;

/**
 * The page shell: Lumo and the application's own style sheet (from {@code frontend/styles},
 * served as a static resource, so no front-end bundle build is needed), and the application's
 * icon (from {@code frontend/images}, open to everyone like the style sheets). Server push is on,
 * so that an open page shows a new notification without a reload.
 */
@Push
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
@StyleSheet("styles/taskings.css")
@StyleSheet("styles/notifications.css")
@StyleSheet("styles/search.css")
@Meta(name = "referrer", content = "same-origin")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Outreach Tracker");
        settings.addLink("images/favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addLink("images/favicon-32.png", Map.of("rel", "icon", "type", "image/png", "sizes", "32x32"));
        settings.addLink("images/apple-touch-icon.png", Map.of("rel", "apple-touch-icon", "sizes", "180x180"));
    }
}
