package org.outreachtracker.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestClock;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.SecondFactorService;
import org.outreachtracker.account.TestCodes;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Setting up an authenticator app by choice, from the page the header leads to, without a
 * browser: a wrong code is refused and nothing is stored; the right one gives the recovery codes,
 * which can be renewed later (the old ones then stop working).
 */
@IntegrationTest
class SecondFactorViewTest extends SpringBrowserlessTest {

    @Autowired
    SecondFactorService secondFactors;

    @Autowired
    AccountAdminService admin;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    @AfterEach
    void tearDown() {
        clock.reset();
        TestSignIn.anonymous();
    }

    @Test
    void anOfficerSetsUpTheAppAndLaterRenewsTheRecoveryCodes() {
        systemAccess.asSystem(() -> admin.createAccount(new NewAccount(
                "view-mfa", "View Person", "green valley kettle 2026", EnumSet.of(Role.DESK_OFFICER), Set.of())));
        TestSignIn.as(users, "view-mfa");
        UI.getCurrent().navigate("account/second-factor");
        var view = (SecondFactorView) getCurrentView();
        byte[] secret = TestCodes.secret(view.manualKey.getText());

        test(view.code).setValue(TestCodes.wrongCode(secret, clock.instant()));
        test(view.confirm).click();

        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).startsWith("That code does not match.");
        assertThat(secondFactors.status().enrolled()).isFalse();

        test(view.code).setValue(TestCodes.code(secret, clock.instant()));
        test(view.confirm).click();

        assertThat(secondFactors.status().enrolled()).isTrue();
        List<String> first = codes(view.recoveryCodes);
        assertThat(first).hasSize(10);
        assertThat(view.recoveryCodes.done.isEnabled()).isFalse();
        test(view.recoveryCodes.saved).click();
        assertThat(view.recoveryCodes.done.isEnabled()).isTrue();
        test(view.recoveryCodes.done).click();
        var renew = $(com.vaadin.flow.component.button.Button.class).id("renew-recovery-codes");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .id("second-factor-state")
                        .getText())
                .contains("10 recovery codes are left");

        clock.advance(Duration.ofSeconds(1));
        test(renew).click();
        roundTrip();
        test($(ConfirmDialog.class).last()).confirm();

        List<String> renewed = codes(view.recoveryCodes);
        assertThat(renewed).hasSize(10).doesNotContainAnyElementsOf(first);
    }

    private static List<String> codes(RecoveryCodesPanel panel) {
        return panel.list.getChildren().map(item -> item.getElement().getText()).toList();
    }
}
