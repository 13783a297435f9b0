package org.outreachtracker;

import static java.util.Map.entry;
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
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.ui.CampaignView;
import org.outreachtracker.campaign.ui.CampaignsView;
import org.outreachtracker.coverage.ui.DashboardView;
import org.outreachtracker.desk.ui.MyDeskView;
import org.outreachtracker.security.TestSignIn;
import org.outreachtracker.security.ui.ChangePasswordView;
import org.outreachtracker.security.ui.LoginView;
import org.outreachtracker.shell.NotAllowedPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every route opened by every kind of visitor: anonymous visitors get the sign-in page; a
 * signed-in user gets the view their roles allow, or the "not allowed" page, never the content.
 */
@IntegrationTest
class RouteAccessMatrixTest extends SpringBrowserlessTest {

    static final String ANONYMOUS = "anonymous";
    static final List<String> VISITORS = List.of(ANONYMOUS, "officer", "manager", "admin");

    /**
     * Route template → (visitor → the page they end up on). A template with a parameter is
     * opened with a real value: see {@link #address(String)}.
     */
    static final Map<String, Map<String, Class<?>>> EXPECTED = Map.ofEntries(
            entry("", Map.of(ANONYMOUS, LoginView.class, "officer", MyDeskView.class,
                    "manager", DashboardView.class, "admin", UserAdminView.class)),
            entry("my-desk", Map.of(ANONYMOUS, LoginView.class, "officer", MyDeskView.class,
                    "manager", NotAllowedPage.class, "admin", NotAllowedPage.class)),
            entry("dashboard", Map.of(ANONYMOUS, LoginView.class, "officer", NotAllowedPage.class,
                    "manager", DashboardView.class, "admin", NotAllowedPage.class)),
            entry("campaigns", Map.of(ANONYMOUS, LoginView.class, "officer", CampaignsView.class,
                    "manager", CampaignsView.class, "admin", NotAllowedPage.class)),
            entry("campaigns/:id", Map.of(ANONYMOUS, LoginView.class, "officer", CampaignView.class,
                    "manager", CampaignView.class, "admin", NotAllowedPage.class)),
            entry("admin/users", Map.of(ANONYMOUS, LoginView.class, "officer", NotAllowedPage.class,
                    "manager", NotAllowedPage.class, "admin", UserAdminView.class)),
            entry("account/password", Map.of(ANONYMOUS, LoginView.class, "officer", ChangePasswordView.class,
                    "manager", ChangePasswordView.class, "admin", ChangePasswordView.class)),
            entry("login", Map.of(ANONYMOUS, LoginView.class, "officer", LoginView.class,
                    "manager", LoginView.class, "admin", LoginView.class)));

    @Autowired
    UserDetailsService users;
    @Autowired
    CampaignService campaigns;

    @TestFactory
    Stream<DynamicTest> eachVisitorOpensEachRoute() {
        List<DynamicTest> tests = new ArrayList<>();
        EXPECTED.forEach((route, outcomes) -> {
            for (String visitor : VISITORS) {
                Class<?> expected = outcomes.get(visitor);
                tests.add(DynamicTest.dynamicTest(visitor + " opens /" + route + " → " + expected.getSimpleName(), () -> {
                    String address = address(route);
                    signIn(visitor);
                    UI.getCurrent().navigate(address);
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

    /** The address to open for a route template: parameters get the value of an existing record. */
    private String address(String template) {
        if (!template.contains(":")) {
            return template;
        }
        String address = template.replace(":id", String.valueOf(firstDemoCampaignId()));
        assertThat(address).as("a value for every parameter of " + template).doesNotContain(":");
        return address;
    }

    private long firstDemoCampaignId() {
        TestSignIn.as(users, "manager");
        try {
            return campaigns.campaigns(PageRequest.of(0, 1, Sort.by("id"))).getContent().getFirst().id();
        } finally {
            TestSignIn.anonymous();
        }
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
