package org.outreachtracker.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.SecurityProperties;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.WrongCurrentPasswordException;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Translations;

/** Every signed-in user can change their own password here; the current one is required. */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends Main implements HasDynamicTitle {

    private final PasswordField current = new PasswordField(getTranslation("account.password.current"));
    private final PasswordField replacement = new PasswordField(getTranslation("account.password.new"));
    private final PasswordField confirmation = new PasswordField(getTranslation("account.password.again"));

    ChangePasswordView(UserAccountService accounts, CurrentUser currentUser, SecurityProperties properties) {
        addClassNames("page", "change-password-page");
        if (currentUser.passwordChangeRequired()) {
            var required = new Paragraph(getTranslation("account.password.required"));
            required.addClassName("callout");
            add(required);
        }
        add(new Paragraph(
                getTranslation("account.password.rules", properties.passwords().minLength())));

        current.setRequired(true);
        replacement.setRequired(true);
        confirmation.setRequired(true);
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        replacement.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);

        var save = new Button(getTranslation("account.password.save"), event -> save(accounts));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);

        var form = new FormLayout(current, replacement, confirmation);
        form.setMaxWidth("28rem");
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.password.title") + " | Outreach Tracker";
    }

    private void save(UserAccountService accounts) {
        confirmation.setInvalid(false);
        replacement.setInvalid(false);
        current.setInvalid(false);
        if (!replacement.getValue().equals(confirmation.getValue())) {
            confirmation.setErrorMessage(getTranslation("account.password.mismatch"));
            confirmation.setInvalid(true);
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), replacement.getValue());
        } catch (RuleViolationException problem) {
            var field = problem instanceof WrongCurrentPasswordException ? current : replacement;
            field.setErrorMessage(Translations.refusal(problem));
            field.setInvalid(true);
            return;
        }
        Notifications.success(getTranslation("account.password.changed"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
