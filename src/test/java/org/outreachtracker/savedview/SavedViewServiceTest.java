package org.outreachtracker.savedview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.Role;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Each manager's last choice of filters: kept for them alone, across sign-ins; bad input refused. */
@IntegrationTest
class SavedViewServiceTest {

    @Autowired
    SavedViewService views;

    @Autowired
    UserDetailsService users;

    @Autowired
    SystemAccess system;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    @AfterEach
    void forget() {
        TestSignIn.anonymous();
        TestSavedViews.forgetAll(context);
    }

    @Test
    void aChoiceIsKeptForItsOwnerAndPageAndReplacedByTheNextOne() {
        String other = newManager();
        TestSignIn.as(users, "manager");
        views.keepChoice(SavedPage.COVERAGE, "campaign=3&bureau=AF");
        views.keepChoice(SavedPage.DASHBOARD, "campaign=4");

        TestSignIn.anonymous();
        TestSignIn.as(users, "manager");
        assertThat(views.lastChoice(SavedPage.COVERAGE)).contains("campaign=3&bureau=AF");
        assertThat(views.lastChoice(SavedPage.DASHBOARD)).contains("campaign=4");

        TestSignIn.as(users, other);
        assertThat(views.lastChoice(SavedPage.COVERAGE))
                .as("another manager's choice")
                .isEmpty();
        views.keepChoice(SavedPage.COVERAGE, "campaign=5");

        TestSignIn.as(users, "manager");
        views.keepChoice(SavedPage.COVERAGE, "campaign=3&colour=tasking");
        assertThat(views.lastChoice(SavedPage.COVERAGE)).contains("campaign=3&colour=tasking");
        TestSignIn.as(users, other);
        assertThat(views.lastChoice(SavedPage.COVERAGE)).contains("campaign=5");
    }

    @Test
    void anEmptyChoiceForgetsTheKeptOne() {
        TestSignIn.as(users, "manager");
        views.keepChoice(SavedPage.COVERAGE, "campaign=3");

        views.keepChoice(SavedPage.COVERAGE, "  ");
        assertThat(views.lastChoice(SavedPage.COVERAGE)).isEmpty();
        views.keepChoice(SavedPage.COVERAGE, null);
        assertThat(views.lastChoice(SavedPage.COVERAGE)).isEmpty();
    }

    @Test
    void badInputIsRefusedWithAMessageAndKeepsThePreviousChoice() {
        TestSignIn.as(users, "manager");
        views.keepChoice(SavedPage.DASHBOARD, "campaign=4");

        assertThatThrownBy(() -> views.keepChoice(null, "campaign=4"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Say which page's filters are meant.");
        assertThatThrownBy(() -> views.lastChoice(null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Say which page's filters are meant.");
        assertThatThrownBy(() -> views.keepChoice(SavedPage.DASHBOARD, "campaign=" + "1".repeat(1000)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("The filters of a page are kept up to 1000 characters; these are 1009 long.");
        for (String bad : new String[] {"campaign=<script>", "campaign=4\nbureau=AF", "q=two words", "a=\"b\""}) {
            assertThatThrownBy(() -> views.keepChoice(SavedPage.DASHBOARD, bad))
                    .as(bad)
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageStartingWith("The filters of a page are kept as the query of its address");
        }
        assertThat(views.lastChoice(SavedPage.DASHBOARD)).contains("campaign=4");
    }

    @Test
    void onlyManagersKeepAChoice() {
        TestSignIn.as(users, "officer");
        assertThatThrownBy(() -> views.keepChoice(SavedPage.COVERAGE, "campaign=3"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> views.lastChoice(SavedPage.COVERAGE)).isInstanceOf(AccessDeniedException.class);
    }

    private String newManager() {
        String username = "views-" + UUID.randomUUID().toString().substring(0, 8);
        system.asSystem(() -> accountAdmin.createAccount(new NewAccount(
                username, "Person " + username, "Pw-" + UUID.randomUUID(), EnumSet.of(Role.MANAGER), Set.of())));
        return username;
    }
}
