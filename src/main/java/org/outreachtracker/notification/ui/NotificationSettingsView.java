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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import org.outreachtracker.account.EmailAddress;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.ui.Notifications;
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
@PageTitle("Notification settings | Outreach Tracker")
@PermitAll
public class NotificationSettingsView extends Main {

    static final String ROUTE = "account/notifications";

    private final EmailField email = new EmailField("E-mail address");

    NotificationSettingsView(
            NotificationService notifications,
            UserAccountService accounts,
            MailService mail,
            CalendarFeedService calendarFeeds) {
        addClassNames("page", "notification-settings-page");
        if (!mail.enabled()) {
            var off = new Paragraph("E-mail is not set up at this installation yet: everything is shown under the"
                    + " bell only. Your choices below take effect once an administrator sets it up.");
            off.addClassName("callout");
            off.setId("mail-off");
            add(off);
        }

        add(new H2("E-mail address"));
        email.setId("own-email");
        email.setMaxLength(254);
        email.setClearButtonVisible(true);
        email.setHelperText("For notifications by e-mail and the daily digest. Leave empty to be told here only.");
        email.setValue(accounts.ownEmail().orElse(""));
        var save = new Button("Save address", event -> saveEmail(accounts));
        save.setId("save-email");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var emailRow = new Div(email, save);
        emailRow.addClassName("email-row");
        add(emailRow);

        add(new H2("How to hear of each kind"));
        add(new Paragraph("Every notification shows under the bell. Choose which also come by e-mail, at once or"
                + " gathered in one message each morning."));
        var choices = new Div();
        choices.addClassName("delivery-choices");
        for (PreferenceChoice choice : notifications.preferences()) {
            if (!choice.kind().mailable()) {
                var only =
                        new Paragraph(choice.kind().label() + ": shown here only (by e-mail it could fail in turn).");
                only.addClassName("delivery-choice");
                choices.add(only);
                continue;
            }
            var group = new RadioButtonGroup<Delivery>(choice.kind().label());
            group.setId("delivery-"
                    + choice.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            group.setItems(Arrays.asList(Delivery.values()));
            group.setItemLabelGenerator(Delivery::label);
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setValue(choice.delivery());
            group.addValueChangeListener(event -> {
                if (event.isFromClient() && event.getValue() != null) {
                    notifications.choose(choice.kind(), event.getValue());
                    Notifications.success("Saved: " + choice.kind().label() + " \u2014 "
                            + event.getValue().label().toLowerCase(java.util.Locale.ROOT) + ".");
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
                    problem instanceof RuleViolationException ? problem.getMessage() : EmailAddress.MESSAGE);
            email.setInvalid(true);
            return;
        }
        email.setInvalid(false);
        Notifications.success(value.isEmpty() ? "E-mail address removed." : "E-mail address saved.");
    }
}
