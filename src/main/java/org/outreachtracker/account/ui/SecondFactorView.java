package org.outreachtracker.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.PendingEnrolment;
import org.outreachtracker.account.SecondFactorService;
import org.outreachtracker.account.SecondFactorStatus;
import org.outreachtracker.account.SignedInUser;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.base.ui.Translations;

/**
 * Setting up an authenticator app for signing in (a QR code, or the key typed by hand, confirmed
 * with a code from the app; then the recovery codes, shown once), and renewing recovery codes.
 * Opened from the header by anyone signed in, and, for a person who must use an app and has none,
 * straight after their password: they can do nothing else until it is done.
 */
@Route(value = "account/second-factor", autoLayout = false)
@PermitAll
public class SecondFactorView extends Main implements HasDynamicTitle {

    final TextField code = new TextField(getTranslation("account.app.code"));
    final Button confirm = new Button(getTranslation("account.app.confirm"));
    final Span manualKey = new Span();
    private final Div card = new Div();
    private final SecondFactorService secondFactors;
    private final CurrentUser currentUser;
    private final SignedInUser person;
    /** The panel of new recovery codes last shown (for tests). */
    RecoveryCodesPanel recoveryCodes;

    SecondFactorView(SecondFactorService secondFactors, CurrentUser currentUser) {
        this.secondFactors = secondFactors;
        this.currentUser = currentUser;
        this.person = currentUser.get().or(currentUser::enrolling).orElseGet(currentUser::require);
        addClassNames("login-view", "second-factor-view");
        card.addClassNames("login-card", "second-factor-card");
        add(card);
        show(secondFactors.status());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.app.title") + " | Outreach Tracker";
    }

    private boolean enrolling() {
        return currentUser.enrolling().isPresent();
    }

    private void show(SecondFactorStatus status) {
        card.removeAll();
        var title = new H1(getTranslation("account.app.title"));
        title.addClassName("login-title");
        card.add(title);
        if (status.enrolled()) {
            showEnrolled(status);
        } else if (!status.enrolmentAvailable()) {
            var missing = new Paragraph(
                    getTranslation(status.required() ? "account.app.unavailable.required" : "account.app.unavailable"));
            missing.setId("second-factor-unavailable");
            missing.addClassName("callout");
            card.add(missing);
        } else {
            showSetUp(status);
        }
        card.add(leave());
    }

    private void showEnrolled(SecondFactorStatus status) {
        var state = new Paragraph(getTranslation(
                "account.app.enrolled", Formats.dateTime(status.enrolledAt()), status.recoveryCodesLeft()));
        state.setId("second-factor-state");
        card.add(state);
        if (enrolling()) {
            var next = new Button(getTranslation("account.app.continue"), event -> finishSignIn());
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(next);
            return;
        }
        var renew = new Button(getTranslation("account.app.renew"), event -> {
            var dialog = new ConfirmDialog(
                    getTranslation("account.app.renew.title"),
                    getTranslation("account.app.renew.text"),
                    getTranslation("account.app.renew.confirm"),
                    confirmed ->
                            Saving.attempt(secondFactors::renewRecoveryCodes).ifPresent(this::showCodes));
            dialog.setCancelable(true);
            dialog.open();
        });
        renew.setId("renew-recovery-codes");
        card.add(renew, new Paragraph(getTranslation("account.app.lost")));
    }

    private void showSetUp(SecondFactorStatus status) {
        PendingEnrolment pending;
        try {
            pending = secondFactors.startEnrolment();
        } catch (RuleViolationException refused) {
            card.add(new Paragraph(Translations.refusal(refused)));
            return;
        }
        if (status.required()) {
            var required = new Paragraph(getTranslation("account.app.required"));
            required.addClassName("callout");
            card.add(required);
        }
        manualKey.setText(pending.manualKey());
        manualKey.setId("second-factor-key");
        manualKey.addClassNames("mono", "second-factor-key");
        var uri = new Span(pending.uri());
        uri.addClassNames("mono", "second-factor-uri");
        var byHand = new Details(
                getTranslation("account.app.byHand"),
                new Div(
                        new Paragraph(getTranslation("account.app.byHand.account", person.username())),
                        manualKey,
                        new Paragraph(getTranslation("account.app.byHand.address")),
                        uri));
        byHand.setOpened(true);

        code.setId("enrolment-code");
        code.setRequired(true);
        code.setMaxLength(10);
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement()
                .executeJs("const f = this; requestAnimationFrame(() => {"
                        + " if (f.inputElement) f.inputElement.inputMode = 'numeric'; })");
        confirm.setId("enrolment-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.addClickListener(event -> confirm(pending));

        card.add(
                new H2(getTranslation("account.app.step1")),
                new Paragraph(getTranslation("account.app.scan")),
                QrCode.component(pending.uri(), 200, getTranslation("account.app.qr")),
                byHand,
                new H2(getTranslation("account.app.step2")),
                code,
                confirm);
    }

    private void confirm(PendingEnrolment pending) {
        code.setInvalid(false);
        List<String> codes;
        try {
            codes = secondFactors.confirmEnrolment(pending, code.getValue().strip());
        } catch (RuleViolationException refused) {
            code.setErrorMessage(Translations.refusal(refused));
            code.setInvalid(true);
            code.clear();
            code.focus();
            return;
        }
        showCodes(codes);
    }

    private void showCodes(List<String> codes) {
        card.removeAll();
        var title = new H1(getTranslation("account.app.title"));
        title.addClassName("login-title");
        recoveryCodes = new RecoveryCodesPanel(
                codes,
                person.username(),
                getTranslation(enrolling() ? "account.app.continue" : "account.app.done"),
                this::codesSaved);
        card.add(title, new Paragraph(getTranslation("account.app.setUp")), recoveryCodes);
    }

    private void codesSaved() {
        if (enrolling()) {
            finishSignIn();
        } else {
            Notifications.success(getTranslation("account.app.setUp"));
            show(secondFactors.status());
        }
    }

    private void finishSignIn() {
        if (currentUser.finishSignInAfterEnrolment()) {
            getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
        } else {
            Notifications.error(getTranslation("account.app.finishFailed"));
        }
    }

    /** Back to the application, or, part-way through signing in, out. */
    private Button leave() {
        Button leave;
        if (enrolling()) {
            leave = new Button(getTranslation("account.app.cancel"), event -> currentUser.signOut());
        } else {
            leave = new Button(getTranslation("account.app.back"), event -> getUI().ifPresent(ui -> ui.navigate("")));
        }
        leave.setId("second-factor-leave");
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return leave;
    }
}
