package org.outreachtracker.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.SignedInAs;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.AccountDraft;
import org.outreachtracker.account.Role;
import org.outreachtracker.audit.AuditEventRef;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The administrators' Audit trail page, without a browser: names instead of ids, no outreach content, the check. */
@IntegrationTest
@SignedInAs("admin")
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountAdminService accounts;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApplicationContext context;

    AuditView view;

    @BeforeEach
    void openAsAdministrator() {
        UI.getCurrent().navigate("admin/audit");
        view = (AuditView) getCurrentView();
    }

    @Test
    void anAccountsEventsNameThePeopleAndCountriesNotTheirIds() {
        var outreach = new TestOutreach(context);
        String username = TestOutreach.unique("desk").replace(' ', '-').toLowerCase();
        long japan = outreach.countryId("JP");
        long korea = outreach.countryId("KR");
        long id = accounts.create(username, new AccountDraft("Dora Desk", EnumSet.of(Role.DESK_OFFICER), Set.of(japan)))
                .accountId();
        accounts.update(
                id,
                accounts.account(id).orElseThrow().version(),
                new AccountDraft("Dora Desk", EnumSet.of(Role.DESK_OFFICER, Role.MANAGER), Set.of(japan, korea)));

        show(AuditedObject.USER, id);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 2))
                .as("who did it")
                .isEqualTo(outreach.user("admin").displayName() + " · admin");
        assertThat(grid.getCellText(0, 4)).as("the account concerned").isEqualTo("User Dora Desk · " + username);
        assertThat(grid.getCellText(0, 7)).isEqualTo("Changed: Desk countries, Roles");
        assertThat(details(grid.getRow(0)))
                .contains("Roles: Desk officer → Desk officer, Manager", "Desk countries: Japan → Japan; South Korea");
        assertThat(details(grid.getRow(1)))
                .contains("Desk countries: (none) → Japan")
                .doesNotContain("[");
    }

    @Test
    void anAdministratorSeesWhichFieldsOfAMeetingChangedButNotTheirContent() {
        var outreach = new TestOutreach(context);
        String secret = TestOutreach.unique("For readers only");
        CampaignDetails campaign = outreach.activeCampaign(30, outreach.countryIds("JP"), "Point seen");
        long id;
        try {
            id = outreach.as(
                    "officer",
                    () -> meetings.log(outreach.simpleMeeting(
                            campaign, "JP", outreach.daysAgo(1), OverallResponse.NONCOMMITTAL, "Summary " + secret)));
        } finally {
            outreach.closeCampaigns();
        }

        show(AuditedObject.MEETING, id);

        var grid = test(view.grid);
        assertThat(grid.getCellText(0, 4)).isEqualTo("Meeting " + id);
        assertThat(grid.getCellText(0, 7))
                .startsWith("Changed: Campaign, Country, Post, Date")
                .contains("Summary")
                .endsWith("(values shown to readers of outreach records only)");
        assertThat(details(grid.getRow(0)))
                .contains("Summary", "shown only to desk officers and managers")
                .doesNotContain(secret)
                .doesNotContain(campaign.title());
    }

    @Test
    void checkingTheTrailReportsItIntactWithProgressDone() {
        test(view.trailCheck.check).click();

        waitFor(() -> view.trailCheck.check.isEnabled(), "the check of the trail to finish");

        assertThat(view.trailCheck.status.getText())
                .startsWith("The audit trail is intact")
                .contains("events checked, every link holds");
        assertThat(view.trailCheck.progress.isVisible()).isFalse();
        assertThat(view.trailCheck.check.isEnabled()).isTrue();
    }

    private void show(AuditedObject type, long id) {
        test(view.objectType).selectItem(type.label());
        test(view.objectId).setValue(String.valueOf(id));
    }

    private String details(AuditEventRef event) {
        return view.changes(event).getElement().getTextRecursively();
    }

    /** Lets the page's background work report back (as the browser's polls would) until the condition holds. */
    private void waitFor(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            MockVaadin.runUIQueue();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
