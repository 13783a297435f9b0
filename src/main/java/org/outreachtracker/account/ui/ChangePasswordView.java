package org.outreachtracker.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.SecurityProperties;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.WrongCurrentPasswordException;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.ui.Notifications;

/** Every signed-in user can change their own password here; the current one is required. */
@Route("account/password")
@PageTitle("Change password | Outreach Tracker")
@PermitAll
public class ChangePasswordView extends Main {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField replacement = new PasswordField("New password");
    private final PasswordField confirmation = new PasswordField("New password again");

    ChangePasswordView(UserAccountService accounts, CurrentUser currentUser, SecurityProperties properties) {
        addClassNames("page", "change-password-page");
        if (currentUser.passwordChangeRequired()) {
            var required = new Paragraph("Choose a new password before you continue.");
            required.addClassName("callout");
            add(required);
        }
        add(new Paragraph(properties.passwords().describe()));

        current.setRequired(true);
        replacement.setRequired(true);
        confirmation.setRequired(true);
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        replacement.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);

        var save = new Button("Change password", event -> save(accounts));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);

        var form = new FormLayout(current, replacement, confirmation);
        form.setMaxWidth("28rem");
        add(form, save);
    }

    private void save(UserAccountService accounts) {
        confirmation.setInvalid(false);
        replacement.setInvalid(false);
        current.setInvalid(false);
        if (!replacement.getValue().equals(confirmation.getValue())) {
            confirmation.setErrorMessage("The two new passwords are not the same.");
            confirmation.setInvalid(true);
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), replacement.getValue());
        } catch (RuleViolationException problem) {
            var field = problem instanceof WrongCurrentPasswordException ? current : replacement;
            field.setErrorMessage(problem.getMessage());
            field.setInvalid(true);
            return;
        }
        Notifications.success("Your password has been changed.");
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
