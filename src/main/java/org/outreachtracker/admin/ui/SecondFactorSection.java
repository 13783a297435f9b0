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
    final Button reset = new Button(getTranslation("admin.factor.reset"));
    /** The reset dialog last opened (for tests). */
    Dialog resetDialog;

    final TextArea reason = new TextArea(getTranslation("admin.factor.reason"));
    final Button confirmReset = new Button(getTranslation("admin.factor.reset.confirm"));

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
                .map(at -> getTranslation("admin.factor.setUp", Formats.dateTime(at)))
                .orElseGet(() -> getTranslation("admin.factor.none")));
        state.getElement().setAttribute("data-enrolled", String.valueOf(enrolledAt.isPresent()));
        reset.setVisible(enrolledAt.isPresent());
    }

    private void openReset() {
        resetDialog = new Dialog(getTranslation("admin.factor.reset.title", username));
        resetDialog.setWidth("min(32rem, 95vw)");
        reason.clear();
        reason.setInvalid(false);
        reason.setId("reset-second-factor-reason");
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("admin.factor.reason.helper"));
        confirmReset.setId("reset-second-factor-confirm");
        confirmReset.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("admin.factor.cancel"), event -> resetDialog.close());
        resetDialog.add(new Paragraph(getTranslation("admin.factor.reset.text")), reason);
        resetDialog.getFooter().add(cancel, confirmReset);
        resetDialog.open();
        reason.focus();
    }

    private void confirmReset() {
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation("admin.factor.reason.required"));
            reason.setInvalid(true);
            return;
        }
        Saving.attempt(() -> {
                    secondFactors.reset(accountId, reason.getValue());
                    return true;
                })
                .ifPresent(done -> {
                    resetDialog.close();
                    Notifications.success(getTranslation("admin.factor.done", username));
                    showState();
                    changed.run();
                });
    }
}
