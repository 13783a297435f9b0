package org.outreachtracker.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.Role;
import org.outreachtracker.calendar.CalendarFeedReply;
import org.outreachtracker.calendar.CalendarFeedService;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The calendar feed panel as a person meets it on their account page. */
@IntegrationTest
class CalendarFeedPanelTest extends SpringBrowserlessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    CalendarFeedService feeds;

    @BeforeEach
    void signIn() {
        String username =
                "cal-panel-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-" + SEQUENCE.incrementAndGet();
        systemAccess.asSystem(() -> accountAdmin.createAccount(new NewAccount(
                username, "Panel tester " + username, "Plum7!Violet^Rover-Quay", EnumSet.of(Role.MANAGER), Set.of())));
        TestSignIn.as(users, username);
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void aPersonTurnsTheFeedOnSeesTheAddressOnceGetsANewOneAndTurnsItOff() {
        CalendarFeedPanel panel = new CalendarFeedPanel(feeds);
        UI.getCurrent().add(panel);

        assertThat(state()).isEqualTo("Your calendar feed is off.");
        assertThat(button("calendar-feed-on").isVisible()).isTrue();
        assertThat(panel.regenerate.isVisible()).isFalse();
        assertThat(panel.turnOff.isVisible()).isFalse();
        assertThat(panel.address.isVisible()).isFalse();
        assertThat($(TextField.class).withId("calendar-feed-url").all())
                .as("no address shown")
                .isEmpty();

        test(button("calendar-feed-on")).click();

        TextField url = $(TextField.class).withId("calendar-feed-url").single();
        String first = url.getValue();
        assertThat(panel.address.isVisible()).isTrue();
        assertThat(url.isReadOnly()).isTrue();
        assertThat(first).matches("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat($(Paragraph.class).withId("calendar-feed-warning").single().getText())
                .isEqualTo("Anyone with this address can see the titles of your due dates. Keep it private.");
        assertThat(state()).startsWith("Your calendar feed is on.");
        assertThat(fetch(first)).isInstanceOf(CalendarFeedReply.Calendar.class);
        assertThat(panel.turnOn.isVisible()).isFalse();
        assertThat(button("calendar-feed-off").isVisible()).isTrue();

        // Asked first; cancelling keeps the address.
        test(button("calendar-feed-regenerate")).click();
        test($(ConfirmDialog.class).last()).cancel();
        assertThat(url.getValue()).isEqualTo(first);
        assertThat(fetch(first)).isInstanceOf(CalendarFeedReply.Calendar.class);

        test(button("calendar-feed-regenerate")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).last();
        test(confirm).confirm();
        String second = url.getValue();
        assertThat(second).startsWith("http://localhost:8080/calendar/").isNotEqualTo(first);
        assertThat(fetch(first)).as("the old address stopped working").isInstanceOf(CalendarFeedReply.NotFound.class);
        assertThat(fetch(second)).isInstanceOf(CalendarFeedReply.Calendar.class);

        // Seen again later (another visit): on, but the address is not shown again.
        UI.getCurrent().remove(panel);
        CalendarFeedPanel later = new CalendarFeedPanel(feeds);
        UI.getCurrent().add(later);
        assertThat(later.address.isVisible()).isFalse();
        assertThat(later.url.getValue()).isEmpty();
        assertThat(later.state.getText()).startsWith("Your calendar feed is on (address made ");

        test(later.turnOff).click();
        assertThat(later.state.getText()).isEqualTo("Your calendar feed is off.");
        assertThat(later.turnOn.isVisible()).isTrue();
        assertThat(feeds.feedStatus().on()).isFalse();
        assertThat(fetch(second)).isInstanceOf(CalendarFeedReply.NotFound.class);
    }

    private String state() {
        return $(Paragraph.class).withId("calendar-feed-state").single().getText();
    }

    private Button button(String id) {
        return $(Button.class).withId(id).single();
    }

    private CalendarFeedReply fetch(String url) {
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        return systemAccess.asSystem(() -> feeds.feed(token, "192.0.2.7"));
    }
}
