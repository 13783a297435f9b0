package org.outreachtracker.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.popover.PopoverVariant;
import java.util.List;
import org.outreachtracker.base.DatabaseUnavailable;
import org.outreachtracker.notification.NotificationBroadcaster;
import org.outreachtracker.notification.NotificationRef;
import org.outreachtracker.notification.NotificationService;

/**
 * The bell in the header: the number of unread notifications, kept current while the page is
 * open (the server pushes a new count when the user is told something), and on click the latest
 * notifications, each a link to its record, with "Mark all read", the full list and the settings.
 */
public class NotificationBell extends Composite<Div> {

    static final int SHOWN = 8;

    private final NotificationService notifications;
    private final NotificationBroadcaster broadcaster;
    private final long userId;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final Div list = new Div();
    private final Popover popover = new Popover();
    private Runnable unregister = () -> {};

    public NotificationBell(NotificationService notifications, NotificationBroadcaster broadcaster, long userId) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.userId = userId;
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        badge.setId("notification-count");
        badge.addClassName("bell-count");
        badge.getElement().setAttribute("aria-hidden", "true");
        var box = getContent();
        box.addClassName("notification-bell");
        box.add(bell, badge, popover);

        // Not a page heading: the popover stays in the component tree while closed, and the page's
        // own H2 must remain the only one. The popover is labelled by this text instead.
        var heading = new Span(getTranslation("notification.bell.heading"));
        heading.setId("notifications-heading");
        heading.addClassName("notifications-title");
        var markAll = new Button(getTranslation("notification.bell.markAll"), event -> {
            notifications.markAllRead();
            fill();
        });
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var top = new Div(heading, markAll);
        top.addClassName("notifications-top");
        list.addClassName("notifications-list");
        var all = new Button(getTranslation("notification.bell.all"), event -> go("notifications"));
        all.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var settings =
                new Button(getTranslation("notification.bell.settings"), event -> go(NotificationSettingsView.ROUTE));
        settings.setId("notification-settings-link");
        settings.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var bottom = new Div(all, settings);
        bottom.addClassName("notifications-bottom");

        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addThemeVariants(PopoverVariant.ARROW);
        popover.setAriaLabelledBy("notifications-heading");
        popover.addClassName("notifications-popover");
        popover.add(top, list, bottom);
        popover.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                fill();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        unregister = broadcaster.register(userId, count -> ui.access(() -> show(count)));
        try {
            show(notifications.unreadCount());
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure)) {
                throw failure;
            }
            // The page itself says that the database cannot be reached (the error page opens in this
            // layout); the bell stays without a count until the next page.
            badge.getElement().setAttribute("hidden", true);
            bell.setAriaLabel(getTranslation("notification.bell.heading"));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unregister.run();
        unregister = () -> {};
        super.onDetach(detachEvent);
    }

    /** The unread count on the bell, in words for screen readers. */
    void show(long unread) {
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        // Hidden rather than invisible: the badge stays in the page, so a pushed count only changes it.
        badge.getElement().setAttribute("hidden", unread == 0);
        bell.setAriaLabel(
                unread == 0
                        ? getTranslation("notification.bell.aria.none")
                        : getTranslation("notification.bell.aria.unread", unread));
        bell.setTooltipText(
                unread == 0
                        ? getTranslation("notification.bell.tooltip.none")
                        : getTranslation("notification.bell.tooltip.unread", unread));
    }

    private void fill() {
        list.removeAll();
        List<NotificationRef> latest = notifications.page(0, SHOWN);
        if (latest.isEmpty()) {
            var none = new Div(getTranslation("notification.empty"));
            none.addClassName("notifications-empty");
            list.add(none);
        }
        latest.forEach(notification -> list.add(NotificationItem.of(notification, () -> open(notification))));
        show(notifications.unreadCount());
    }

    private void open(NotificationRef notification) {
        if (!notification.read()) {
            notifications.markRead(notification.id());
        }
        go(notification.link());
    }

    private void go(String path) {
        popover.close();
        getUI().ifPresent(ui -> ui.navigate(path));
    }
}
