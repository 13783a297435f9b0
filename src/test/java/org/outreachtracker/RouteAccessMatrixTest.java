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
import org.outreachtracker.admin.ui.UserAdminView;
import org.outreachtracker.counterpart.ui.CounterpartsView;
import org.outreachtracker.coverage.ui.DashboardView;
import org.outreachtracker.desk.ui.MyDeskView;
import org.outreachtracker.followup.ui.FollowUpsView;
import org.outreachtracker.security.TestSignIn;
import org.outreachtracker.security.ui.ChangePasswordView;
import org.outreachtracker.security.ui.LoginView;
import org.outreachtracker.shell.NotAllowedPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every route opened by every kind of visitor: anonymous visitors get the sign-in page; a
 * signed-in user gets the view their roles allow, or the "not allowed" page, never the content.
 */
@IntegrationTest
class RouteAccessMatrixTest extends SpringBrowserlessTest {

    static final String ANONYMOUS = "anonymous";
    static final List<String> VISITORS = List.of(ANONYMOUS, "officer", "manager", "admin");

    /** Route → (visitor → the page they end up on). */
    static final Map<String, Map<String, Class<?>>> EXPECTED = Map.of(
            "", Map.of(ANONYMOUS, LoginView.class, "officer", MyDeskView.class,
                    "manager", DashboardView.class, "admin", UserAdminView.class),
            "my-desk", Map.of(ANONYMOUS, LoginView.class, "officer", MyDeskView.class,
                    "manager", NotAllowedPage.class, "admin", NotAllowedPage.class),
            "dashboard", Map.of(ANONYMOUS, LoginView.class, "officer", NotAllowedPage.class,
                    "manager", DashboardView.class, "admin", NotAllowedPage.class),
            "admin/users", Map.of(ANONYMOUS, LoginView.class, "officer", NotAllowedPage.class,
                    "manager", NotAllowedPage.class, "admin", UserAdminView.class),
            "account/password", Map.of(ANONYMOUS, LoginView.class, "officer", ChangePasswordView.class,
                    "manager", ChangePasswordView.class, "admin", ChangePasswordView.class),
            "login", Map.of(ANONYMOUS, LoginView.class, "officer", LoginView.class,
                    "manager", LoginView.class, "admin", LoginView.class),
            "counterparts", Map.of(ANONYMOUS, LoginView.class, "officer", CounterpartsView.class,
                    "manager", CounterpartsView.class, "admin", NotAllowedPage.class),
            "follow-ups", Map.of(ANONYMOUS, LoginView.class, "officer", FollowUpsView.class,
                    "manager", FollowUpsView.class, "admin", NotAllowedPage.class));

    @Autowired
    UserDetailsService users;

    @TestFactory
    Stream<DynamicTest> eachVisitorOpensEachRoute() {
        List<DynamicTest> tests = new ArrayList<>();
        EXPECTED.forEach((route, outcomes) -> {
            for (String visitor : VISITORS) {
                Class<?> expected = outcomes.get(visitor);
                tests.add(DynamicTest.dynamicTest(visitor + " opens /" + route + " → " + expected.getSimpleName(), () -> {
                    signIn(visitor);
                    UI.getCurrent().navigate(route);
                    assertThat(getCurrentView().getClass()).isEqualTo(expected);
                }));
            }
        });
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
