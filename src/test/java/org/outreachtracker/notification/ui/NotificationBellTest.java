package org.outreachtracker.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.outreachtracker.notification.NotificationBroadcaster;
import org.outreachtracker.notification.NotificationService;
import org.springframework.dao.DataAccessResourceFailureException;

/** The bell in the page's layout: it must not keep a page from opening when the database is away. */
class NotificationBellTest {

    private final NotificationService notifications = mock(NotificationService.class);
    private final NotificationBroadcaster broadcaster = mock(NotificationBroadcaster.class);

    @Test
    void withTheDatabaseAwayTheBellShowsNoCountAndThePageStillOpens() {
        when(broadcaster.register(anyLong(), any())).thenReturn(() -> {});
        when(notifications.unreadCount()).thenThrow(new DataAccessResourceFailureException("Connection is closed"));
        var bell = new NotificationBell(notifications, broadcaster, 7);

        new UI().add(bell);

        var badge = badgeOf(bell);
        assertThat(badge.hasAttribute("hidden")).isTrue();
        assertThat(badge.getText()).isEmpty();
    }

    @Test
    void anyOtherFailureStillShowsAsAnError() {
        when(broadcaster.register(anyLong(), any())).thenReturn(() -> {});
        when(notifications.unreadCount()).thenThrow(new IllegalStateException("a defect"));
        var bell = new NotificationBell(notifications, broadcaster, 7);

        assertThatThrownBy(() -> new UI().add(bell))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a defect");
    }

    @Test
    void theUnreadCountIsShownWhenTheDatabaseAnswers() {
        when(broadcaster.register(anyLong(), any())).thenReturn(() -> {});
        when(notifications.unreadCount()).thenReturn(3L);
        var bell = new NotificationBell(notifications, broadcaster, 7);

        new UI().add(bell);

        var badge = badgeOf(bell);
        assertThat(badge.getText()).isEqualTo("3");
        assertThat(badge.getAttribute("hidden")).isNull();
    }

    private static Element badgeOf(NotificationBell bell) {
        return bell.getElement()
                .getChildren()
                .filter(child -> "notification-count".equals(child.getAttribute("id")))
                .findFirst()
                .orElseThrow();
    }
}
