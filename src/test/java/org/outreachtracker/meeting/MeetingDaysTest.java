package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.outreachtracker.ManagerIntegrationTest;
import org.outreachtracker.TestCounts;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.search.SearchIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The live meetings per day ({@link MeetingDays}): every way a meeting is logged, re-dated,
 * deleted or restored keeps them equal to the meetings themselves, and a refused save changes
 * none, and so do the counts per campaign, day and response; two meetings logged at once for a day
 * without meetings both count; and list pages that start from their day (here every page, or
 * those 20 meetings from both ends, not only the deep ones of a large list) show exactly the rows
 * of the whole list, in date order either way, unfiltered and filtered by dates, a campaign and a
 * response.
 */
class MeetingDaysTest extends ManagerIntegrationTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingDays days;

    @Autowired
    MeetingQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndex search;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyMeetingLoggedRedatedDeletedOrRestoredCountsOnItsDay() {
        assertThat(dayCounts()).as("the demo data").isEqualTo(meetingsPerDay());
        assertThat(campaignDayCounts()).isEqualTo(meetingsPerCampaignDay());
        CampaignDetails campaign = outreach.activeCampaign(400, outreach.countryIds("FR", "JP"));
        // A day long before the demo data: no meeting counts there yet.
        LocalDate quietDay = outreach.daysAgo(390);
        assertThat(meetingsPerDay()).doesNotContainKey(quietDay);

        long first = meetings.log(outreach.simpleMeeting(campaign, "FR", quietDay, null, "First of the day."));
        long second = meetings.log(outreach.simpleMeeting(campaign, "JP", quietDay, null, "Second of the day."));
        long recent = meetings.log(outreach.simpleMeeting(campaign, "FR", outreach.daysAgo(2), null, "Recent."));
        assertThat(dayCounts()).isEqualTo(meetingsPerDay()).containsEntry(quietDay, 2L);
        assertThat(campaignDayCounts()).isEqualTo(meetingsPerCampaignDay());

        MeetingDetails moved = meetings.meeting(first).orElseThrow();
        meetings.update(first, moved.version(), redated(moved.toDraft(), quietDay.minusDays(1)));
        assertThat(dayCounts())
                .isEqualTo(meetingsPerDay())
                .containsEntry(quietDay, 1L)
                .containsEntry(quietDay.minusDays(1), 1L);
        assertThat(campaignDayCounts()).isEqualTo(meetingsPerCampaignDay());

        MeetingDetails kept = meetings.meeting(second).orElseThrow();
        meetings.update(second, kept.version(), kept.toDraft());
        assertThat(dayCounts()).isEqualTo(meetingsPerDay()).containsEntry(quietDay, 1L);
        assertThat(campaignDayCounts()).isEqualTo(meetingsPerCampaignDay());

        MeetingDetails refused = meetings.meeting(second).orElseThrow();
        assertThatThrownBy(() -> meetings.update(
                        second,
                        refused.version(),
                        redated(refused.toDraft(), outreach.today().plusDays(1))))
                .isInstanceOf(RuleViolationException.class);
        assertThat(dayCounts())
                .as("after a refused save")
                .isEqualTo(meetingsPerDay())
                .containsEntry(quietDay, 1L);
        assertThat(campaignDayCounts()).isEqualTo(meetingsPerCampaignDay());

        meetings.update(
                recent,
                meetings.meeting(recent).orElseThrow().version(),
                outreach.simpleMeeting(
                        campaign, "FR", outreach.daysAgo(2), OverallResponse.SKEPTICAL, "Recent, answered."));
        assertThat(campaignDayCounts())
                .as("another response")
                .isEqualTo(meetingsPerCampaignDay())
                .containsEntry(campaign.id() + " " + outreach.daysAgo(2) + " SKEPTICAL", 1L);
        meetings.delete(recent, meetings.meeting(recent).orElseThrow().version());
        assertThat(dayCounts()).isEqualTo(meetingsPerDay());
        assertThat(campaignDayCounts()).isEqualTo(meetingsPerCampaignDay());
        long deletedVersion = meetings.deleted(PageRequest.of(0, 100)).getContent().stream()
                .filter(d -> d.id() == recent)
                .findFirst()
                .orElseThrow()
                .version();
        meetings.restore(recent, deletedVersion);
        assertThat(dayCounts()).isEqualTo(meetingsPerDay());
        assertThat(campaignDayCounts()).isEqualTo(meetingsPerCampaignDay());
    }

    @Test
    void twoMeetingsLoggedAtOnceForADayWithoutMeetingsBothCount() throws Exception {
        LocalDate day = outreach.daysAgo(395);
        assertThat(dayCounts()).doesNotContainKey(day);
        var transaction = new TransactionTemplate(transactions);
        var firstCounted = new CountDownLatch(1);
        var secondUnderWay = new AtomicBoolean();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<?> first = threads.submit(() -> transaction.executeWithoutResult(status -> {
                days.moved(null, day);
                firstCounted.countDown();
                // Held open until the second is counting the same day (and so waits for this one).
                secondUnderWay.set(awaitOtherSessionOnDayCounts());
            }));
            Future<?> second = threads.submit(() -> {
                firstCounted.await();
                transaction.executeWithoutResult(status -> days.moved(null, day));
                return null;
            });
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
            assertThat(secondUnderWay)
                    .as("the second counted while the first was open")
                    .isTrue();
            assertThat(dayCounts()).containsEntry(day, 2L);
        } finally {
            // The day had no meetings: its row goes again, whatever happened above.
            jdbc.sql("delete from meeting_day_count where meeting_date = :day")
                    .param("day", day)
                    .update();
        }
        assertThat(dayCounts()).isEqualTo(meetingsPerDay());
    }

    /**
     * Whether, within thirty seconds, another session is waiting for a lock (PostgreSQL) or running a
     * statement on the day counts (H2, which lists no blocker for a row a statement waits for).
     */
    private boolean awaitOtherSessionOnDayCounts() {
        boolean postgres = jdbc.sql("select 1")
                .query((rs, n) ->
                        rs.getStatement().getConnection().getMetaData().getDatabaseProductName())
                .single()
                .startsWith("PostgreSQL");
        String others = postgres
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid()"
                : "select count(*) from information_schema.sessions where session_id <> session_id()"
                        + " and lower(executing_statement) like '%meeting_day_count%'";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (jdbc.sql(others).query(Long.class).single() > 0) {
                return true;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20)); // polling
        }
        return false;
    }

    @Test
    void pagesStartingOnTheirDayShowTheWholeListInOrder() {
        // Every page from its day; and only pages 20 meetings or more from both ends, the others
        // read from the nearer end.
        for (long dayStartFromOffset : new long[] {0, 20}) {
            pagesShowTheWholeListInOrder(
                    new MeetingQueries(jdbc, days, search, dayStartFromOffset, queries.readsBureauFromFarEnd()));
        }
    }

    private void pagesShowTheWholeListInOrder(MeetingQueries fromTheirDay) {
        LocalDate today = outreach.today();
        long campaign = jdbc.sql("select campaign_id from meeting where deleted_at is null group by campaign_id"
                        + " order by count(*) desc, campaign_id fetch first 1 row only")
                .query(Long.class)
                .single();
        long europe = jdbc.sql("select id from bureau where code = 'EUR'")
                .query(Long.class)
                .single();
        List<MeetingFilter> filters = List.of(
                MeetingFilter.none(),
                dates(today.minusDays(60), null),
                dates(null, today.minusDays(20)),
                dates(today.minusDays(90), today.minusDays(30)),
                dates(today.plusDays(1), null),
                campaign(campaign, null, false, null),
                campaign(campaign, OverallResponse.RECEPTIVE, false, null),
                campaign(campaign, null, true, null),
                campaign(campaign, null, false, today.minusDays(30)),
                campaign(-1, null, false, null),
                // Not counted by day: read forwards, or from the far end where the database does.
                new MeetingFilter(
                        campaign, europe, null, null, OverallResponse.RECEPTIVE, false, null, null, null, null, null));
        List<Sort> sorts = List.of(
                Sort.unsorted(),
                Sort.by(Sort.Direction.DESC, "meetingDate"),
                Sort.by(Sort.Direction.ASC, "meetingDate"));
        for (MeetingFilter filter : filters) {
            for (Sort sort : sorts) {
                List<Long> whole =
                        ids(fromTheirDay.search(filter, Pageable.unpaged(sort)).getContent());
                assertThat(whole).doesNotHaveDuplicates().hasSize(plainCount(filter));
                assertThat(fromTheirDay.count(filter)).as("count, " + filter).isEqualTo(whole.size());
                for (int size : new int[] {7, 50}) {
                    List<Long> told = new ArrayList<>();
                    List<Long> uncounted = new ArrayList<>();
                    for (int page = 0; page * size < whole.size(); page++) {
                        told.addAll(ids(fromTheirDay.page(filter, PageRequest.of(page, size, sort), whole.size())));
                        uncounted.addAll(ids(fromTheirDay.page(filter, PageRequest.of(page, size, sort), -1)));
                    }
                    assertThat(told)
                            .as(filter + ", " + sort + ", pages of " + size)
                            .isEqualTo(whole);
                    assertThat(uncounted)
                            .as(filter + ", " + sort + ", pages of " + size + " uncounted")
                            .isEqualTo(whole);
                }
                assertThat(fromTheirDay.page(filter, PageRequest.of(whole.size() / 7 + 1, 7, sort), -1))
                        .as("past the end")
                        .isEmpty();
            }
        }
    }

    /** The meetings the filter selects, counted from the meetings themselves. */
    private int plainCount(MeetingFilter filter) {
        return jdbc.sql("select count(*) from meeting where deleted_at is null"
                        + " and meeting_date >= coalesce(:from, date '1900-01-01')"
                        + " and meeting_date <= coalesce(:to, date '2999-12-31')"
                        + (filter.campaignId() == null ? "" : " and campaign_id = " + filter.campaignId())
                        + (filter.bureauId() == null
                                ? ""
                                : " and country_id in (select id from country where bureau_id = " + filter.bureauId()
                                        + ")")
                        + (filter.response() == null ? "" : " and overall_response = '" + filter.response() + "'")
                        + (filter.pendingOnly() ? " and overall_response is null" : ""))
                .param("from", filter.from(), java.sql.Types.DATE)
                .param("to", filter.to(), java.sql.Types.DATE)
                .query(Integer.class)
                .single();
    }

    private Map<String, Long> campaignDayCounts() {
        return TestCounts.of(
                jdbc.sql("select campaign_id, meeting_date, overall_response, meetings from meeting_campaign_day_count"
                        + " where meetings > 0"));
    }

    private Map<String, Long> meetingsPerCampaignDay() {
        return TestCounts.of(jdbc.sql(
                "select campaign_id, meeting_date, coalesce(overall_response, 'PENDING'), count(*) from meeting"
                        + " where deleted_at is null group by campaign_id, meeting_date, overall_response"));
    }

    private Map<LocalDate, Long> dayCounts() {
        Map<LocalDate, Long> counts = new TreeMap<>();
        jdbc.sql("select meeting_date, meetings from meeting_day_count where meetings > 0")
                .query((rs, n) -> counts.put(rs.getObject(1, LocalDate.class), rs.getLong(2)))
                .list();
        return counts;
    }

    private Map<LocalDate, Long> meetingsPerDay() {
        Map<LocalDate, Long> counts = new TreeMap<>();
        jdbc.sql("select meeting_date, count(*) from meeting where deleted_at is null group by meeting_date")
                .query((rs, n) -> counts.put(rs.getObject(1, LocalDate.class), rs.getLong(2)))
                .list();
        return counts;
    }

    private static MeetingFilter dates(LocalDate from, LocalDate to) {
        return new MeetingFilter(null, null, null, null, null, false, from, to, null, null, null);
    }

    private static MeetingFilter campaign(
            long campaignId, OverallResponse response, boolean pendingOnly, LocalDate from) {
        return new MeetingFilter(campaignId, null, null, null, response, pendingOnly, from, null, null, null, null);
    }

    private static MeetingDraft redated(MeetingDraft draft, LocalDate date) {
        return new MeetingDraft(
                draft.campaignId(),
                draft.countryId(),
                draft.postId(),
                date,
                draft.format(),
                draft.deliveredBy(),
                draft.counterpartIds(),
                draft.raisedPoints(),
                draft.overallResponse(),
                draft.summary(),
                draft.responseQuote(),
                draft.handlingMarking(),
                List.of());
    }

    private static List<Long> ids(List<MeetingRow> rows) {
        return rows.stream().map(MeetingRow::id).toList();
    }
}
