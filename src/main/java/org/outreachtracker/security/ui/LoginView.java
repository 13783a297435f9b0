package org.outreachtracker.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.outreachtracker.security.DurationText;
import org.outreachtracker.security.SecurityProperties;
import org.outreachtracker.security.SystemUseNotice;
import org.springframework.beans.factory.annotation.Value;

/**
 * The sign-in page, the only page open to anonymous visitors. It shows the system-use notice,
 * which must be acknowledged before signing in (the server refuses a sign-in without it), and
 * one message for every failed sign-in, whatever the reason.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Outreach Tracker")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    static final String FAILED_MESSAGE = "The username or password is not correct, or the account"
            + " cannot be used. Try again, or ask an administrator for help.";

    final LoginForm loginForm = new LoginForm();
    final Checkbox acknowledge = new Checkbox("I have read the notice and agree to its terms");
    private final Div status = new Div();
    private final String idleTimeout;

    LoginView(SecurityProperties securityProperties,
            @Value("${outreach.ui.banner-text:}") String bannerText,
            @Value("${outreach.demo.enabled:false}") boolean demoEnabled) {
        addClassName("login-view");
        idleTimeout = DurationText.of(securityProperties.session().idleTimeout());

        if (!bannerText.isBlank()) {
            var banner = new Div(bannerText);
            banner.addClassName("handling-banner");
            add(banner);
        }

        var card = new Div();
        card.addClassName("login-card");
        var title = new H1("Outreach Tracker");
        title.addClassName("login-title");

        acknowledge.setId("acknowledge-notice");
        acknowledge.addClassName("notice-acknowledgement");
        acknowledge.setHelperText("Required before you can sign in");
        acknowledge.addValueChangeListener(event -> {
            SystemUseNotice.acknowledge(event.getValue());
            enableForm(event.getValue());
        });
        var notice = new Div(new H2("System use notice"), new Paragraph(securityProperties.systemUseNotice()),
                acknowledge);
        notice.addClassName("system-use-notice");
        notice.getElement().setAttribute("role", "note");

        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        loginForm.setI18n(i18n());

        status.addClassName("login-status");
        status.getElement().setAttribute("role", "status");

        card.add(title, notice, status, loginForm);
        if (demoEnabled) {
            card.add(demoAccounts());
        }
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        loginForm.setError(parameters.containsKey("error"));
        if (parameters.containsKey("timed-out")) {
            status.setText("You were signed out after " + idleTimeout + " without activity.");
        } else {
            status.setText(parameters.containsKey("signed-out") ? "You have signed out." : "");
        }
        boolean acknowledged = SystemUseNotice.isAcknowledged();
        acknowledge.setValue(acknowledged);
        enableForm(acknowledged);
    }

    /** The form can be used once the notice is acknowledged; until then it is shown faded. */
    private void enableForm(boolean acknowledged) {
        loginForm.setEnabled(acknowledged);
        loginForm.getElement().getClassList().set("awaiting-notice", !acknowledged);
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        i18n.getErrorMessage().setMessage(FAILED_MESSAGE);
        return i18n;
    }

    private static Div demoAccounts() {
        var list = new UnorderedList(
                account("officer", "officer-demo-2026", "desk officer"),
                account("officer2", "officer2-demo-2026", "desk officer, another desk"),
                account("manager", "manager-demo-2026", "manager"),
                account("admin", "admin-demo-2026", "administrator"));
        var box = new Div(new H2("Demo accounts"),
                new Paragraph("This installation runs in demo mode with invented data."), list);
        box.addClassName("demo-accounts");
        return box;
    }

    private static ListItem account(String username, String password, String role) {
        var item = new ListItem();
        var name = new Span(username);
        name.addClassName("mono");
        var secret = new Span(password);
        secret.addClassName("mono");
        item.add(name, new Span(" / "), secret, new Span(" — " + role));
        return item;
    }
}
