package org.outreachtracker.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.HashMap;
import java.util.Map;

/**
 * The one way the application shows a short message after an action: it worked, or it was
 * refused. A message shown again while the same one is still open replaces it (and its time
 * starts again), so repeating an action, or a refusal, never stacks copies of one message.
 */
public final class Notifications {

    static final int SUCCESS_MILLIS = 4000;
    static final int ERROR_MILLIS = 8000;

    private Notifications() {}

    public static void success(String message) {
        show(message, SUCCESS_MILLIS, Notification.Position.BOTTOM_START, NotificationVariant.LUMO_SUCCESS);
    }

    /** An error stays longer, in the middle, so it is not missed. */
    public static void error(String message) {
        show(message, ERROR_MILLIS, Notification.Position.MIDDLE, NotificationVariant.LUMO_ERROR);
    }

    private static void show(String message, int millis, Notification.Position position, NotificationVariant variant) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Map<String, Notification> open = openOn(ui);
        String key = variant.name() + "\n" + message;
        Notification same = open.remove(key);
        if (same != null && same.isOpened()) {
            same.close();
        }
        Notification notification = new Notification(message, millis, position);
        notification.addThemeVariants(variant);
        notification.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                open.remove(key, notification);
            }
        });
        open.put(key, notification);
        notification.open();
    }

    /** The messages this UI shows now, by kind and text. */
    @SuppressWarnings("unchecked")
    private static Map<String, Notification> openOn(UI ui) {
        Map<String, Notification> open =
                (Map<String, Notification>) ComponentUtil.getData(ui, Notifications.class.getName());
        if (open == null) {
            open = new HashMap<>();
            ComponentUtil.setData(ui, Notifications.class.getName(), open);
        }
        return open;
    }
}
