package org.outreachtracker.tasking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database with campaigns already active before taskings existed: the migration instructs the
 * posts of the active campaign's target countries (not the draft's), for the embassy rather than
 * the mission, and its live meetings deliver them (the earliest one, on its date; a deleted one
 * does not count).
 */
@Tag("slice")
class TaskingBackfillMigrationTest {

    private static final String STAMP = "current_timestamp, 'test', current_timestamp, 'test'";

    @Test
    void activeCampaignsGetTheirTaskingsAndLiveMeetingsDeliverThem() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:tasking-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        var jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource).target("81").load().migrate();

        jdbc.update("insert into bureau (id, code, name, sort_order, created_at, created_by, updated_at, updated_by)"
                + " values (1, 'EAP', 'East Asia', 1, " + STAMP + ")");
        country(jdbc, 1, "JP", "JPN", "Japan");
        country(jdbc, 2, "KR", "KOR", "South Korea");
        post(jdbc, 1, "MISSION-JP", "A mission to Japan", "MISSION");
        post(jdbc, 2, "TOKYO", "Embassy Tokyo", "EMBASSY");
        jdbc.update("insert into post_country (post_id, country_id) values (1, 1), (2, 1)");
        jdbc.update("insert into app_user (id, username, display_name, password_hash, created_at, created_by,"
                + " updated_at, updated_by) values (1, 'officer', 'Officer', 'x', " + STAMP + ")");
        campaign(jdbc, 1, "ACTIVE");
        campaign(jdbc, 2, "DRAFT");
        jdbc.update("insert into campaign_country (campaign_id, country_id) values (1, 1), (1, 2), (2, 1)");
        meeting(jdbc, 1, "2026-03-10", false);
        meeting(jdbc, 2, "2026-03-05", true);
        meeting(jdbc, 3, "2026-03-08", false);

        flyway(dataSource).load().migrate();

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select campaign_id, country_id, post_id, state, delivered_on, delivering_meeting_id, report_by"
                        + " from tasking order by country_id");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .containsEntry("campaign_id", 1L)
                .containsEntry("country_id", 1L)
                .containsEntry("post_id", 2L)
                .containsEntry("state", "DELIVERED")
                .containsEntry("delivering_meeting_id", 3L);
        assertThat(rows.get(0).get("delivered_on").toString()).isEqualTo("2026-03-08");
        assertThat(rows.get(0).get("report_by").toString()).isEqualTo("2026-04-30");
        assertThat(rows.get(1))
                .containsEntry("country_id", 2L)
                .containsEntry("state", "INSTRUCTED")
                .containsEntry("post_id", null);
        assertThat(jdbc.queryForList(
                        "select from_state || '>' || to_state || '@' || effective_on from tasking_state_change"
                                + " where country_id = 1 and from_state is not null",
                        String.class))
                .containsExactly("INSTRUCTED>DELIVERED@2026-03-08");
        assertThat(jdbc.queryForObject(
                        "select count(*) from tasking_state_change where to_state = 'INSTRUCTED'", Long.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForList("select meeting_id from tasking_delivery order by meeting_id", Long.class))
                .containsExactly(1L, 3L);
    }

    private static void country(JdbcTemplate jdbc, long id, String code, String alpha3, String name) {
        jdbc.update(
                "insert into country (id, code, alpha3, name, bureau_id, un_status, created_at, created_by,"
                        + " updated_at, updated_by) values (?, ?, ?, ?, 1, 'MEMBER', " + STAMP + ")",
                id,
                code,
                alpha3,
                name);
    }

    private static void post(JdbcTemplate jdbc, long id, String code, String name, String type) {
        jdbc.update(
                "insert into post (id, code, name, post_type, city, host_country_id, created_at, created_by,"
                        + " updated_at, updated_by) values (?, ?, ?, ?, 'Tokyo', 1, " + STAMP + ")",
                id,
                code,
                name,
                type);
    }

    private static void campaign(JdbcTemplate jdbc, long id, String status) {
        jdbc.update(
                "insert into campaign (id, title, cable_reference, objective, issue_date, deadline, status,"
                        + " created_at, created_by, updated_at, updated_by)"
                        + " values (?, ?, 'CABLE', 'Objective', date '2026-03-01', date '2026-04-30', ?, " + STAMP
                        + ")",
                id,
                "Campaign " + id,
                status);
    }

    private static void meeting(JdbcTemplate jdbc, long id, String date, boolean deleted) {
        jdbc.update(
                "insert into meeting (id, campaign_id, country_id, post_id, meeting_date, meeting_format, delivered_by,"
                        + " summary, handling_marking, reported_by_id, deleted_at, deleted_by, created_at, created_by,"
                        + " updated_at, updated_by) values (?, 1, 1, 2, cast(? as date), 'IN_PERSON', 'Ambassador',"
                        + " 'Summary', 'UNCLASSIFIED', 1, " + (deleted ? "current_timestamp, 'test'" : "null, null")
                        + ", " + STAMP + ")",
                id,
                date);
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(JdbcDataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2");
    }
}
