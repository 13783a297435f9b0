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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Sign-in code | Outreach Tracker")
@PermitAll
public class SecondFactorCodeView extends Main implements BeforeEnterObserver {

    static final String WRONG_CODE = "That code is not right, or was used already. Type the code the app shows now.";
    static final String WRONG_RECOVERY_CODE = "That recovery code is not right, or was used already.";
    static final String REFUSED = "The account cannot sign in now: it is locked after too many failed attempts,"
            + " or was deactivated. Try again later, or ask an administrator.";
    static final String UNAVAILABLE = "Codes from the authenticator app cannot be checked on this system at the"
            + " moment. Use a recovery code, or ask an administrator to reset your second factor.";

    final TextField code = new TextField();
    final Button verify = new Button("Verify");
    final Button switchKind = new Button();
    final Button cancel = new Button("Cancel and sign out");
    final Div status = new Div();
    private final Paragraph explanation = new Paragraph();
    private final SessionIdentity session;
    private boolean recoveryCode;

    SecondFactorCodeView(SessionIdentity session) {
        this.session = session;
        addClassNames("login-view", "second-factor-code-view");

        var card = new Div();
        card.addClassName("login-card");
        var title = new H1("Outreach Tracker");
        title.addClassName("login-title");
        var who = new Paragraph();
        who.addClassName("second-factor-who");
        session.signingInAs().ifPresent(name -> who.setText("Signing in as " + name + "."));

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
        card.add(title, new H2("Second step: your code"), who, explanation, code, status, actions);
        add(card);
        showKind(false);
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
            code.setLabel("Recovery code");
            code.getElement().setAttribute("autocomplete", "off");
            code.setAllowedCharPattern(null);
            code.getElement().executeJs("if (this.inputElement) this.inputElement.inputMode = 'text'");
            explanation.setText(
                    "Type one of the recovery codes you saved when you set up the app." + " Each works once.");
            switchKind.setText("Use the authenticator app instead");
        } else {
            code.setLabel("Code from the authenticator app");
            code.getElement().setAttribute("autocomplete", "one-time-code");
            code.setAllowedCharPattern("[0-9 ]");
            // The phone shows its number pad; set on the input inside the field once it exists.
            code.getElement()
                    .executeJs("const f = this; requestAnimationFrame(() => {"
                            + " if (f.inputElement) f.inputElement.inputMode = 'numeric'; })");
            explanation.setText("Open the authenticator app on your phone and type the 6-digit code it shows"
                    + " for Outreach Tracker.");
            switchKind.setText("Use a recovery code");
        }
        code.focus();
    }

    void verify() {
        String typed = code.getValue().strip();
        if (typed.isEmpty()) {
            fail(recoveryCode ? "Type a recovery code." : "Type the code the app shows.");
            return;
        }
        SecondFactorSignIn.Outcome outcome = session.verifySecondFactor(typed, recoveryCode);
        switch (outcome) {
            case ACCEPTED -> getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
            case WRONG -> fail(recoveryCode ? WRONG_RECOVERY_CODE : WRONG_CODE);
            case REFUSED -> {
                fail(REFUSED);
                verify.setEnabled(false);
            }
            case UNAVAILABLE -> fail(UNAVAILABLE);
        }
    }

    private void fail(String message) {
        code.clear();
        code.setInvalid(true);
        status.setText(message);
        code.focus();
    }
}
