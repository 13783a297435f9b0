package org.outreachtracker.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.SignedInAs;
import org.outreachtracker.TestClock;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.AccountDetails;
import org.outreachtracker.account.AccountFilter;
import org.outreachtracker.account.AccountRow;
import org.outreachtracker.account.AccountState;
import org.outreachtracker.account.ExternalAccounts;
import org.outreachtracker.account.ExternalSignIn;
import org.outreachtracker.account.PendingEnrolment;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.SecondFactorService;
import org.outreachtracker.account.TestAccounts;
import org.outreachtracker.account.TestCodes;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** User administration as the administrator does it, without a browser. */
@IntegrationTest
@SignedInAs("admin")
class UserAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountAdminService admin;

    @Autowired
    ReferenceService reference;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApplicationContext context;

    @Autowired
    SecondFactorService secondFactors;

    @Autowired
    TestClock clock;

    UserAdminView view;

    @BeforeEach
    void openAsAdministrator() {
        UI.getCurrent().navigate("admin/users");
        view = (UserAdminView) getCurrentView();
    }

    @Test
    void theListShowsAccountsAndTheSearchNarrowsIt() {
        var grid = test(view.grid);
        assertThat(grid.size()).isGreaterThanOrEqualTo(4);

        test(view.search).setValue("Omar");

        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo("officer2");
        assertThat(grid.getCellText(0, 1)).isEqualTo("Omar Officer (demo)");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Desk officer");
        assertThat(grid.getCellText(0, 3)).isEqualTo("6");
        assertThat(grid.getCellComponent(0, "state").getElement().getText()).isEqualTo("Active");
    }

    @Test
    void anAccountOfTheMinistrysProviderIsShownAsExternal() {
        context.getBean(ExternalAccounts.class)
                .signIn(new ExternalSignIn(
                        "https://id.ministry.example",
                        "subject-of-ext-listed",
                        "ext-listed",
                        "Eva External",
                        null,
                        List.of("outreach-officers"),
                        "192.0.2.1"));
        var grid = test(view.grid);
        test(view.search).setValue("Eva External");

        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo("ext-listed");
        assertThat(grid.getCellComponent(0, "state").getElement().getTextRecursively())
                .isEqualTo("Active External");
    }

    @Test
    void anAdministratorCreatesADeskOfficerWithADeskPickedByBureau() {
        test(view.create).click();
        roundTrip();
        UserDialog dialog = view.dialog;
        test(dialog.form.username).setValue("UI-Desk");
        test(dialog.form.displayName).setValue("Una Interface");
        test(dialog.form.roles).selectItem("Desk officer");
        test(dialog.form.desk.chooser.bureau).selectItem("East Asia & Pacific");
        test(dialog.form.desk.chooser.addBureau).click();
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        String password = dialog.oneTimePasswordDialog.password.getText();
        assertThat(password).matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}");
        AccountDetails created = details("ui-desk");
        long eastAsia = reference.countries().stream()
                .filter(c -> c.bureauCode().equals("EAP") && c.isState())
                .count();
        assertThat(created.draft().displayName()).isEqualTo("Una Interface");
        assertThat(created.draft().roles()).containsExactly(Role.DESK_OFFICER);
        assertThat(created.draft().deskCountryIds())
                .as("the bureau's states, not its territories")
                .hasSize((int) eastAsia);
        assertThat(created.state()).isEqualTo(AccountState.PASSWORD_CHANGE_REQUIRED);
        assertThat(passwordEncoder.matches(
                        password, users.loadUserByUsername("ui-desk").getPassword()))
                .isTrue();
    }

    @Test
    void aNewAccountNeedsAValidUsernameANameAndARole() {
        long before = count();
        test(view.create).click();
        roundTrip();
        UserDialog dialog = view.dialog;
        test(dialog.form.username).setValue("Not valid!");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.username.getErrorMessage())
                .isEqualTo("Use 2 to 50 lower-case letters, digits, dots, dashes or underscores.");
        assertThat(dialog.form.displayName.getErrorMessage()).isEqualTo("Enter the person's name.");
        assertThat(dialog.form.roles.getErrorMessage()).isEqualTo("Give the account at least one role.");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void editingChangesRolesAndDesk() {
        create("ui-edit", "Eve Edit");
        edit("ui-edit");
        UserDialog dialog = view.dialog;
        assertThat(dialog.form.desk.isVisible()).isTrue();
        test(dialog.form.roles).selectItem("Manager");
        test(dialog.form.desk.chooser.bureau).selectItem("East Asia & Pacific");
        test(dialog.form.desk.chooser.removeBureau).click();
        test(dialog.form.desk.chooser.countries).selectItem("Germany");
        test(dialog.save).click();

        AccountDetails after = details("ui-edit");
        assertThat(after.draft().roles()).containsExactlyInAnyOrder(Role.DESK_OFFICER, Role.MANAGER);
        assertThat(after.draft().deskCountryIds())
                .containsExactly(reference.countryByCode("DE").orElseThrow().id());
        assertThat(test(view.grid).getCellText(rowOf("ui-edit"), 2)).isEqualTo("Desk officer, Manager");
    }

    @Test
    void aResetShowsTheOneTimePasswordOnce() {
        create("ui-reset", "Rob Reset");
        edit("ui-reset");
        UserDialog dialog = view.dialog;

        test(dialog.resetPassword).click();
        roundTrip();
        test($(ConfirmDialog.class).last()).confirm();

        String password = dialog.oneTimePasswordDialog.password.getText();
        assertThat(password).matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}");
        assertThat(passwordEncoder.matches(
                        password, users.loadUserByUsername("ui-reset").getPassword()))
                .isTrue();
        assertThat(dialog.oneTimePasswordDialog.getElement().getTextRecursively())
                .contains("It is shown only now");
    }

    @Test
    void aLockedAccountIsUnlockedFromItsDialog() {
        create("ui-locked", "Lou Locked");
        TestAccounts.lock(context, "ui-locked");
        test(view.search).setValue("ui-locked");
        assertThat(test(view.grid).getCellComponent(0, "state").getElement().getText())
                .isEqualTo("Locked");
        edit("ui-locked");
        UserDialog dialog = view.dialog;
        assertThat(dialog.state.getText()).startsWith("Locked until");
        assertThat(dialog.unlock.isVisible()).isTrue();

        test(dialog.unlock).click();

        assertThat(details("ui-locked").state()).isNotEqualTo(AccountState.LOCKED);
        assertThat(dialog.unlock.isVisible()).isFalse();
        assertThat(test(view.grid).getCellComponent(0, "state").getElement().getText())
                .isEqualTo("Must change password");
    }

    @Test
    void anAccountIsDeactivatedAndReactivatedNeverDeleted() {
        create("ui-leaver", "Liz Leaver");
        edit("ui-leaver");
        UserDialog dialog = view.dialog;

        test(dialog.deactivate).click();
        roundTrip();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(details("ui-leaver").state()).isEqualTo(AccountState.DEACTIVATED);
        assertThat(dialog.reactivate.isVisible()).isTrue();
        assertThat(dialog.deactivate.isVisible()).isFalse();
        assertThat(test(view.grid)
                        .getCellComponent(rowOf("ui-leaver"), "state")
                        .getElement()
                        .getText())
                .isEqualTo("Deactivated");

        test(dialog.reactivate).click();
        assertThat(details("ui-leaver").state()).isEqualTo(AccountState.PASSWORD_CHANGE_REQUIRED);
    }

    @Test
    void anAdministratorIsNotOfferedToDeactivateOrResetTheirOwnAccount() {
        edit("admin");
        UserDialog dialog = view.dialog;

        assertThat(dialog.deactivate.isVisible()).isFalse();
        assertThat(dialog.resetPassword.isVisible()).isFalse();

        test(dialog.form.roles).deselectItem("Administrator");
        test(dialog.form.roles).selectItem("Manager");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).as("the input stays").isTrue();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .startsWith("You cannot take the administrator role away from your own account.");
        assertThat(details("admin").draft().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void aLostAuthenticatorAppIsResetFromTheDialogGivingTheReason() {
        create("ui-phone", "Phil Phone");
        TestSignIn.as(users, "ui-phone");
        PendingEnrolment pending = secondFactors.startEnrolment();
        secondFactors.confirmEnrolment(pending, TestCodes.code(TestCodes.secret(pending.manualKey()), clock.instant()));
        TestSignIn.as(users, "admin");
        edit("ui-phone");
        SecondFactorSection section = view.dialog.secondFactor;
        assertThat(section.state.getText()).startsWith("Authenticator app set up on ");
        assertThat(section.reset.isVisible()).isTrue();

        test(section.reset).click();
        roundTrip();
        test(section.confirmReset).click();

        assertThat(section.reason.isInvalid()).as("a reason is required").isTrue();
        assertThat(section.resetDialog.isOpened()).isTrue();
        assertThat(secondFactors.enrolledAt(details("ui-phone").id())).isPresent();

        test(section.reason).setValue("Phone lost, confirmed by a call to the desk");
        test(section.confirmReset).click();

        assertThat(section.resetDialog.isOpened()).isFalse();
        assertThat(secondFactors.enrolledAt(details("ui-phone").id())).isEmpty();
        assertThat(section.state.getText()).isEqualTo("No authenticator app.");
        assertThat(section.reset.isVisible()).isFalse();
    }

    private void create(String username, String name) {
        test(view.create).click();
        roundTrip();
        UserDialog dialog = view.dialog;
        test(dialog.form.username).setValue(username);
        test(dialog.form.displayName).setValue(name);
        test(dialog.form.roles).selectItem("Desk officer");
        test(dialog.save).click();
        roundTrip();
        dialog.oneTimePasswordDialog.close();
    }

    private void edit(String username) {
        view.edit(test(view.grid).getRow(rowOf(username)));
        roundTrip();
    }

    private int rowOf(String username) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size())
                .filter(i -> grid.getCellText(i, 0).equals(username))
                .findFirst()
                .orElseThrow(() -> new AssertionError(username + " is not in the list"));
    }

    private AccountDetails details(String username) {
        AccountRow row = admin.search(new AccountFilter(username), PageRequest.of(0, 5)).stream()
                .filter(r -> r.username().equals(username))
                .findFirst()
                .orElseThrow();
        return admin.account(row.id()).orElseThrow();
    }

    private long count() {
        return admin.count(AccountFilter.none());
    }
}
