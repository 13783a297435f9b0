package org.outreachtracker.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import org.outreachtracker.account.EmailAddress;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.calendar.CalendarFeedService;
import org.outreachtracker.calendar.ui.CalendarFeedPanel;
import org.outreachtracker.mail.MailService;
import org.outreachtracker.notification.Delivery;
import org.outreachtracker.notification.NotificationService;
import org.outreachtracker.notification.PreferenceChoice;

/**
 * The user's own settings for being reminded: their e-mail address; for each kind of notification
 * their roles receive, how to hear of it (a choice is saved as soon as it is made); and their
 * personal calendar feed of due dates.
 */
@Route(NotificationSettingsView.ROUTE)
@PermitAll
public class NotificationSettingsView extends Main implements HasDynamicTitle {

    static final String ROUTE = "account/notifications";

    private final EmailField email = new EmailField(getTranslation("notification.settings.email"));

    NotificationSettingsView(
            NotificationService notifications,
            UserAccountService accounts,
            MailService mail,
            CalendarFeedService calendarFeeds) {
        addClassNames("page", "notification-settings-page");
        if (!mail.enabled()) {
            var off = new Paragraph(getTranslation("notification.settings.mailOff"));
            off.addClassName("callout");
            off.setId("mail-off");
            add(off);
        }

        add(new H2(getTranslation("notification.settings.email")));
        email.setId("own-email");
        email.setMaxLength(254);
        email.setClearButtonVisible(true);
        email.setHelperText(getTranslation("notification.settings.email.helper"));
        email.setValue(accounts.ownEmail().orElse(""));
        var save = new Button(getTranslation("notification.settings.saveEmail"), event -> saveEmail(accounts));
        save.setId("save-email");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var emailRow = new Div(email, save);
        emailRow.addClassName("email-row");
        add(emailRow);

        add(new H2(getTranslation("notification.settings.kinds")));
        add(new Paragraph(getTranslation("notification.settings.kinds.intro")));
        var choices = new Div();
        choices.addClassName("delivery-choices");
        for (PreferenceChoice choice : notifications.preferences()) {
            String kind = getTranslation(
                    "notification.NotificationKind." + choice.kind().name());
            if (!choice.kind().mailable()) {
                var only = new Paragraph(getTranslation("notification.settings.hereOnly", kind));
                only.addClassName("delivery-choice");
                choices.add(only);
                continue;
            }
            var group = new RadioButtonGroup<Delivery>(kind);
            group.setId("delivery-"
                    + choice.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            group.setItems(Arrays.asList(Delivery.values()));
            group.setItemLabelGenerator(delivery -> getTranslation("notification.Delivery." + delivery.name()));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setValue(choice.delivery());
            group.addValueChangeListener(event -> {
                if (event.isFromClient() && event.getValue() != null) {
                    notifications.choose(choice.kind(), event.getValue());
                    Notifications.success(getTranslation(
                            "notification.settings.saved",
                            kind,
                            getTranslation("notification.Delivery."
                                            + event.getValue().name())
                                    .toLowerCase(getLocale())));
                }
            });
            group.addClassName("delivery-choice");
            choices.add(group);
        }
        add(choices);

        add(new CalendarFeedPanel(calendarFeeds));
    }

    private void saveEmail(UserAccountService accounts) {
        String value = email.getValue().strip();
        if (!value.isEmpty() && !value.matches(EmailAddress.PATTERN)) {
            email.setErrorMessage(EmailAddress.MESSAGE);
            email.setInvalid(true);
            return;
        }
        try {
            accounts.changeOwnEmail(value);
        } catch (RuleViolationException | jakarta.validation.ConstraintViolationException problem) {
            email.setErrorMessage(
                    problem instanceof RuleViolationException refused
                            ? Translations.refusal(refused)
                            : EmailAddress.MESSAGE);
            email.setInvalid(true);
            return;
        }
        email.setInvalid(false);
        Notifications.success(getTranslation(
                value.isEmpty() ? "notification.settings.emailRemoved" : "notification.settings.emailSaved"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.settings.title") + " | Outreach Tracker";
    }
}
