package org.outreachtracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.notification.NotificationKind;
import org.outreachtracker.notification.NotificationRef;
import org.outreachtracker.notification.NotificationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The demo starts each role with notifications, made as they are made in use. Whether they are
 * still unread is not checked: the service matrix marks every role's notifications read in the
 * same context, and test classes run in no fixed order.
 */
@IntegrationTest
class DemoNotificationsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    NotificationService notifications;

    @Test
    void eachDemoRoleHasNotificationsOfItsOwnKinds() {
        var outreach = new TestOutreach(context);

        assertThat(notifications(outreach, "officer"))
                .extracting(NotificationRef::kind)
                .contains(NotificationKind.FOLLOW_UP_ASSIGNED);
        assertThat(notifications(outreach, "officer"))
                .filteredOn(n -> n.kind() == NotificationKind.FOLLOW_UP_ASSIGNED)
                .extracting(NotificationRef::title)
                .anyMatch(title -> title.startsWith("Follow-up assigned to you by Maria Manager (demo): Japan, "));
        assertThat(notifications(outreach, "manager"))
                .extracting(NotificationRef::kind)
                .contains(NotificationKind.DAILY_SUMMARY);
        assertThat(notifications(outreach, "admin"))
                .extracting(NotificationRef::title)
                .anyMatch(title -> title.startsWith("Account 'desk-af' locked after "));
    }

    private List<NotificationRef> notifications(TestOutreach outreach, String username) {
        return outreach.as(username, () -> notifications.page(0, 200));
    }
}
