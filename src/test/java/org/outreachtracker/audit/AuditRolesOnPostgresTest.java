package org.outreachtracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.PostgresTest;
import org.outreachtracker.PostgresTestDatabase;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on PostgreSQL as config/application-postgres.properties describes it:
 * the schema's owner runs the migrations, and the application runs as an account that owns
 * nothing. It starts, fills in the demo data and logs meetings; the trail it writes is intact;
 * and its account can read and append to the trail but not change, delete or truncate it, nor
 * switch off or drop the trail's guard.
 */
@IntegrationTest
@PostgresTest
@ExtendWith(PostgresTestDatabase.AppRoleCondition.class)
@ActiveProfiles({"test", PostgresTestDatabase.PROFILE, PostgresTestDatabase.APP_ROLE_PROFILE})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditRolesOnPostgresTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditService audit;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;

    @AfterAll
    void closeCampaigns() {
        if (outreach != null) {
            outreach.closeCampaigns();
        }
    }

    @Test
    void theApplicationRunsAsAnAccountThatOwnsNothing() {
        assertThat(jdbc.queryForObject("select current_user", String.class))
                .isEqualTo(PostgresTestDatabase.appUser().orElseThrow());
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                                + " where n.nspname = current_schema() and pg_get_userbyid(c.relowner) = current_user",
                        Long.class))
                .as("tables, indexes and sequences the application's account owns")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select pg_get_userbyid(nspowner) from pg_namespace" + " where nspname = current_schema()",
                        String.class))
                .isEqualTo(PostgresTestDatabase.user());
    }

    @Test
    void itLogsAMeetingAndItsTrailIsIntact() {
        outreach = new TestOutreach(context);
        CampaignDetails campaign = outreach.activeCampaign(20, outreach.countryIds("JP"), "Point on roles");
        long id = outreach.as(
                "officer",
                () -> meetings.log(outreach.simpleMeeting(
                        campaign,
                        "JP",
                        outreach.daysAgo(1),
                        OverallResponse.SUPPORTIVE,
                        "Logged by the application's own account.")));

        assertThat(outreach.as("officer", () -> audit.meetingHistory(id))).hasSize(1);
        TrailCheck check = outreach.as("admin", () -> audit.verify(TrailProgress.NONE));
        assertThat(check.intact()).as(check.summary()).isTrue();
    }

    @Test
    void itsAccountCannotTruncateDeleteOrChangeTheTrail() {
        long before = jdbc.queryForObject("select count(*) from audit_event", Long.class);

        for (String statement : List.of(
                "truncate table audit_event",
                "delete from audit_event",
                "update audit_event set username = 'someone-else'",
                "truncate table audit_chain",
                "delete from audit_chain")) {
            assertThatThrownBy(() -> jdbc.execute(statement))
                    .as(statement)
                    .rootCause()
                    .hasMessageContaining("permission denied");
        }

        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class))
                .isEqualTo(before);
    }

    @Test
    void itsAccountCannotSwitchOffOrDropTheGuardNorTouchTheMigrationHistory() {
        for (String statement : List.of(
                "alter table audit_event disable trigger audit_event_no_change",
                "drop trigger audit_event_no_change on audit_event",
                "drop table audit_event",
                "alter table audit_event owner to current_user")) {
            assertThatThrownBy(() -> jdbc.execute(statement))
                    .as(statement)
                    .rootCause()
                    .hasMessageContaining("must be owner");
        }
        assertThatThrownBy(() -> jdbc.execute("delete from flyway_schema_history"))
                .rootCause()
                .hasMessageContaining("permission denied");
    }
}
