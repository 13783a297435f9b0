package org.outreachtracker.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.outreachtracker.account.SecurityProperties;
import org.outreachtracker.account.SignInAttempts;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.notification.NotificationJobs;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.SystemAccess;
import org.springframework.stereotype.Component;

/**
 * Gives each demo role something under the bell, made the way it is made in use: the manager
 * assigns the officer a follow-up; someone fails three times to sign in as a regional desk
 * account (which nobody signs in with), so the administrators hear it was locked; and the
 * reminder checks run once, telling the officers of what is due or overdue and the manager of
 * the day's summary.
 */
@Component
class DemoNotifications {

    /** A documentation address (RFC 5737): the "someone" who fails to sign in. */
    static final String FAILED_SIGN_IN_ADDRESS = "203.0.113.7";

    private final SystemAccess systemAccess;
    private final CampaignService campaigns;
    private final ReferenceService reference;
    private final FollowUpService followUps;
    private final SignInAttempts signInAttempts;
    private final NotificationJobs jobs;
    private final UserAccountService users;
    private final SecurityProperties security;
    private final Clock clock;

    DemoNotifications(
            UserAccountService users,
            SecurityProperties security,
            SystemAccess systemAccess,
            CampaignService campaigns,
            ReferenceService reference,
            FollowUpService followUps,
            SignInAttempts signInAttempts,
            NotificationJobs jobs,
            Clock clock) {
        this.users = users;
        this.security = security;
        this.systemAccess = systemAccess;
        this.campaigns = campaigns;
        this.reference = reference;
        this.followUps = followUps;
        this.signInAttempts = signInAttempts;
        this.jobs = jobs;
        this.clock = clock;
    }

    void create() {
        systemAccess.asUser("manager", () -> {
            long officerId = users.users().stream()
                    .filter(user -> user.username().equals("officer"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            CampaignSummary campaign = campaigns.campaignsIn(EnumSet.of(CampaignStatus.ACTIVE)).stream()
                    .filter(c -> c.title().equals(DemoTexts.AI_TITLE))
                    .findFirst()
                    .orElseThrow();
            long japan = reference.countryByCode("JP").orElseThrow().id();
            followUps.create(
                    campaign.id(),
                    japan,
                    new FollowUpDraft(
                            "Brief the minister's office before the call with the Japanese vice-minister",
                            officerId,
                            LocalDate.now(clock).plusDays(3),
                            Priority.HIGH));
            return null;
        });
        String lockedDesk = DemoAccounts.regionalDesk("AF");
        for (int attempt = 0; attempt < security.lockout().maxFailedAttempts(); attempt++) {
            signInAttempts.failed(lockedDesk, FAILED_SIGN_IN_ADDRESS, SignInAttempts.Failure.BAD_CREDENTIALS);
        }
        jobs.checkDueDates();
        jobs.daily();
    }
}
