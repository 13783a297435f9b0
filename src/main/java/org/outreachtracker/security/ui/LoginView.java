package org.outreachtracker.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.outreachtracker.account.ExternalSignInProperties;
import org.outreachtracker.account.SecurityProperties;
import org.outreachtracker.base.DatabaseUnavailable;
import org.outreachtracker.security.CertificateSignInProperties;
import org.outreachtracker.security.SystemUseNotice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page, the only page open to anonymous visitors. It shows the system-use notice,
 * whose tick box comes first (focus starts on it, and Tab then leads into the form), and which
 * must be ticked before signing in: the form can always be filled in, and signing in without the
 * tick (the button or Enter) says, next to the box, what to do (the server also refuses a sign-in
 * without it). Every failed sign-in gets one message, whatever the reason, and keeps the username
 * that was tried.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The product's name, the same in every language. */
    static final String PRODUCT = "Outreach Tracker";

    /** The browser event the form sends to the tick box when someone signs in without ticking it. */
    static final String NOTICE_REQUIRED_EVENT = "notice-required";

    /**
     * Runs in the browser on the sign-in form: signing in without the tick is stopped there (the
     * form stays usable and the tick box is told), the tick is sent with the form, the username
     * tried before is filled in again, and focus goes to the tick box (or the password when the
     * username is known).
     */
    private static final String PREPARE_FORM = """
            const form = this, username = $0, focusNotice = $1;
            const box = () => document.getElementById('acknowledge-notice');
            if (!form.__noticeGuard) {
              form.__noticeGuard = true;
              form.addEventListener('login', e => {
                const b = box();
                if (b && !b.checked) {
                  e.preventDefault();
                  form.disabled = false;
                  b.dispatchEvent(new CustomEvent('notice-required'));
                }
              });
              form.addEventListener('formdata', e => {
                const b = box();
                if (b && b.checked) { e.formData.set('notice', 'acknowledged'); }
              }, true);
            }
            customElements.whenDefined('vaadin-login-form').then(() => form.updateComplete).then(() => {
              const user = form.querySelector('#vaadinLoginUsername');
              if (username && user && !user.value) { user.value = username; }
              if (focusNotice) { const b = box(); if (b) { b.focus(); } }
              else if (username) { form.querySelector('#vaadinLoginPassword').focus(); }
              else if (user) { user.focus(); }
            });
            """;

    final LoginForm loginForm = new LoginForm();
    final Checkbox acknowledge = new Checkbox(getTranslation("security.login.acknowledge"));
    final Div status = new Div();
    private final String idleTimeout;

    LoginView(
            SecurityProperties securityProperties,
            ExternalSignInProperties external,
            CertificateSignInProperties certificates,
            @Value("${outreach.ui.banner-text:}") String bannerText,
            @Value("${outreach.demo.enabled:false}") boolean demoEnabled) {
        addClassName("login-view");
        idleTimeout = DurationWords.of(securityProperties.session().idleTimeout());

        if (!bannerText.isBlank()) {
            var banner = new Div(bannerText);
            banner.addClassName("handling-banner");
            add(banner);
        }

        var card = new Div();
        card.addClassName("login-card");
        var title = new H1(PRODUCT);
        title.addClassName("login-title");

        acknowledge.setId("acknowledge-notice");
        acknowledge.addClassName("notice-acknowledgement");
        acknowledge.setHelperText(getTranslation("security.login.acknowledge.helper"));
        acknowledge.setManualValidation(true);
        acknowledge.addValueChangeListener(event -> {
            SystemUseNotice.acknowledge(event.getValue());
            if (event.getValue()) {
                acknowledge.setInvalid(false);
            }
        });
        acknowledge.getElement().addEventListener(NOTICE_REQUIRED_EVENT, event -> noticeRequired());
        var notice = new Div(
                new H2(getTranslation("security.login.notice")),
                new Paragraph(systemUseNotice(securityProperties)),
                acknowledge);
        notice.addClassName("system-use-notice");
        notice.getElement().setAttribute("role", "note");

        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        loginForm.setI18n(i18n());
        // Focus starts on the notice's tick box, not in the form (PREPARE_FORM places it).
        loginForm.getElement().setAttribute("no-autofocus", true);

        status.addClassName("login-status");
        status.getElement().setAttribute("role", "status");

        card.add(title, notice, status);
        if (external.enabled() || certificates.enabled()) {
            card.add(otherSignIns(external, certificates));
        }
        card.add(loginForm);
        if (demoEnabled) {
            card.add(demoAccounts());
        }
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.title") + " | Outreach Tracker";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean failed = parameters.containsKey("error");
        boolean noticeMissing = parameters.containsKey("notice");
        if (failed && lastFailureWasTheDatabase()) {
            // The password could not be checked at all: saying it is wrong would mislead.
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("security.login.unavailable.title"));
            i18n.getErrorMessage().setMessage(getTranslation("security.login.unavailable"));
            loginForm.setI18n(i18n);
        }
        loginForm.setError(failed);
        if (parameters.containsKey("timed-out")) {
            status.setText(getTranslation("security.login.timedOut", idleTimeout));
        } else if (parameters.containsKey("expired")) {
            status.setText(getTranslation("security.login.expired"));
        } else if (parameters.containsKey("external-failed")) {
            status.setText(SystemUseNotice.takeExternalSignInMessage()
                    .orElseGet(() -> getTranslation("security.login.externalFailed")));
        } else if (parameters.containsKey("passwords-off")) {
            status.setText(getTranslation("security.login.passwordsOff"));
        } else {
            status.setText(parameters.containsKey("signed-out") ? getTranslation("security.login.signedOut") : "");
        }
        boolean acknowledged = SystemUseNotice.isAcknowledged();
        acknowledge.setValue(acknowledged);
        if (noticeMissing && !acknowledged) {
            noticeRequired();
        }
        String username =
                failed || noticeMissing ? SystemUseNotice.usernameTried().orElse("") : "";
        loginForm.getElement().executeJs(PREPARE_FORM, username, !acknowledged);
    }

    /** Someone tried to sign in without ticking the box: say so next to it, and go there. */
    void noticeRequired() {
        acknowledge.setErrorMessage(getTranslation("security.login.noticeRequired"));
        acknowledge.setInvalid(true);
        acknowledge.focus();
    }

    /**
     * The buttons that start a sign-in through the ministry's provider or with a smart card: links
     * the browser follows (not Vaadin routes). Without the notice's tick the server sends the person
     * back here, where the box says what to do.
     */
    private Div otherSignIns(ExternalSignInProperties external, CertificateSignInProperties certificates) {
        var box = new Div();
        box.addClassName("external-sign-in-box");
        if (external.enabled()) {
            box.add(signInLink(
                    SystemUseNotice.externalSignInPath(),
                    getTranslation("security.login.external", external.providerName())));
        }
        if (certificates.enabled()) {
            box.add(signInLink(SystemUseNotice.certificateSignInPath(), getTranslation("security.login.smartCard")));
        }
        var or = new Paragraph(getTranslation("security.login.or"));
        or.addClassName("external-sign-in-or");
        box.add(or);
        return box;
    }

    private static Anchor signInLink(String path, String text) {
        var link = new Anchor(path, text);
        link.getElement().setAttribute("router-ignore", true);
        link.addClassName("external-sign-in");
        return link;
    }

    /** Whether the last sign-in failed because the database could not be reached (Spring keeps the failure in the session). */
    private static boolean lastFailureWasTheDatabase() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return false;
        }
        return session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.isCause(failure);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("security.login.form.title"));
        i18n.getForm().setUsername(getTranslation("security.login.form.username"));
        i18n.getForm().setPassword(getTranslation("security.login.form.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.form.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("security.login.failed.title"));
        i18n.getErrorMessage().setMessage(getTranslation("security.login.failed"));
        return i18n;
    }

    private Div demoAccounts() {
        var list = new UnorderedList(
                account("officer", "officer-demo-2026", getTranslation("security.login.demo.officer")),
                account("officer2", "officer2-demo-2026", getTranslation("security.login.demo.officer2")),
                account("manager", "manager-demo-2026", getTranslation("security.login.demo.manager")),
                account("admin", "admin-demo-2026", getTranslation("security.login.demo.admin")));
        var box = new Div(
                new H2(getTranslation("security.login.demo.title")),
                new Paragraph(getTranslation("security.login.demo.intro")),
                list);
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

    /**
     * The notice in the page's language: the operator's translation where they gave one, the
     * application's own translation of the built-in notice, or else the notice as configured.
     */
    private String systemUseNotice(SecurityProperties securityProperties) {
        return securityProperties
                .systemUseNoticeTranslation(getLocale())
                .orElseGet(() -> securityProperties.builtInSystemUseNotice()
                        ? getTranslation("security.login.notice.builtIn")
                        : securityProperties.systemUseNotice());
    }
}
