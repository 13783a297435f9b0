package org.outreachtracker.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.base.ConcurrentChangeException;
import org.outreachtracker.base.NotPermittedException;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Follow-up actions: who may create, move along and re-assign them, the completion note, owners
 * who work on outreach, and the overdue flag and filter (dates relative to the application clock).
 */
@IntegrationTest
class FollowUpServiceTest {

    @Autowired
    FollowUpService followUps;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    CampaignDetails campaign;
    long japan;
    long officer;
    long officer2;
    long admin;

    @BeforeEach
    void createCampaign() {
        outreach = new TestOutreach(context);
        campaign = outreach.activeCampaign(120, outreach.countryIds("JP", "BR"));
        japan = outreach.countryId("JP");
        officer = outreach.userId("officer");
        officer2 = outreach.userId("officer2");
        admin = outreach.userId("admin");
    }

    @AfterEach
    void signOutAndClose() {
        TestSignIn.anonymous();
        outreach.closeCampaigns();
    }

    @Test
    void anOfficerCreatesFollowUpsForTheirDeskCountriesOnly() {
        signIn("officer");

        FollowUpRef created = followUps.create(campaign.id(), japan, draft("Send the non-paper", officer, 7));

        assertThat(created.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(created.description()).isEqualTo("Send the non-paper");
        assertThat(created.ownerId()).isEqualTo(officer);
        assertThat(created.meetingId()).isNull();
        assertThat(created.overdue()).isFalse();
        assertThatThrownBy(() ->
                        followUps.create(campaign.id(), outreach.countryId("BR"), draft("Not my desk", officer, 7)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(inCampaign()).isEqualTo(1);
    }

    @Test
    void doneNeedsACompletionNote() {
        FollowUpRef item = create("officer", "Arrange a briefing", officer, 7);
        signIn("officer");

        assertThatThrownBy(() -> followUps.changeStatus(item.id(), item.version(), FollowUpStatus.DONE, null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("completion note is required");
        assertThatThrownBy(() -> followUps.changeStatus(item.id(), item.version(), FollowUpStatus.DONE, "   "))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("completion note is required");
        assertThat(current(item).status()).isEqualTo(FollowUpStatus.OPEN);

        FollowUpRef done =
                followUps.changeStatus(item.id(), item.version(), FollowUpStatus.DONE, "  Briefing held on Tuesday.  ");

        assertThat(done.status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(done.completionNote()).isEqualTo("Briefing held on Tuesday.");
        assertThat(current(item).status()).isEqualTo(FollowUpStatus.DONE);
    }

    @Test
    void onlyTheOwnerOrAManagerChangesTheStatus() {
        FollowUpRef item = create("officer", "Officer's item", officer, 7);

        signIn("officer2");
        assertThatThrownBy(() -> followUps.changeStatus(item.id(), item.version(), FollowUpStatus.IN_PROGRESS, null))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only the owner of this follow-up or a manager can change its status.");
        assertThat(current(item).status()).isEqualTo(FollowUpStatus.OPEN);

        signIn("officer");
        FollowUpRef started = followUps.changeStatus(item.id(), item.version(), FollowUpStatus.IN_PROGRESS, null);
        assertThat(started.status()).isEqualTo(FollowUpStatus.IN_PROGRESS);

        signIn("manager");
        FollowUpRef cancelled =
                followUps.changeStatus(item.id(), started.version(), FollowUpStatus.CANCELLED, "Overtaken by events.");
        assertThat(cancelled.status()).isEqualTo(FollowUpStatus.CANCELLED);
    }

    @Test
    void aStaleStatusChangeIsRefused() {
        FollowUpRef item = create("officer", "Stale item", officer, 7);
        signIn("officer");
        followUps.changeStatus(item.id(), item.version(), FollowUpStatus.IN_PROGRESS, null);

        assertThatThrownBy(() -> followUps.changeStatus(item.id(), item.version(), FollowUpStatus.DONE, "Done."))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(current(item).status()).isEqualTo(FollowUpStatus.IN_PROGRESS);
    }

    @Test
    void onlyManagersReassignAndOnlyToPeopleWhoWorkOnOutreach() {
        FollowUpRef item = create("officer", "To hand over", officer, 7);

        signIn("officer");
        assertThatThrownBy(() -> followUps.reassign(item.id(), item.version(), officer2))
                .isInstanceOf(AccessDeniedException.class);

        signIn("manager");
        assertThatThrownBy(() -> followUps.reassign(item.id(), item.version(), admin))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cannot own follow-ups");
        assertThat(current(item).ownerId()).isEqualTo(officer);

        FollowUpRef reassigned = followUps.reassign(item.id(), item.version(), officer2);
        assertThat(reassigned.ownerId()).isEqualTo(officer2);

        signIn("officer");
        assertThatThrownBy(
                        () -> followUps.changeStatus(item.id(), reassigned.version(), FollowUpStatus.IN_PROGRESS, null))
                .as("the former owner no longer moves it along")
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theOwnerMustWorkOnOutreach() {
        assertThat(outreach.user("admin").worksOnOutreach()).isFalse();
        signIn("officer");

        assertThatThrownBy(() -> followUps.create(campaign.id(), japan, draft("For the admin", admin, 7)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Adam Admin (demo) cannot own follow-ups: choose an active desk officer or manager.");
        assertThatThrownBy(() -> followUps.create(campaign.id(), japan, draft("For nobody", -1L, 7)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Choose an existing user as owner.");
        assertThat(inCampaign()).isZero();
    }

    @Test
    void outstandingFollowUpsPastTheirDueDateAreOverdue() {
        FollowUpRef yesterday = create("officer", "Due yesterday", officer, -1);
        FollowUpRef today = create("officer", "Due today", officer, 0);
        FollowUpRef nextWeek = create("officer", "Due next week", officer, 7);
        FollowUpRef startedLate = create("officer", "Started, due last week", officer, -7);
        FollowUpRef doneLate = create("officer", "Done, due last week", officer, -7);
        FollowUpRef cancelledLate = create("officer", "Cancelled, due last week", officer, -7);
        signIn("officer");
        followUps.changeStatus(startedLate.id(), startedLate.version(), FollowUpStatus.IN_PROGRESS, null);
        followUps.changeStatus(doneLate.id(), doneLate.version(), FollowUpStatus.DONE, "Done at last.");
        followUps.changeStatus(cancelledLate.id(), cancelledLate.version(), FollowUpStatus.CANCELLED, null);

        assertThat(current(yesterday).overdue()).isTrue();
        assertThat(current(startedLate).overdue()).isTrue();
        assertThat(current(today).overdue()).as("due today is not yet overdue").isFalse();
        assertThat(current(nextWeek).overdue()).isFalse();
        assertThat(current(doneLate).overdue()).as("done is never overdue").isFalse();
        assertThat(current(cancelledLate).overdue()).isFalse();

        var overdueOnly = campaignFilter().withOverdueOnly(true);
        assertThat(followUps.search(overdueOnly, Pageable.unpaged()).getContent())
                .extracting(FollowUpRef::id)
                .containsExactlyInAnyOrder(yesterday.id(), startedLate.id());
        assertThat(followUps.count(overdueOnly)).isEqualTo(2);
        assertThat(followUps.count(overdueOnly.withStatuses(EnumSet.of(FollowUpStatus.IN_PROGRESS))))
                .isEqualTo(1);
        assertThat(followUps.count(overdueOnly.withStatuses(EnumSet.of(FollowUpStatus.DONE))))
                .as("done ones are never overdue, even when asked for")
                .isZero();
        assertThat(followUps.count(campaignFilter())).isEqualTo(6);
    }

    @Test
    void filtersByOwnerAndStatus() {
        FollowUpRef mine = create("officer", "Mine", officer, 3);
        FollowUpRef theirs = create("manager", "Officer2's", officer2, 3);
        signIn("officer");
        followUps.changeStatus(mine.id(), mine.version(), FollowUpStatus.IN_PROGRESS, null);

        assertThat(followUps
                        .search(campaignFilter().withOwner(officer), Pageable.unpaged())
                        .getContent())
                .extracting(FollowUpRef::id)
                .containsExactly(mine.id());
        assertThat(followUps
                        .search(campaignFilter().withStatuses(Set.of(FollowUpStatus.OPEN)), Pageable.unpaged())
                        .getContent())
                .extracting(FollowUpRef::id)
                .containsExactly(theirs.id());
        assertThat(followUps.count(
                        campaignFilter().withOwner(officer2).withStatuses(Set.of(FollowUpStatus.IN_PROGRESS))))
                .isZero();
    }

    @Test
    void theDueDateMustBeWithinAReasonableRange() {
        signIn("officer");

        assertThatThrownBy(() -> followUps.create(campaign.id(), japan, draft("Too late", officer, 6 * 366)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("due date");
        assertThatThrownBy(() -> followUps.create(campaign.id(), japan, draft("Too early", officer, -400)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("due date");
        assertThat(inCampaign()).isZero();
    }

    private FollowUpRef create(String creator, String description, long owner, int dueInDays) {
        return outreach.as(creator, () -> followUps.create(campaign.id(), japan, draft(description, owner, dueInDays)));
    }

    private FollowUpDraft draft(String description, long owner, int dueInDays) {
        LocalDate due = outreach.today().plusDays(dueInDays);
        return new FollowUpDraft(description, owner, due, Priority.MEDIUM);
    }

    private FollowUpRef current(FollowUpRef item) {
        return outreach
                .as("manager", () -> followUps.search(campaignFilter(), Pageable.unpaged()))
                .getContent()
                .stream()
                .filter(f -> f.id() == item.id())
                .findFirst()
                .orElseThrow();
    }

    private FollowUpFilter campaignFilter() {
        return new FollowUpFilter(null, Set.of(), false, campaign.id(), null, null);
    }

    private long inCampaign() {
        return outreach.as("manager", () -> followUps.count(campaignFilter()));
    }

    private void signIn(String username) {
        TestSignIn.as(users, username);
    }
}
