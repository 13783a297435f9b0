package org.outreachtracker.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Coverage's aggregate queries on a database migrated by the application's own migrations and
 * nothing else started: a slice of the database layer. Each test's rows are rolled back after it.
 */
@JdbcTest
@Tag("slice")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:mem:coverage-queries;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import({CoverageQueries.class, CoverageQueriesTest.JavaMigrations.class})
class CoverageQueriesTest {

    /** The migrations written in Java are beans of their features; the slice picks up only those. */
    @ComponentScan(
            basePackages = "org.outreachtracker",
            useDefaultFilters = false,
            includeFilters =
                    @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = BaseJavaMigration.class))
    static class JavaMigrations {}

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private CoverageQueries queries;

    private long campaign;
    private long france;
    private long japan;
    private long kenya;

    @BeforeEach
    void aCampaignWithMeetingsInFranceAndJapan() {
        OffsetDateTime now = OffsetDateTime.parse("2026-06-17T08:30:00Z");
        jdbc.sql("""
                        insert into campaign (title, cable_reference, objective, issue_date, status,
                                              created_at, created_by, updated_at, updated_by)
                        values ('Slice campaign', 'STATE 1', 'Objective', date '2026-03-01', 'ACTIVE',
                                :now, 'test', :now, 'test')""").param("now", now).update();
        campaign = jdbc.sql("select id from campaign where title = 'Slice campaign'")
                .query(Long.class)
                .single();
        france = country("FR");
        japan = country("JP");
        kenya = country("KE");
        meeting(1, france, "2026-03-02", "SKEPTICAL");
        meeting(2, france, "2026-03-09", "SUPPORTIVE");
        meeting(3, france, "2026-03-09", null);
        meeting(4, japan, "2026-03-04", "REJECTED");
    }

    @Test
    void eachCountryHasItsMeetingCountAndLastDateAndCountriesWithoutMeetingsAreLeftOut() {
        var meetings = queries.meetings(campaign, new CoverageFilter(null, null), null);

        assertThat(meetings).containsOnlyKeys(france, japan);
        assertThat(meetings.get(france))
                .isEqualTo(new CoverageQueries.MeetingAggregate(3, LocalDate.parse("2026-03-09")));
        assertThat(meetings.get(japan))
                .isEqualTo(new CoverageQueries.MeetingAggregate(1, LocalDate.parse("2026-03-04")));
    }

    @Test
    void aDateRangeCountsOnlyTheMeetingsInsideIt() {
        var meetings = queries.meetings(
                campaign, new CoverageFilter(LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-31")), null);

        assertThat(meetings.get(france))
                .isEqualTo(new CoverageQueries.MeetingAggregate(2, LocalDate.parse("2026-03-09")));
        assertThat(meetings.get(japan))
                .isEqualTo(new CoverageQueries.MeetingAggregate(1, LocalDate.parse("2026-03-04")));
    }

    @Test
    void theLatestRecordedResponseWinsAndOnTheSameDayTheMeetingLoggedLast() {
        // France's last meeting (no. 3) recorded no response: no. 2, the same day, is the latest that did.
        assertThat(queries.latestResponses(campaign, new CoverageFilter(null, null), null))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(france, "SUPPORTIVE", japan, "REJECTED"));
        assertThat(queries.latestResponses(campaign, new CoverageFilter(null, LocalDate.parse("2026-03-05")), null))
                .containsEntry(france, "SKEPTICAL");
    }

    @Test
    void onlyTheCountriesAskedForAreRead() {
        assertThat(queries.meetings(campaign, new CoverageFilter(null, null), Set.of(japan, kenya)))
                .containsOnlyKeys(japan);
        assertThat(queries.latestResponses(campaign, new CoverageFilter(null, null), Set.of(france)))
                .containsOnlyKeys(france);
    }

    private long country(String code) {
        return jdbc.sql("select id from country where code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    /** A live meeting as coverage keeps it, and its campaign and country count. */
    private void meeting(long id, long country, String date, String response) {
        jdbc.sql("""
                        insert into coverage_meeting (meeting_id, campaign_id, country_id, meeting_date, overall_response)
                        values (:id, :campaign, :country, :date, :response)""")
                .param("id", id)
                .param("campaign", campaign)
                .param("country", country)
                .param("date", LocalDate.parse(date))
                .param("response", response)
                .update();
        int updated = jdbc.sql("update campaign_country_count set meetings = meetings + 1"
                        + " where campaign_id = :campaign and country_id = :country")
                .param("campaign", campaign)
                .param("country", country)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into campaign_country_count (campaign_id, country_id, meetings)"
                            + " values (:campaign, :country, 1)")
                    .param("campaign", campaign)
                    .param("country", country)
                    .update();
        }
    }
}
