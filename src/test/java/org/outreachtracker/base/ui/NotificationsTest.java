package org.outreachtracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages after an action: one of each at a time, whatever repeats them. */
// Only this package: the application's views and error pages need Spring beans.
@ViewPackages(packages = "org.outreachtracker.base.ui")
class NotificationsTest extends BrowserlessTest {

    @Test
    void theSameMessageAgainReplacesTheOpenOneInsteadOfStacking() {
        Notifications.error("This account no longer exists.");
        Notifications.error("This account no longer exists.");
        Notifications.error("This account no longer exists.");

        List<Notification> shown = open();
        assertThat(shown).hasSize(1);
        assertThat(test(shown.getFirst()).getText()).isEqualTo("This account no longer exists.");
        assertThat(shown.getFirst().getThemeNames()).contains(NotificationVariant.LUMO_ERROR.getVariantName());
    }

    @Test
    void differentMessagesAndKindsAreShownSideBySide() {
        Notifications.success("Campaign saved.");
        Notifications.success("Talking point added.");
        Notifications.error("Campaign saved.");
        Notifications.success("Campaign saved.");

        assertThat(open())
                .extracting(notification -> test(notification).getText())
                .containsExactlyInAnyOrder("Campaign saved.", "Talking point added.", "Campaign saved.");
    }

    @Test
    void aMessageThatHasClosedIsShownAgain() {
        Notifications.success("Password copied.");
        open().getFirst().close();

        Notifications.success("Password copied.");

        assertThat(open()).hasSize(1);
    }

    private List<Notification> open() {
        return $(Notification.class).all().stream()
                .filter(Notification::isOpened)
                .toList();
    }
}
