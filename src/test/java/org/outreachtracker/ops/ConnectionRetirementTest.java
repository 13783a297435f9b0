package org.outreachtracker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.outreachtracker.TestClockConfiguration;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.test.context.ActiveProfiles;

/**
 * Saves keep working while the pool retires its connections, including the one that ran the
 * migrations. The connection lifetime is the pool's minimum (30 seconds) and the test works for
 * several of them (120 seconds unless {@code -Doutreach.test.retirement.seconds} says otherwise):
 * it logs meetings, moves follow-ups and signs the demo accounts in, one round after the other,
 * and every save must succeed. With H2 2.4.240 the first save after the migration connection
 * retired failed ("Check constraint invalid ... The database has been closed"). The test also
 * checks that every connection open at the start was in fact retired before it ended.
 * <p>
 * Every other test runs with the same 30-second lifetime too (application-test.properties), so
 * the whole suite saves while connections retire.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.hikari.max-lifetime=30000",
            "spring.datasource.hikari.minimum-idle=2",
            "spring.datasource.hikari.maximum-pool-size=4"
        })
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@Tag("application")
class ConnectionRetirementTest {

    static final Duration RUN = Duration.ofSeconds(Long.getLong("outreach.test.retirement.seconds", 120));

    @Autowired
    ApplicationContext context;

    @Autowired
    MeetingService meetings;

    @Autowired
    FollowUpService followUps;

    @Autowired
    DaoAuthenticationProvider signInProvider;

    @Autowired
    DataSource dataSource;

    TestOutreach outreach;

    @AfterEach
    void signOutAndClose() {
        TestSignIn.anonymous();
        if (outreach != null) {
            outreach.closeCampaigns();
        }
    }

    @Test
    void everySaveSucceedsWhileConnectionsRetire() throws Exception {
        outreach = new TestOutreach(context);
        var jdbc = new JdbcTemplate(dataSource);
        Set<Long> sessionsAtStart = openSessions(jdbc);
        var signIn = new ProviderManager(signInProvider);
        signIn.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(context));
        CampaignDetails campaign = outreach.activeCampaign(60, outreach.countryIds("JP", "FR"), "Point");
        long officerId = outreach.userId("officer");

        List<String> failures = new ArrayList<>();
        int rounds = 0;
        long deadline = System.nanoTime() + RUN.toNanos();
        while (System.nanoTime() < deadline) {
            rounds++;
            try {
                signIn.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("officer", "officer-demo-2026"));
                signIn.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("manager", "manager-demo-2026"));
                String country = rounds % 2 == 0 ? "JP" : "FR";
                var met = outreach.counterpart(country, TestOutreach.unique("Counterpart"));
                var draft = outreach.meeting(
                        campaign,
                        country,
                        outreach.daysAgo(rounds % 20),
                        Set.of(met.id()),
                        List.of(),
                        OverallResponse.RECEPTIVE,
                        "Round " + rounds + " while connections retire.",
                        List.of(new FollowUpDraft(
                                "Send the non-paper (round " + rounds + ").",
                                officerId,
                                outreach.today().plusDays(7),
                                Priority.MEDIUM)));
                long meetingId = outreach.as("officer", () -> meetings.log(draft));
                outreach.as("officer", () -> {
                    var followUp = followUps.forMeeting(meetingId).getFirst();
                    followUps.changeStatus(followUp.id(), followUp.version(), FollowUpStatus.DONE, "Sent.");
                });
            } catch (RuntimeException e) {
                failures.add("round " + rounds + ": " + e);
            }
            Thread.sleep(1_000);
        }
        Set<Long> stillOpen = openSessions(jdbc);

        System.out.printf(
                "Connection retirement: %d rounds in %d s, %d failed%n", rounds, RUN.toSeconds(), failures.size());
        assertThat(failures).as("saves that failed while connections retired").isEmpty();
        assertThat(rounds).isGreaterThan(10);
        assertThat(stillOpen)
                .as("connections open at the start that were never retired")
                .doesNotContainAnyElementsOf(sessionsAtStart);
    }

    /** The database sessions open now (one per pooled connection, plus the one asking). */
    private static Set<Long> openSessions(JdbcTemplate jdbc) throws SQLException {
        return new HashSet<>(jdbc.queryForList("select session_id from information_schema.sessions", Long.class));
    }
}
