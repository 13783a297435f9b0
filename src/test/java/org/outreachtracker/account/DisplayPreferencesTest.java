package org.outreachtracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.security.SystemAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Each person keeps their own language and time zone; blank means their browser's; a language
 * the interface does not speak or a zone that does not exist is refused and changes nothing.
 */
@IntegrationTest
class DisplayPreferencesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountAdminService admin;

    @Autowired
    UserAccountService accounts;

    @Autowired
    SystemAccess system;

    @Test
    void eachPersonKeepsTheirOwnLanguageAndTimeZone() {
        var outreach = new TestOutreach(context);
        String username = newAccount();
        assertThat(outreach.as(username, () -> accounts.ownDisplayPreferences()))
                .isEqualTo(DisplayPreferences.BROWSER);

        outreach.as(username, () -> accounts.changeOwnDisplayPreferences(new DisplayPreferences("fr", "Europe/Paris")));
        DisplayPreferences saved = outreach.as(username, () -> accounts.ownDisplayPreferences());
        assertThat(saved.language()).isEqualTo("fr");
        assertThat(saved.zone()).contains(ZoneId.of("Europe/Paris"));
        assertThat(outreach.as("manager", () -> accounts.ownDisplayPreferences())
                        .language())
                .as("someone else's")
                .isNotEqualTo("fr");

        outreach.as(username, () -> accounts.changeOwnDisplayPreferences(new DisplayPreferences(" ", "")));
        assertThat(outreach.as(username, () -> accounts.ownDisplayPreferences()))
                .isEqualTo(DisplayPreferences.BROWSER);
    }

    @Test
    void anUnknownLanguageOrZoneIsRefusedAndChangesNothing() {
        var outreach = new TestOutreach(context);
        String username = newAccount();
        outreach.as(username, () -> accounts.changeOwnDisplayPreferences(new DisplayPreferences("ar", "Asia/Dubai")));

        assertThatThrownBy(() -> outreach.as(
                        username, () -> accounts.changeOwnDisplayPreferences(new DisplayPreferences("tlh", null))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("The interface is not available in \"tlh\".");
        assertThatThrownBy(() -> outreach.as(
                        username,
                        () -> accounts.changeOwnDisplayPreferences(new DisplayPreferences(null, "Mars/Olympus_Mons"))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("\"Mars/Olympus_Mons\" is not a time zone");

        assertThat(outreach.as(username, () -> accounts.ownDisplayPreferences()))
                .isEqualTo(new DisplayPreferences("ar", "Asia/Dubai"));
    }

    private String newAccount() {
        String username = TestOutreach.unique("display")
                .toLowerCase(java.util.Locale.ROOT)
                .replace(' ', '-');
        system.asSystem(() -> admin.createAccount(new NewAccount(
                username, "Person " + username, "Pw-" + UUID.randomUUID(), EnumSet.of(Role.DESK_OFFICER), Set.of())));
        return username;
    }
}
