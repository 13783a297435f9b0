package org.outreachtracker.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.outreachtracker.account.SecondFactorSignIn;
import org.outreachtracker.security.SessionIdentity;

/**
 * The second step of signing in, after the right password for an account with an authenticator
 * app: one field for the app's code (or, on request, a recovery code). Until it is accepted the
 * session holds none of the account's roles, and every other page leads here. Wrong codes count
 * towards the lockout rule like wrong passwords.
 */
@Route(value = "sign-in/code", autoLayout = false)
@PermitAll
public class SecondFactorCodeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextField code = new TextField();
    final Button verify = new Button(getTranslation("security.code.verify"));
    final Button switchKind = new Button();
    final Button cancel = new Button(getTranslation("security.code.cancel"));
    final Div status = new Div();
    private final Paragraph explanation = new Paragraph();
    private final SessionIdentity session;
    private boolean recoveryCode;

    SecondFactorCodeView(SessionIdentity session) {
        this.session = session;
        addClassNames("login-view", "second-factor-code-view");

        var card = new Div();
        card.addClassName("login-card");
        var title = new H1(LoginView.PRODUCT);
        title.addClassName("login-title");
        var who = new Paragraph();
        who.addClassName("second-factor-who");
        session.signingInAs().ifPresent(name -> who.setText(getTranslation("security.code.who", name)));

        code.setId("second-factor-code");
        code.setAutofocus(true);
        code.setRequired(true);
        code.setMaxLength(20);
        code.setWidthFull();
        code.getElement().setAttribute("aria-describedby", "second-factor-status");

        status.setId("second-factor-status");
        status.addClassName("login-status");
        status.getElement().setAttribute("role", "alert");

        verify.setId("second-factor-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.addClickListener(event -> verify());
        switchKind.setId("second-factor-switch");
        switchKind.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        switchKind.addClickListener(event -> showKind(!recoveryCode));
        cancel.setId("second-factor-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(event -> session.signOut());

        var actions = new Div(verify, switchKind, cancel);
        actions.addClassName("second-factor-actions");
        card.add(title, new H2(getTranslation("security.code.heading")), who, explanation, code, status, actions);
        add(card);
        showKind(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.code.title") + " | Outreach Tracker";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!session.codeRequired()) {
            event.forwardTo("");
        }
    }

    private void showKind(boolean recovery) {
        recoveryCode = recovery;
        code.clear();
        code.setInvalid(false);
        status.setText("");
        if (recovery) {
            code.setLabel(getTranslation("security.code.recovery.label"));
            code.getElement().setAttribute("autocomplete", "off");
            code.setAllowedCharPattern(null);
            code.getElement().executeJs("if (this.inputElement) this.inputElement.inputMode = 'text'");
            explanation.setText(getTranslation("security.code.recovery.explanation"));
            switchKind.setText(getTranslation("security.code.recovery.switch"));
        } else {
            code.setLabel(getTranslation("security.code.app.label"));
            code.getElement().setAttribute("autocomplete", "one-time-code");
            code.setAllowedCharPattern("[0-9 ]");
            // The phone shows its number pad; set on the input inside the field once it exists.
            code.getElement()
                    .executeJs("const f = this; requestAnimationFrame(() => {"
                            + " if (f.inputElement) f.inputElement.inputMode = 'numeric'; })");
            explanation.setText(getTranslation("security.code.app.explanation"));
            switchKind.setText(getTranslation("security.code.app.switch"));
        }
        code.focus();
    }

    void verify() {
        String typed = code.getValue().strip();
        if (typed.isEmpty()) {
            fail(getTranslation(recoveryCode ? "security.code.recovery.empty" : "security.code.app.empty"));
            return;
        }
        SecondFactorSignIn.Outcome outcome = session.verifySecondFactor(typed, recoveryCode);
        switch (outcome) {
            case ACCEPTED -> getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
            case WRONG ->
                fail(getTranslation(recoveryCode ? "security.code.recovery.wrong" : "security.code.app.wrong"));
            case REFUSED -> {
                fail(getTranslation("security.code.refused"));
                verify.setEnabled(false);
            }
            case UNAVAILABLE -> fail(getTranslation("security.code.unavailable"));
        }
    }

    private void fail(String message) {
        code.clear();
        code.setInvalid(true);
        status.setText(message);
        code.focus();
    }
}
