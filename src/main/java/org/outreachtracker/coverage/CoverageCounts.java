package org.outreachtracker.coverage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.outreachtracker.base.CountedRows;
import org.outreachtracker.meeting.MeetingChanged;
import org.outreachtracker.meeting.MeetingFacts;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What coverage keeps of the meetings, so that coverage and the dashboard never read the meeting
 * feature's tables and read a few rows instead of every meeting at a million meetings
 * (docs/performance.md): the live meetings per campaign and country ({@code campaign_country_count},
 * V26), the reactions per talking point ({@link ReactionCounts}, {@code point_reaction_count}, V25),
 * the live meetings per campaign, date and overall response ({@code campaign_day_response_count},
 * V162) and, per live meeting, its campaign, country, date and overall response ({@code coverage_meeting},
 * V60). Kept from the {@link MeetingChanged} events the meeting service publishes last in the
 * transaction that logs, changes, deletes or restores a meeting: this plain listener runs in that
 * transaction, so the counts commit with the meeting or not at all and are held only until the
 * commit right after.
 */
@Component
class CoverageCounts {

    /**
     * After the meeting feature's own counts of days (order 0): every transaction changes the
     * tables of counts in the same order, so two meetings changed at once never wait for each
     * other in a circle. Within coverage: reactions, then campaign and country, then campaign, day
     * and response, then the meeting.
     */
    static final int ORDER = 10;

    /** How {@code campaign_day_response_count} records a meeting without an overall response. */
    static final String PENDING = "PENDING";

    /** A row of {@code campaign_country_count}. */
    record CampaignCountry(long campaignId, long countryId) {}

    /** A row of {@code campaign_day_response_count}; the response is {@link #PENDING} for none. */
    record CampaignDayResponse(long campaignId, LocalDate date, String response) {

        static CampaignDayResponse of(MeetingFacts facts) {
            return new CampaignDayResponse(
                    facts.campaignId(),
                    facts.date(),
                    facts.overallResponse() == null
                            ? PENDING
                            : facts.overallResponse().name());
        }
    }

    private static final Comparator<CampaignCountry> BY_KEY =
            Comparator.comparingLong(CampaignCountry::campaignId).thenComparingLong(CampaignCountry::countryId);

    private static final Comparator<CampaignDayResponse> BY_DAY = Comparator.comparingLong(
                    CampaignDayResponse::campaignId)
            .thenComparing(CampaignDayResponse::date)
            .thenComparing(CampaignDayResponse::response);

    private final JdbcClient jdbc;
    private final ReactionCounts reactions;

    CoverageCounts(JdbcClient jdbc, ReactionCounts reactions) {
        this.jdbc = jdbc;
        this.reactions = reactions;
    }

    @EventListener
    @Order(ORDER)
    void on(MeetingChanged change) {
        MeetingFacts before = change.before();
        MeetingFacts after = change.after();
        reactions.changed(before == null ? Map.of() : before.reactions(), after == null ? Map.of() : after.reactions());
        countryMoved(before, after);
        dayChanges(before, after)
                .forEach((key, delta) -> CountedRows.add(
                        jdbc,
                        "campaign_day_response_count",
                        Map.of(
                                "campaign_id", key.campaignId(),
                                "meeting_date", key.date(),
                                "overall_response", key.response()),
                        delta));
        meetingChanged(change.meetingId(), after);
    }

    private void countryMoved(MeetingFacts before, MeetingFacts after) {
        // The rows in key order, so that two meetings moved at once never wait for each other's rows.
        countryChanges(before, after)
                .forEach((key, delta) -> CountedRows.add(
                        jdbc,
                        "campaign_country_count",
                        Map.of("campaign_id", key.campaignId(), "country_id", key.countryId()),
                        delta));
    }

    /**
     * What a change adds to each row of {@code campaign_country_count}, in key order. Keyed by
     * campaign and country only: a meeting that stays in both changes nothing.
     */
    static Map<CampaignCountry, Integer> countryChanges(MeetingFacts before, MeetingFacts after) {
        return CountedRows.changes(
                before, after, facts -> List.of(new CampaignCountry(facts.campaignId(), facts.countryId())), BY_KEY);
    }

    /**
     * What a change adds to each row of {@code campaign_day_response_count}, in key order. A
     * meeting that keeps its campaign, date and response changes nothing.
     */
    static Map<CampaignDayResponse, Integer> dayChanges(MeetingFacts before, MeetingFacts after) {
        return CountedRows.changes(before, after, facts -> List.of(CampaignDayResponse.of(facts)), BY_DAY);
    }

    /**
     * The meeting's row in {@code coverage_meeting}: written as it is now, or removed when it no
     * longer counts. Nobody else writes this meeting's row at the same time: the publishing
     * transaction holds the meeting itself.
     */
    private void meetingChanged(long meetingId, MeetingFacts after) {
        if (after == null) {
            jdbc.sql("delete from coverage_meeting where meeting_id = :id")
                    .param("id", meetingId)
                    .update();
            return;
        }
        String response =
                after.overallResponse() == null ? null : after.overallResponse().name();
        int updated = jdbc.sql("""
                        update coverage_meeting
                        set campaign_id = :campaignId, country_id = :countryId, meeting_date = :date,
                            overall_response = :response, partner_only = :partnerOnly
                        where meeting_id = :id""")
                .param("id", meetingId)
                .param("partnerOnly", after.partnerOnly())
                .param("campaignId", after.campaignId())
                .param("countryId", after.countryId())
                .param("date", after.date())
                .param("response", response)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into coverage_meeting (meeting_id, campaign_id, country_id, meeting_date,
                                overall_response, partner_only)
                            values (:id, :campaignId, :countryId, :date, :response, :partnerOnly)""")
                    .param("id", meetingId)
                    .param("partnerOnly", after.partnerOnly())
                    .param("campaignId", after.campaignId())
                    .param("countryId", after.countryId())
                    .param("date", after.date())
                    .param("response", response)
                    .update();
        }
    }
}
