package org.outreachtracker.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.followup.CommitmentDraft;
import org.outreachtracker.followup.CommitmentOutcome;
import org.outreachtracker.followup.CommitmentRef;
import org.outreachtracker.followup.CommitmentService;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The follow-ups list as a desk officer and a manager use it. Each test works on follow-ups it creates. */
@IntegrationTest
class FollowUpsViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    UserAccountService accounts;

    @Autowired
    FollowUpService followUps;

    @Autowired
    CampaignService campaigns;

    @Autowired
    ReferenceService reference;

    @Autowired
    Clock clock;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    org.outreachtracker.meeting.MeetingService meetings;

    @Autowired
    CommitmentService commitments;

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void mineListsOnlyTheOfficersOwnFollowUpsAndAllListsOthersToo() {
        TestSignIn.as(users, "officer");
        FollowUpRef own = createFor("officer", "JP", 10);
        long officerId = user("officer").id();

        var view = navigate("follow-ups", FollowUpsView.class);
        assertThat(view.whose.getValue()).isEqualTo(FollowUpsView.MINE);
        List<FollowUpRef> mine = rows(test(view.grid));
        assertThat(mine).extracting(FollowUpRef::id).contains(own.id());
        assertThat(mine).allSatisfy(row -> assertThat(row.ownerId()).isEqualTo(officerId));
        assertThat(view.total.getText()).isEqualTo(mine.size() == 1 ? "1 follow-up" : mine.size() + " follow-ups");

        test(view.whose).selectItem("Everyone's");
        List<FollowUpRef> all = rows(test(view.grid));
        assertThat(all).extracting(FollowUpRef::ownerId).contains(officerId).anyMatch(owner -> owner != officerId);
    }

    @Test
    void theViewParameterOpensTheAllTab() {
        TestSignIn.as(users, "officer");
        UI.getCurrent().navigate("follow-ups", QueryParameters.of("view", "all"));
        var view = (FollowUpsView) getCurrentView();

        assertThat(view.whose.getValue()).isEqualTo(FollowUpsView.ALL);
        assertThat(rows(test(view.grid)))
                .extracting(FollowUpRef::ownerId)
                .anyMatch(owner -> owner != user("officer").id());
    }

    @Test
    void anOverdueRowCarriesAVisibleBadge() {
        TestSignIn.as(users, "officer");
        FollowUpRef late = createFor("officer", "KR", -3);
        var view = navigate("follow-ups", FollowUpsView.class);
        test(view.overdueOnly).click();

        GridTester<Grid<FollowUpRef>, FollowUpRef> grid = test(view.grid);
        int row = indexOf(grid, late.id()).orElseThrow();
        assertThat(grid.getCellComponent(row, "dueDate").getElement().getTextRecursively())
                .contains("Overdue");
        assertThat(rows(grid)).allMatch(FollowUpRef::overdue);
    }

    @Test
    void doneNeedsACompletionNoteShownNextToTheField() {
        TestSignIn.as(users, "officer");
        FollowUpRef action = createFor("officer", "DE", 7);
        var view = navigate("follow-ups", FollowUpsView.class);

        var dialog = openChangeStatus(view, action.id());
        test(dialog.status).selectItem("Done");
        test(dialog.note).setValue("");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(dialog.note.getErrorMessage()).isEqualTo(Translations.text(ChangeStatusDialog.NOTE_REQUIRED));
        assertThat(current(action.id()).status()).isEqualTo(FollowUpStatus.OPEN);

        test(dialog.note).setValue("Sent the non-paper to the ministry.");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(current(action.id()).status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(current(action.id()).completionNote()).isEqualTo("Sent the non-paper to the ministry.");
        assertThat(indexOf(test(view.grid), action.id()))
                .as("no longer outstanding")
                .isEmpty();
    }

    @Test
    void aStaleStatusChangeShowsTheMessageAndKeepsTheInput() {
        TestSignIn.as(users, "officer");
        FollowUpRef action = createFor("officer", "FR", 12);
        var view = navigate("follow-ups", FollowUpsView.class);
        var dialog = openChangeStatus(view, action.id());
        followUps.changeStatus(action.id(), action.version(), FollowUpStatus.IN_PROGRESS, null);

        test(dialog.status).selectItem("Done");
        test(dialog.note).setValue("Delivered the reply.");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.note.getValue()).isEqualTo("Delivered the reply.");
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .contains("Someone else changed");
        assertThat(current(action.id()).status()).isEqualTo(FollowUpStatus.IN_PROGRESS);
    }

    @Test
    void anOfficerDoesNotSeeReassignNorChangeOthersFollowUps() {
        TestSignIn.as(users, "officer");
        createFor("officer", "PL", 5);
        long officerId = user("officer").id();
        UI.getCurrent().navigate("follow-ups", QueryParameters.of("view", "all"));
        var view = (FollowUpsView) getCurrentView();
        GridTester<Grid<FollowUpRef>, FollowUpRef> grid = test(view.grid);

        for (int row = 0; row < grid.size(); row++) {
            String actions = grid.getCellComponent(row, "actions").getElement().getTextRecursively();
            assertThat(actions).doesNotContain("Re-assign");
            if (grid.getRow(row).ownerId() == officerId) {
                assertThat(actions).contains("Change status");
            } else {
                assertThat(actions).doesNotContain("Change status");
            }
        }
    }

    @Test
    void aManagerReassignsAFollowUp() {
        TestSignIn.as(users, "manager");
        FollowUpRef action = createFor("officer", "AU", 20);
        UI.getCurrent().navigate("follow-ups", QueryParameters.of("view", "all"));
        var view = (FollowUpsView) getCurrentView();
        GridTester<Grid<FollowUpRef>, FollowUpRef> grid = test(view.grid);
        int row = indexOf(grid, action.id()).orElseThrow();
        assertThat(grid.getCellText(row, grid.getColumnPosition("owner"))).isEqualTo("Olivia Officer (demo)");

        clickAction(grid, row, "Re-assign");
        var dialog = (ReassignDialog) $(Dialog.class).single();
        assertThat(test(dialog.owner).getSuggestions())
                .contains("Omar Officer (demo)", "Maria Manager (demo)")
                .doesNotContain("Adam Admin (demo)");
        test(dialog.owner).selectItem("Omar Officer (demo)");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(current(action.id()).ownerId()).isEqualTo(user("officer2").id());
        row = indexOf(grid, action.id()).orElseThrow();
        assertThat(grid.getCellText(row, grid.getColumnPosition("owner"))).isEqualTo("Omar Officer (demo)");
    }

    @Test
    void aManagerChoosesSeveralFollowUpsAndHandsThemOverInOneStep() {
        TestSignIn.as(users, "manager");
        FollowUpRef first = createFor("officer", "AU", 30);
        FollowUpRef second = createFor("officer", "AU", 31);
        UI.getCurrent().navigate("follow-ups", QueryParameters.of("view", "all"));
        var view = (FollowUpsView) getCurrentView();
        GridTester<Grid<FollowUpRef>, FollowUpRef> grid = test(view.grid);
        assertThat(view.handOver.isEnabled()).isFalse();
        test(view.owner).selectItem("Olivia Officer (demo)");
        assertThat(rows(grid))
                .isNotEmpty()
                .allSatisfy(
                        f -> assertThat(f.ownerId()).isEqualTo(user("officer").id()));

        grid.select(indexOf(grid, first.id()).orElseThrow());
        grid.select(indexOf(grid, second.id()).orElseThrow());
        assertThat(view.handOver.getText()).isEqualTo("Hand over 2…");
        test(view.handOver).click();
        var dialog = (HandOverDialog) $(Dialog.class).single();
        assertThat(test(dialog.owner).getSuggestions()).doesNotContain("Adam Admin (demo)");
        assertThat(dialog.withDesk.isVisible())
                .as("all chosen are one officer's")
                .isTrue();
        assertThat(dialog.withDesk.getLabel())
                .isEqualTo("Also move Olivia Officer (demo)'s desk countries to the new owner");
        assertThat(dialog.withDesk.getValue()).as("the desk stays unless asked").isFalse();
        test(dialog.owner).selectItem("Omar Officer (demo)");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(current(first.id()).ownerId()).isEqualTo(user("officer2").id());
        assertThat(current(second.id()).ownerId()).isEqualTo(user("officer2").id());
        assertThat(view.grid.getSelectedItems()).isEmpty();
        assertThat(view.handOver.isEnabled()).isFalse();
    }

    /** Creates an open follow-up owned by {@code owner}, due in {@code days} (negative: overdue). */
    private FollowUpRef createFor(String owner, String countryCode, int days) {
        long campaign = campaigns
                .campaignsIn(EnumSet.of(CampaignStatus.ACTIVE))
                .getFirst()
                .id();
        long country = reference.countryByCode(countryCode).orElseThrow().id();
        return followUps.create(
                campaign,
                country,
                new FollowUpDraft(
                        "Test follow-up " + UUID.randomUUID().toString().substring(0, 8),
                        user(owner).id(),
                        LocalDate.now(clock).plusDays(days),
                        Priority.HIGH));
    }

    private UserRef user(String username) {
        return accounts.users().stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private FollowUpRef current(long id) {
        return followUps.search(FollowUpFilter.all(), Pageable.unpaged()).stream()
                .filter(f -> f.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aDueCommitmentIsListedForItsOwnerWhoRecordsTheOutcome() {
        var outreach = new org.outreachtracker.TestOutreach(context);
        try {
            var campaign = outreach.activeCampaign(20, outreach.countryIds("JP"));
            String promise = "Will name a contact point " + UUID.randomUUID();
            long meeting = outreach.as(
                    "officer",
                    () -> meetings.log(outreach.simpleMeeting(
                                    campaign,
                                    "JP",
                                    outreach.daysAgo(2),
                                    org.outreachtracker.meeting.OverallResponse.SUPPORTIVE,
                                    "Committed.")
                            .withCommitments(List.of(
                                    new CommitmentDraft(promise, user("officer").id(), outreach.today())))));
            TestSignIn.as(users, "officer");
            var view = navigate("follow-ups", FollowUpsView.class);
            var due = test(view.dueCommitments.grid);
            int row = IntStream.range(0, due.size())
                    .filter(i -> due.getRow(i).description().equals(promise))
                    .findFirst()
                    .orElseThrow();

            test($(Button.class)
                            .from(due.getCellComponent(row, "next"))
                            .withText("Record outcome…")
                            .single())
                    .click();
            var dialog = (OutcomeDialog) $(Dialog.class).single();
            test(dialog.outcome).selectItem("Not kept");
            test(dialog.save).click();
            assertThat(dialog.note.getErrorMessage()).isEqualTo(Translations.text(OutcomeDialog.NOTE_REQUIRED));
            assertThat(commitments.forMeeting(meeting).getFirst().outcome()).isEqualTo(CommitmentOutcome.OPEN);
            test(dialog.note).setValue("Nothing done; other priorities.");
            test(dialog.save).click();

            assertThat(commitments.forMeeting(meeting).getFirst().outcome()).isEqualTo(CommitmentOutcome.NOT_KEPT);
            assertThat(view.dueCommitments.grid.getGenericDataView().getItems())
                    .extracting(CommitmentRef::description)
                    .doesNotContain(promise);
            assertThat(view.dueCommitments.isVisible())
                    .as("shown only while one is due")
                    .isEqualTo(!commitments.due().isEmpty());
        } finally {
            outreach.closeCampaigns();
        }
    }

    private ChangeStatusDialog openChangeStatus(FollowUpsView view, long id) {
        GridTester<Grid<FollowUpRef>, FollowUpRef> grid = test(view.grid);
        clickAction(grid, indexOf(grid, id).orElseThrow(), "Change status");
        return (ChangeStatusDialog) $(Dialog.class).single();
    }

    private void clickAction(GridTester<Grid<FollowUpRef>, FollowUpRef> grid, int row, String label) {
        var actions = grid.getCellComponent(row, "actions");
        test($(Button.class).from(actions).withText(label).single()).click();
    }

    private static List<FollowUpRef> rows(GridTester<Grid<FollowUpRef>, FollowUpRef> grid) {
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private static Optional<Integer> indexOf(GridTester<Grid<FollowUpRef>, FollowUpRef> grid, long id) {
        return IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).id() == id)
                .boxed()
                .findFirst();
    }
}
