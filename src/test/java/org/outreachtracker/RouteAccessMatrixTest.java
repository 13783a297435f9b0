package org.outreachtracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.outreachtracker.account.ui.ChangePasswordView;
import org.outreachtracker.account.ui.DisplayPreferencesView;
import org.outreachtracker.account.ui.SecondFactorView;
import org.outreachtracker.admin.ui.AuditView;
import org.outreachtracker.admin.ui.UserAdminView;
import org.outreachtracker.brief.ui.CounterpartView;
import org.outreachtracker.brief.ui.CountryBriefView;
import org.outreachtracker.campaign.ui.CampaignView;
import org.outreachtracker.campaign.ui.CampaignsView;
import org.outreachtracker.counterpart.ui.CounterpartsView;
import org.outreachtracker.coverage.ui.CoverageView;
import org.outreachtracker.coverage.ui.DashboardView;
import org.outreachtracker.desk.ui.MyDeskView;
import org.outreachtracker.followup.ui.FollowUpsView;
import org.outreachtracker.mail.ui.MailQueueView;
import org.outreachtracker.meeting.ui.DeletedView;
import org.outreachtracker.meeting.ui.MeetingView;
import org.outreachtracker.meeting.ui.MeetingsView;
import org.outreachtracker.meeting.ui.NewMeetingView;
import org.outreachtracker.notification.ui.NotificationSettingsView;
import org.outreachtracker.notification.ui.NotificationsView;
import org.outreachtracker.ops.ui.BackupsView;
import org.outreachtracker.reference.ui.CountriesView;
import org.outreachtracker.reference.ui.PostsView;
import org.outreachtracker.search.ui.SearchView;
import org.outreachtracker.security.TestSignIn;
import org.outreachtracker.security.ui.LoginView;
import org.outreachtracker.security.ui.SecondFactorCodeView;
import org.outreachtracker.shell.NotAllowedPage;
import org.outreachtracker.tasking.ui.TaskingsView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every route opened by every kind of visitor: anonymous visitors get the sign-in page; a
 * signed-in user gets the view their roles allow, or the "not allowed" page, never the content.
 */
@IntegrationTest
public class RouteAccessMatrixTest extends SpringBrowserlessTest {

    static final String ANONYMOUS = "anonymous";
    static final List<String> VISITORS = List.of(ANONYMOUS, "officer", "manager", "admin");

    /** Route → (visitor → the page they end up on). */
    public static final Map<String, Map<String, Class<?>>> EXPECTED = Map.ofEntries(
            Map.entry(
                    "",
                    Map.of(
                            ANONYMOUS,
                            LoginView.class,
                            "officer",
                            MyDeskView.class,
                            "manager",
                            DashboardView.class,
                            "admin",
                            UserAdminView.class)),
            Map.entry(
                    "my-desk",
                    Map.of(
                            ANONYMOUS,
                            LoginView.class,
                            "officer",
                            MyDeskView.class,
                            "manager",
                            NotAllowedPage.class,
                            "admin",
                            NotAllowedPage.class)),
            Map.entry("dashboard", managersOnly(DashboardView.class)),
            Map.entry("coverage", managersOnly(CoverageView.class)),
            Map.entry(
                    "admin/users",
                    Map.of(
                            ANONYMOUS,
                            LoginView.class,
                            "officer",
                            NotAllowedPage.class,
                            "manager",
                            NotAllowedPage.class,
                            "admin",
                            UserAdminView.class)),
            Map.entry("admin/posts", adminsOnly(PostsView.class)),
            Map.entry("admin/countries", adminsOnly(CountriesView.class)),
            Map.entry("admin/backups", adminsOnly(BackupsView.class)),
            Map.entry("admin/mail", adminsOnly(MailQueueView.class)),
            Map.entry(
                    "account/password",
                    Map.of(
                            ANONYMOUS,
                            LoginView.class,
                            "officer",
                            ChangePasswordView.class,
                            "manager",
                            ChangePasswordView.class,
                            "admin",
                            ChangePasswordView.class)),
            Map.entry(
                    "account/display",
                    Map.of(
                            ANONYMOUS,
                            LoginView.class,
                            "officer",
                            DisplayPreferencesView.class,
                            "manager",
                            DisplayPreferencesView.class,
                            "admin",
                            DisplayPreferencesView.class)),
            Map.entry(
                    "sign-in/code",
                    Map.of(
                            ANONYMOUS,
                            LoginView.class,
                            "officer",
                            MyDeskView.class,
                            "manager",
                            DashboardView.class,
                            "admin",
                            UserAdminView.class)),
            Map.entry(
                    "account/second-factor",
                    Map.of(
                            ANONYMOUS,
                            LoginView.class,
                            "officer",
                            SecondFactorView.class,
                            "manager",
                            SecondFactorView.class,
                            "admin",
                            SecondFactorView.class)),
            Map.entry(
                    "notifications",
                    Map.of(
                            ANONYMOUS,
                            LoginView.class,
                            "officer",
                            NotificationsView.class,
                            "manager",
                            NotificationsView.class,
                            "admin",
                            NotificationsView.class)),
            Map.entry(
                    "account/notifications",
                    Map.of(
                            ANONYMOUS,
                            LoginView.class,
                            "officer",
                            NotificationSettingsView.class,
                            "manager",
                            NotificationSettingsView.class,
                            "admin",
                            NotificationSettingsView.class)),
            Map.entry(
                    "login",
                    Map.of(
                            ANONYMOUS,
                            LoginView.class,
                            "officer",
                            LoginView.class,
                            "manager",
                            LoginView.class,
                            "admin",
                            LoginView.class)),
            Map.entry("campaigns", outreachReaders(CampaignsView.class)),
            Map.entry("campaigns/:id", outreachReaders(CampaignView.class)),
            Map.entry("meetings", outreachReaders(MeetingsView.class)),
            Map.entry("meetings/new", outreachReaders(NewMeetingView.class)),
            Map.entry("meetings/:meetingId(\\d+)", outreachReaders(MeetingView.class)),
            Map.entry("counterparts", outreachReaders(CounterpartsView.class)),
            Map.entry("counterparts/:id(\\d+)", outreachReaders(CounterpartView.class)),
            Map.entry("follow-ups", outreachReaders(FollowUpsView.class)),
            Map.entry("search", outreachReaders(SearchView.class)),
            Map.entry("countries/:code/brief", outreachReaders(CountryBriefView.class)),
            Map.entry("deleted", managersOnly(DeletedView.class)),
            Map.entry("taskings", managersOnly(TaskingsView.class)),
            Map.entry(
                    "admin/audit",
                    Map.of(
                            ANONYMOUS,
                            LoginView.class,
                            "officer",
                            NotAllowedPage.class,
                            "manager",
                            NotAllowedPage.class,
                            "admin",
                            AuditView.class)));

    /** Where to go for a route template with parameters: an address with real values. */
    public static final Map<String, String> OPEN_AT = Map.of(
            "meetings/:meetingId(\\d+)",
            "meetings/1",
            "campaigns/:id",
            "campaigns/1",
            "countries/:code/brief",
            "countries/JP/brief",
            "counterparts/:id(\\d+)",
            "counterparts/1");

    /** A route for the people who read outreach content: desk officers and managers, not administrators. */
    static Map<String, Class<?>> outreachReaders(Class<?> view) {
        return Map.of(ANONYMOUS, LoginView.class, "officer", view, "manager", view, "admin", NotAllowedPage.class);
    }

    static Map<String, Class<?>> adminsOnly(Class<?> view) {
        return Map.of(
                ANONYMOUS,
                LoginView.class,
                "officer",
                NotAllowedPage.class,
                "manager",
                NotAllowedPage.class,
                "admin",
                view);
    }

    static Map<String, Class<?>> managersOnly(Class<?> view) {
        return Map.of(
                ANONYMOUS,
                LoginView.class,
                "officer",
                NotAllowedPage.class,
                "manager",
                view,
                "admin",
                NotAllowedPage.class);
    }

    @Autowired
    UserDetailsService users;

    @TestFactory
    Stream<DynamicTest> eachVisitorOpensEachRoute() {
        List<DynamicTest> tests = new ArrayList<>();
        EXPECTED.forEach((route, outcomes) -> {
            for (String visitor : VISITORS) {
                Class<?> expected = outcomes.get(visitor);
                tests.add(DynamicTest.dynamicTest(
                        visitor + " opens /" + route + " → " + expected.getSimpleName(), () -> {
                            signIn(visitor);
                            UI.getCurrent().navigate(OPEN_AT.getOrDefault(route, route));
                            assertThat(getCurrentView().getClass()).isEqualTo(expected);
                        }));
            }
        });
        return tests.stream();
    }

    /**
     * A session part-way through signing in (right password, second factor to come) opens no page
     * but the code page, or, when it must set up an authenticator app first, the set-up page (and
     * the sign-in page, to start again).
     */
    @TestFactory
    Stream<DynamicTest> aSessionPartWayThroughSigningInOpensOnlyItsNextStep() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String route : new TreeSet<>(EXPECTED.keySet())) {
            boolean login = route.equals("login");
            tests.add(DynamicTest.dynamicTest("awaiting the code, /" + route, () -> {
                TestSignIn.awaitingCode(users, "admin");
                UI.getCurrent().navigate(OPEN_AT.getOrDefault(route, route));
                assertThat(getCurrentView().getClass()).isEqualTo(login ? LoginView.class : SecondFactorCodeView.class);
            }));
            tests.add(DynamicTest.dynamicTest("setting up the app first, /" + route, () -> {
                TestSignIn.enrolling(users, "admin");
                UI.getCurrent().navigate(OPEN_AT.getOrDefault(route, route));
                assertThat(getCurrentView().getClass()).isEqualTo(login ? LoginView.class : SecondFactorView.class);
            }));
        }
        return tests.stream();
    }

    @Test
    void theMatrixCoversEveryRoute() {
        Set<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(routes).isEqualTo(new TreeSet<>(EXPECTED.keySet()));
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    private void signIn(String visitor) {
        if (ANONYMOUS.equals(visitor)) {
            TestSignIn.anonymous();
        } else {
            TestSignIn.as(users, visitor);
        }
    }
}
