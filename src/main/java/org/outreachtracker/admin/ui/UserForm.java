package org.outreachtracker.admin.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Arrays;
import java.util.Optional;
import org.outreachtracker.account.EmailAddress;
import org.outreachtracker.account.Role;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.reference.ui.CountrySetField;

/**
 * An account's fields with their validation messages, in a buffered binder: username (only
 * when creating), the person's name, e-mail address (optional), roles, and for desk officers the
 * desk countries.
 */
class UserForm extends Composite<FormLayout> {

    final TextField username = new TextField(getTranslation("admin.user.username"));
    final TextField displayName = new TextField(getTranslation("admin.user.name"));
    final EmailField email = new EmailField(getTranslation("admin.user.email"));
    final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.user.roles"));
    final CountrySetField desk;

    private final Binder<UserFormData> binder = new Binder<>();

    UserForm(ReferenceService reference, boolean creating) {
        desk = new CountrySetField(
                getTranslation("admin.user.desk"),
                reference.bureaus(),
                reference.countries(),
                n -> getTranslation("admin.user.desk.count", n),
                getTranslation("admin.user.desk.empty"));
        username.setMaxLength(50);
        if (creating) {
            username.setHelperText(getTranslation("admin.user.username.helper"));
        }
        username.setReadOnly(!creating);
        displayName.setMaxLength(100);
        displayName.setHelperText(getTranslation("admin.user.name.helper"));
        email.setId("user-email");
        email.setMaxLength(254);
        email.setHelperText(getTranslation("admin.user.email.helper"));
        roles.setItems(Arrays.asList(Role.values()));
        roles.setItemLabelGenerator(AccountLabels::role);
        roles.setHelperText(getTranslation("admin.user.roles.helper"));

        if (creating) {
            binder.forField(username)
                    .asRequired(getTranslation("admin.user.username.required"))
                    .withValidator(
                            value -> value.strip()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .matches("[a-z0-9][a-z0-9._-]{1,49}"),
                            getTranslation("admin.user.username.rule"))
                    .bind(UserFormData::getUsername, UserFormData::setUsername);
        } else {
            binder.forField(username).bindReadOnly(UserFormData::getUsername);
        }
        binder.forField(displayName)
                .asRequired(getTranslation("admin.user.name.required"))
                .bind(UserFormData::getDisplayName, UserFormData::setDisplayName);
        binder.forField(email)
                .withValidator(
                        value -> value.isBlank() || value.strip().matches(EmailAddress.PATTERN), EmailAddress.MESSAGE)
                .bind(UserFormData::getEmail, UserFormData::setEmail);
        binder.forField(roles)
                .asRequired(getTranslation("admin.user.roles.required"))
                .bind(UserFormData::getRoles, UserFormData::setRoles);
        binder.forField(desk).bind(UserFormData::getDeskCountryIds, UserFormData::setDeskCountryIds);
        roles.addValueChangeListener(event -> showDesk());

        FormLayout layout = getContent();
        layout.add(username, displayName, email, roles, desk);
        layout.setColspan(roles, 2);
        layout.setColspan(desk, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.addClassName("user-form");
        showDesk();
    }

    /** Only desk officers have a desk: the picker shows when the role is ticked. */
    private void showDesk() {
        desk.setVisible(roles.getValue().contains(Role.DESK_OFFICER));
    }

    void read(UserFormData data) {
        binder.readBean(data);
        showDesk();
    }

    /** The values when every field is valid; otherwise the messages show next to the fields. */
    Optional<UserFormData> write() {
        var data = new UserFormData();
        return binder.writeBeanIfValid(data) ? Optional.of(data) : Optional.empty();
    }
}
