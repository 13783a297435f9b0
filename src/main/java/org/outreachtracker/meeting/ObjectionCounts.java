package org.outreachtracker.meeting;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.outreachtracker.base.CountedRows;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Live meetings per campaign, expected objection and country ({@code objection_country_count},
 * V163): how often each objection was raised where, read from a few rows per objection instead of
 * the campaign's raised objections joined to their meetings. Kept from the {@link MeetingChanged}
 * events that {@link MeetingService} publishes in the transaction that logs, changes, deletes or
 * restores a meeting, so the counts commit with the meeting or not at all.
 */
@Component
class ObjectionCounts {

    /**
     * After the meeting feature's days ({@link MeetingDays#ORDER}) and before coverage's counts:
     * every transaction changes the tables of counts in the same order, so two meetings changed at
     * once never wait for each other in a circle.
     */
    static final int ORDER = 5;

    /** A row of {@code objection_country_count}. */
    record Key(long campaignId, long objectionId, long countryId) {}

    private static final Comparator<Key> BY_KEY = Comparator.comparingLong(Key::campaignId)
            .thenComparingLong(Key::objectionId)
            .thenComparingLong(Key::countryId);

    private final JdbcClient jdbc;

    ObjectionCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(ORDER)
    void on(MeetingChanged change) {
        changes(change.before(), change.after())
                .forEach((key, delta) -> CountedRows.add(
                        jdbc,
                        "objection_country_count",
                        Map.of(
                                "campaign_id", key.campaignId(),
                                "objection_id", key.objectionId(),
                                "country_id", key.countryId()),
                        delta));
    }

    /**
     * What a change adds to each row, in key order (so that two meetings changed at once take the
     * rows in the same order). A meeting that keeps its campaign, country and an objection changes
     * nothing for that objection.
     */
    static Map<Key, Integer> changes(MeetingFacts before, MeetingFacts after) {
        return CountedRows.changes(before, after, ObjectionCounts::keys, BY_KEY);
    }

    private static List<Key> keys(MeetingFacts facts) {
        return facts.objectionIds().stream()
                .map(objection -> new Key(facts.campaignId(), objection, facts.countryId()))
                .toList();
    }
}
