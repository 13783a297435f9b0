package org.outreachtracker.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The log at the level operators run (INFO) says what happened without outreach content or
 * passwords: signing in (rightly and wrongly), logging, changing and deleting a meeting and
 * writing a backup leave no summary, counterpart name or password in it.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTest {

    static final String SUMMARY = "Confidential-summary-7f3a: the minister hinted at a change of position.";
    static final String WRONG_PASSWORD = "Wrong-pass-word-9c1e";

    @Autowired
    LoggingSystem logging;

    @Autowired
    DaoAuthenticationProvider provider;

    @Autowired
    MeetingService meetings;

    @Autowired
    BackupService backups;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;

    @BeforeEach
    void logAsOperatorsDo() {
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
        outreach = new TestOutreach(context);
    }

    @AfterEach
    void restore() {
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        TestSignIn.anonymous();
        outreach.closeCampaigns();
    }

    @Test
    void theLogHoldsNoOutreachContentAndNoPassword(CapturedOutput output) {
        AuthenticationManager signIn = new ProviderManager(provider);
        assertThatThrownBy(
                        () -> signIn.authenticate(new UsernamePasswordAuthenticationToken("officer", WRONG_PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signIn.authenticate(new UsernamePasswordAuthenticationToken("officer", "officer-demo-2026"))
                        .isAuthenticated())
                .isTrue();

        CampaignDetails campaign = outreach.activeCampaign(20, outreach.countryIds("JP"), "Point");
        String name = TestOutreach.unique("Counterpart-Name-5d2b");
        CounterpartRef counterpart = outreach.counterpart("JP", name);
        MeetingDraft draft = outreach.meeting(
                campaign,
                "JP",
                outreach.daysAgo(2),
                Set.of(counterpart.id()),
                List.of(),
                OverallResponse.SKEPTICAL,
                SUMMARY,
                List.of());
        long id = outreach.as("officer", () -> meetings.log(draft));
        long version =
                outreach.as("officer", () -> meetings.meeting(id).orElseThrow().version());
        outreach.as(
                "officer",
                () -> meetings.update(
                        id,
                        version,
                        new MeetingDraft(
                                draft.campaignId(),
                                draft.countryId(),
                                draft.postId(),
                                draft.meetingDate(),
                                draft.format(),
                                draft.deliveredBy(),
                                draft.counterpartIds(),
                                draft.raisedPoints(),
                                draft.overallResponse(),
                                SUMMARY + " Edited.",
                                null,
                                draft.handlingMarking(),
                                List.of())));
        long edited =
                outreach.as("officer", () -> meetings.meeting(id).orElseThrow().version());
        outreach.as("officer", () -> meetings.delete(id, edited));
        TestSignIn.as(users, "admin");
        backups.backUpNow();

        assertThat(output.toString())
                .as("the log (INFO)")
                .contains("Database backup")
                .doesNotContain(
                        "Confidential-summary-7f3a", "Counterpart-Name-5d2b", WRONG_PASSWORD, "officer-demo-2026");
    }
}
