package org.outreachtracker.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.notification.NotificationRef;
import org.outreachtracker.notification.NotificationService;

/**
 * Everything the user was told, unread first: a click opens the record (and marks it read);
 * "Mark all read" clears the bell; "Settings" chooses how to hear of each kind.
 */
@Route("notifications")
@Menu(order = 99, icon = "vaadin:bell", title = "Notifications")
@PermitAll
public class NotificationsView extends Main implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Grid<NotificationRef> grid = new Grid<>();
    private final Span total = new Span();

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassNames("page", "notifications-page");

        var markAll = new Button(getTranslation("notification.list.markAll"), event -> markAllRead());
        markAll.setId("mark-all-read");
        var settings = new Button(
                getTranslation("notification.list.settings"),
                event -> getUI().ifPresent(ui -> ui.navigate(NotificationSettingsView.ROUTE)));
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var toolbar = new Div(total, markAll, settings);
        toolbar.addClassName("list-toolbar");

        grid.setId("notifications-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(n -> n.read() ? "" : getTranslation("notification.list.unread"))
                .setHeader("")
                .setKey("state")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setPartNameGenerator(n -> n.read() ? null : "unread");
        grid.addColumn(NotificationRef::title)
                .setHeader(getTranslation("notification.list.column.notification"))
                .setKey("title")
                .setFlexGrow(4);
        grid.addColumn(n -> getTranslation(
                        "notification.NotificationKind." + n.kind().name()))
                .setHeader(getTranslation("notification.list.column.kind"))
                .setKey("kind")
                .setFlexGrow(2);
        grid.addColumn(n -> NotificationItem.ago(n.createdAt(), Instant.now()))
                .setHeader(getTranslation("notification.list.column.when"))
                .setKey("when")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("notification.empty"));
        grid.setItems(query -> notifications.page(query.getOffset(), query.getLimit()).stream(), query ->
                (int) notifications.count());
        grid.addItemClickListener(event -> open(event.getItem()));
        grid.setAriaLabel(getTranslation("notification.list.aria"));
        add(toolbar, grid);
        showTotal();
    }

    private void open(NotificationRef notification) {
        if (!notification.read()) {
            notifications.markRead(notification.id());
        }
        getUI().ifPresent(ui -> ui.navigate(notification.link()));
    }

    private void markAllRead() {
        int marked = notifications.markAllRead();
        grid.getDataProvider().refreshAll();
        showTotal();
        Notifications.success(
                marked == 1
                        ? getTranslation("notification.list.marked.one")
                        : getTranslation("notification.list.marked.many", marked));
    }

    private void showTotal() {
        long unread = notifications.unreadCount();
        long all = notifications.count();
        total.setText(
                getTranslation(all == 1 ? "notification.list.total.one" : "notification.list.total.many", all, unread));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.list.title") + " | Outreach Tracker";
    }
}
