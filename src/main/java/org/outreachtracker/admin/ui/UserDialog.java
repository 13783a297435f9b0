package org.outreachtracker.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Supplier;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.AccountDetails;
import org.outreachtracker.account.AccountState;
import org.outreachtracker.account.OneTimePassword;
import org.outreachtracker.account.SecondFactorService;
import org.outreachtracker.base.ConcurrentChangeException;
import org.outreachtracker.base.ui.EditDialog;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Saving;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.reference.ReferenceService;

/**
 * Creates an account, or edits one: name, roles and desk countries, and the account actions
 * (reset password, unlock, deactivate or reactivate, reset the second factor). Refusals are shown and the input stays.
 */
class UserDialog extends EditDialog {

    final UserForm form;
    final Button resetPassword = new Button(getTranslation("admin.user.resetPassword"));
    final Button unlock = new Button(getTranslation("admin.user.unlock"));
    final Button deactivate = new Button(getTranslation("admin.user.deactivate"));
    final Button reactivate = new Button(getTranslation("admin.user.reactivate"));
    final Span state = new Span();
    /** The account's second factor (editing only). */
    SecondFactorSection secondFactor;

    private final AccountAdminService admin;
    private final Runnable changed;
    private final boolean self;
    private AccountDetails details;
    /** The last one-time password dialog shown (for tests and screenshots). */
    OneTimePasswordDialog oneTimePasswordDialog;

    /** A dialog to create an account. */
    UserDialog(AccountAdminService admin, ReferenceService reference, Runnable changed) {
        this(admin, null, reference, changed, null, false);
    }

    /** A dialog to edit an account; {@code self} when it is the administrator's own. */
    UserDialog(
            AccountAdminService admin,
            SecondFactorService secondFactors,
            ReferenceService reference,
            Runnable changed,
            AccountDetails details,
            boolean self) {
        super(
                details == null
                        ? Translations.text("admin.user.new")
                        : Translations.text("admin.user.heading", details.username()),
                Translations.text(details == null ? "admin.user.create" : "admin.user.save"),
                "min(48rem, 95vw)");
        this.admin = admin;
        this.changed = changed;
        this.details = details;
        this.self = self;
        boolean creating = details == null;
        form = new UserForm(reference, creating);
        keepOpenOnOutsideClick();
        addClassName("user-dialog");

        if (creating) {
            form.read(new UserFormData());
            var hint = new Paragraph(getTranslation("admin.user.hint"));
            hint.addClassName("user-dialog-hint");
            add(hint);
            onSave(
                    form::write,
                    data -> admin.create(data.getUsername(), data.toDraft()),
                    (data, created) -> getTranslation("admin.user.created", created.username()),
                    created -> {
                        changed.run();
                        showPassword(getTranslation("admin.user.created.heading"), created);
                    });
        } else {
            form.read(UserFormData.of(details.username(), details.draft()));
            onSave(
                    form::write,
                    data -> {
                        admin.update(this.details.id(), this.details.version(), data.toDraft());
                        return data;
                    },
                    (data, same) -> getTranslation("admin.user.saved", this.details.username()),
                    same -> changed.run());
            add(accountSection());
            secondFactor = new SecondFactorSection(secondFactors, details.id(), details.username(), changed);
            add(secondFactor);
        }
        add(form);
        focusOnOpen(() -> (creating ? form.username : form.displayName).focus());
    }

    private Div accountSection() {
        state.addClassName("user-state");
        resetPassword.addClickListener(event -> confirm(
                getTranslation("admin.user.resetPassword.title", details.username()),
                getTranslation("admin.user.resetPassword.text"),
                getTranslation("admin.user.resetPassword"),
                "primary",
                this::reset));
        unlock.addClickListener(event -> act(() -> {
            admin.unlock(details.id());
            return getTranslation("admin.user.unlocked");
        }));
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.addClickListener(event -> confirm(
                getTranslation("admin.user.deactivate.title", details.username()),
                getTranslation("admin.user.deactivate.text"),
                getTranslation("admin.user.deactivate"),
                "error primary",
                () -> act(() -> {
                    admin.deactivate(details.id(), details.version());
                    return getTranslation("admin.user.deactivated");
                })));
        reactivate.addClickListener(event -> act(() -> {
            admin.reactivate(details.id(), details.version());
            return getTranslation("admin.user.reactivated");
        }));
        var actions = new Div(resetPassword, unlock, deactivate, reactivate);
        actions.addClassName("user-actions");
        var section = new Div(new H3(getTranslation("admin.user.account")), state, actions);
        section.addClassName("user-account-section");
        showState();
        return section;
    }

    private void showState() {
        AccountState current = details.state();
        String label = AccountLabels.state(current);
        if (current == AccountState.LOCKED) {
            label = details.lockedUntil() == null
                    ? getTranslation("admin.user.lockedIndefinitely", label)
                    : getTranslation("admin.user.lockedUntil", label, Formats.dateTime(details.lockedUntil()));
        }
        state.setText(
                details.lastSignInAt() == null
                        ? getTranslation("admin.user.state.never", label)
                        : getTranslation(
                                "admin.user.state.lastSignIn", label, Formats.dateTime(details.lastSignInAt())));
        state.getElement().setAttribute("data-state", current.name());
        resetPassword.setVisible(!self);
        unlock.setVisible(current == AccountState.LOCKED);
        deactivate.setVisible(!self && current != AccountState.DEACTIVATED);
        reactivate.setVisible(current == AccountState.DEACTIVATED);
    }

    private void reset() {
        Saving.attempt(() -> admin.resetPassword(details.id(), details.version()))
                .ifPresent(reset -> {
                    reload();
                    changed.run();
                    showPassword(getTranslation("admin.user.passwordReset"), reset);
                });
    }

    /**
     * Runs an account action; on success tells what happened and shows the account's new state.
     * A refusal other than a stale edit also reads the account again, so the dialog shows the
     * state the action was refused in.
     */
    private void act(Supplier<String> action) {
        Saving.attempt(action, refused -> {
                    if (!(refused instanceof ConcurrentChangeException)) {
                        reload();
                    }
                })
                .ifPresent(done -> {
                    reload();
                    changed.run();
                    Notifications.success(done);
                });
    }

    /** Reads the account again (a new version after an action); the form keeps what was typed. */
    private void reload() {
        admin.account(details.id()).ifPresent(fresh -> {
            details = fresh;
            showState();
        });
    }

    private void showPassword(String heading, OneTimePassword oneTime) {
        oneTimePasswordDialog = new OneTimePasswordDialog(heading, oneTime);
        oneTimePasswordDialog.open();
    }

    private static void confirm(String heading, String text, String confirmText, String theme, Runnable action) {
        var dialog = new ConfirmDialog(heading, text, confirmText, event -> action.run());
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme(theme);
        dialog.open();
    }
}
