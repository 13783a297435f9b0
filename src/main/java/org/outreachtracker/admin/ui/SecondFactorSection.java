package org.outreachtracker.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.Optional;
import org.outreachtracker.account.SecondFactorService;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Saving;

/**
 * An account's second factor on the Users page: whether it has an authenticator app and since
 * when, and the reset of a lost one, which asks for the reason (kept in the audit trail).
 */
class SecondFactorSection extends Div {

    final Span state = new Span();
    final Button reset = new Button("Reset second factor…");
    /** The reset dialog last opened (for tests). */
    Dialog resetDialog;

    final TextArea reason = new TextArea("Reason");
    final Button confirmReset = new Button("Reset second factor");

    private final SecondFactorService secondFactors;
    private final long accountId;
    private final String username;
    private final Runnable changed;

    SecondFactorSection(SecondFactorService secondFactors, long accountId, String username, Runnable changed) {
        this.secondFactors = secondFactors;
        this.accountId = accountId;
        this.username = username;
        this.changed = changed;
        addClassName("user-second-factor");
        state.setId("user-second-factor-state");
        reset.setId("reset-second-factor");
        reset.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reset.addClickListener(event -> openReset());
        confirmReset.addClickListener(event -> confirmReset());
        add(state, reset);
        showState();
    }

    private void showState() {
        Optional<Instant> enrolledAt = secondFactors.enrolledAt(accountId);
        state.setText(enrolledAt
                .map(at -> "Authenticator app set up on " + Formats.dateTime(at) + ".")
                .orElse("No authenticator app."));
        state.getElement().setAttribute("data-enrolled", String.valueOf(enrolledAt.isPresent()));
        reset.setVisible(enrolledAt.isPresent());
    }

    private void openReset() {
        resetDialog = new Dialog("Reset the second factor of " + username + "?");
        resetDialog.setWidth("min(32rem, 95vw)");
        reason.clear();
        reason.setInvalid(false);
        reason.setId("reset-second-factor-reason");
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setHelperText("For example: phone lost, reported by phone call on 3 May. Kept in the audit trail.");
        confirmReset.setId("reset-second-factor-confirm");
        confirmReset.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", event -> resetDialog.close());
        resetDialog.add(
                new Paragraph("Their authenticator app and recovery codes stop working at once. They then sign in"
                        + " with their password alone and set up an app again (straight away, if one is"
                        + " required of them). Make sure it is really them asking."),
                reason);
        resetDialog.getFooter().add(cancel, confirmReset);
        resetDialog.open();
        reason.focus();
    }

    private void confirmReset() {
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage("Give the reason for the reset.");
            reason.setInvalid(true);
            return;
        }
        Saving.attempt(() -> {
                    secondFactors.reset(accountId, reason.getValue());
                    return true;
                })
                .ifPresent(done -> {
                    resetDialog.close();
                    Notifications.success("Second factor of " + username + " reset.");
                    showState();
                    changed.run();
                });
    }
}
