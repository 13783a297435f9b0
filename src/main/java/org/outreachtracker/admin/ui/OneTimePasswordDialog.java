package org.outreachtracker.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.outreachtracker.account.OneTimePassword;
import org.outreachtracker.base.ui.AppDialog;
import org.outreachtracker.base.ui.Notifications;

/**
 * Shows a generated one-time password once, to be passed on to the person; it is not stored in
 * clear anywhere and cannot be shown again.
 */
class OneTimePasswordDialog extends AppDialog {

    final Span password;

    OneTimePasswordDialog(String heading, OneTimePassword oneTime) {
        super(heading, "min(32rem, 95vw)");
        keepOpenOnOutsideClick();

        var username = new Span(oneTime.username());
        username.addClassName("mono");
        password = new Span(oneTime.password());
        password.addClassNames("mono", "one-time-password");
        password.setId("one-time-password");
        var copy = new Button(getTranslation("admin.oneTime.copy"), VaadinIcon.COPY_O.create(), event -> {
            password.getElement()
                    .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", oneTime.password());
            Notifications.success(getTranslation("admin.oneTime.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var row = new Div(password, copy);
        row.addClassName("one-time-password-row");

        add(
                new Paragraph(new Span(getTranslation("admin.oneTime.for") + " "), username, new Span(":")),
                row,
                new Paragraph(getTranslation("admin.oneTime.text")));
        addCloseButton(getTranslation("admin.oneTime.done"));
        focusOnOpen(copy::focus);
    }
}
