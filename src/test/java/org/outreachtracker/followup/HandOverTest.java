package org.outreachtracker.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.Role;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.notification.NotificationKind;
import org.outreachtracker.notification.NotificationService;
import org.outreachtracker.security.SystemAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * When an officer leaves a desk, a manager hands their follow-ups over in one step, with their desk
 * countries if chosen: each changes owner and the new owner is told; a refusal leaves every one
 * where it was.
 */
@IntegrationTest
class HandOverTest {

    @Autowired
    FollowUpService followUps;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    NotificationService notifications;

    @Autowired
    SystemAccess system;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    CampaignDetails campaign;
    long japan;
    String leaver;
    String successor;

    @BeforeEach
    void accounts() {
        outreach = new TestOutreach(context);
        campaign = outreach.activeCampaign(30, outreach.countryIds("JP"));
        japan = outreach.countryId("JP");
        leaver = account(Role.DESK_OFFICER);
        successor = account(Role.DESK_OFFICER);
    }

    @AfterEach
    void closeCampaign() {
        outreach.closeCampaigns();
    }

    @Test
    void aManagerHandsSeveralFollowUpsOverInOneStepAndTheNewOwnerIsToldOfEach() {
        List<FollowUpRef> leaving = List.of(create(leaver, "First"), create(leaver, "Second"), create(leaver, "Third"));
        FollowUpRef alreadyTheirs = create(successor, "Already the successor's");
        long successorId = outreach.userId(successor);
        int toldBefore = assigned(successor);

        int changed = outreach.as(
                "manager",
                () -> followUps.handOver(
                        List.of(
                                leaving.get(0).id(),
                                leaving.get(1).id(),
                                leaving.get(2).id(),
                                alreadyTheirs.id()),
                        successorId,
                        false));

        assertThat(changed).isEqualTo(3);
        assertThat(leaving).allSatisfy(f -> assertThat(ownerOf(f)).isEqualTo(successorId));
        assertThat(assigned(successor)).isEqualTo(toldBefore + 3);
    }

    @Test
    void aDeactivatedNewOwnerAMissingFollowUpOrNoChoiceIsRefusedAndNothingMoves() {
        FollowUpRef first = create(leaver, "Stays");
        FollowUpRef second = create(leaver, "Stays too");
        String gone = account(Role.DESK_OFFICER);
        long goneId = outreach.userId(gone);
        long version = outreach.as("admin", () -> accountAdmin.account(goneId))
                .orElseThrow()
                .version();
        outreach.as("admin", () -> accountAdmin.deactivate(goneId, version));
        long successorId = outreach.userId(successor);

        assertThatThrownBy(() -> outreach.as(
                        "manager", () -> followUps.handOver(List.of(first.id(), second.id()), goneId, false)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageEndingWith("cannot own follow-ups: choose an active desk officer or manager.");
        assertThatThrownBy(() -> outreach.as(
                        "manager",
                        () -> followUps.handOver(List.of(first.id(), -42L, second.id()), successorId, false)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("A chosen follow-up no longer exists; nothing was handed over.");
        assertThatThrownBy(() -> outreach.as("manager", () -> followUps.handOver(Set.of(), successorId, false)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Choose the follow-ups to hand over.");

        long leaverId = outreach.userId(leaver);
        assertThat(ownerOf(first)).isEqualTo(leaverId);
        assertThat(ownerOf(second)).isEqualTo(leaverId);
    }

    @Test
    void theDeskCountriesCanMoveWithTheFollowUpsInTheSameStep() {
        long france = outreach.countryId("FR");
        long germany = outreach.countryId("DE");
        String deskLeaver = account(Role.DESK_OFFICER, Set.of(france, germany));
        FollowUpRef first = create(deskLeaver, "Desk work");
        FollowUpRef other = create(successor, "Someone else's");
        long successorId = outreach.userId(successor);

        assertThatThrownBy(() -> outreach.as(
                        "manager", () -> followUps.handOver(List.of(first.id(), other.id()), successorId, true)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("Desk countries move with follow-ups of one officer only");
        assertThatThrownBy(() -> outreach.as(
                        "manager", () -> followUps.handOver(List.of(first.id()), outreach.userId("manager"), true)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("Desk countries go to an active desk officer;");
        assertThat(ownerOf(first)).as("a refusal moves nothing").isEqualTo(outreach.userId(deskLeaver));
        assertThat(desk(deskLeaver)).containsExactlyInAnyOrder(france, germany);

        outreach.as("manager", () -> followUps.handOver(List.of(first.id()), successorId, true));

        assertThat(ownerOf(first)).isEqualTo(successorId);
        assertThat(desk(successor)).containsExactlyInAnyOrder(japan, france, germany);
        assertThat(desk(deskLeaver)).isEmpty();
    }

    private Set<Long> desk(String username) {
        long id = outreach.userId(username);
        return outreach.as("admin", () -> accountAdmin.account(id))
                .orElseThrow()
                .draft()
                .deskCountryIds();
    }

    /** How many "assigned to you" notices the person has had. */
    private int assigned(String username) {
        return (int) outreach.as(username, () -> notifications.page(0, 50)).stream()
                .filter(n -> n.kind() == NotificationKind.FOLLOW_UP_ASSIGNED)
                .count();
    }

    private FollowUpRef create(String owner, String description) {
        long ownerId = outreach.userId(owner);
        return outreach.as(
                "manager",
                () -> followUps.create(
                        campaign.id(),
                        japan,
                        new FollowUpDraft(description, ownerId, outreach.today().plusDays(10), Priority.MEDIUM)));
    }

    private long ownerOf(FollowUpRef followUp) {
        return outreach.as(
                "manager",
                () -> followUps.search(FollowUpFilter.all().withCampaign(campaign.id()), PageRequest.of(0, 50)).stream()
                        .filter(f -> f.id() == followUp.id())
                        .findFirst()
                        .orElseThrow()
                        .ownerId());
    }

    private String account(Role role) {
        return account(role, Set.of(japan));
    }

    private String account(Role role, Set<Long> desk) {
        String username =
                TestOutreach.unique("handover").toLowerCase(Locale.ROOT).replace(' ', '-');
        system.asSystem(() -> accountAdmin.createAccount(
                new NewAccount(username, "Person " + username, "Pw-" + UUID.randomUUID(), EnumSet.of(role), desk)));
        return username;
    }
}
