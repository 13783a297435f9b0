package org.outreachtracker.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.notification.NotificationRef;

/** One notification as a button: its title, when, and whether it is unread; a click opens its record. */
final class NotificationItem {

    private NotificationItem() {}

    static Button of(NotificationRef notification, Runnable open) {
        var title = new Span(notification.title());
        title.addClassName("notification-title");
        var when = new Span(ago(notification.createdAt(), Instant.now()));
        when.addClassName("notification-when");
        var item = new Button();
        item.getElement().appendChild(title.getElement(), when.getElement());
        item.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        item.addClassName("notification-item");
        if (!notification.read()) {
            item.addClassName("unread");
            item.getElement().setAttribute("aria-description", Translations.text("notification.item.unread"));
        }
        item.addClickListener(event -> open.run());
        return item;
    }

    /** "just now", "5 min ago", "3 h ago", else the date and time. */
    static String ago(Instant at, Instant now) {
        Duration age = Duration.between(at, now);
        if (age.toMinutes() < 1) {
            return Translations.text("notification.item.justNow");
        }
        if (age.toHours() < 1) {
            return Translations.text("notification.item.minutesAgo", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return Translations.text("notification.item.hoursAgo", age.toHours());
        }
        return Formats.dateTime(at);
    }
}
