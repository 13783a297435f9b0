package org.outreachtracker.meeting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables of counts kept as meetings change, so that lists and figures over a million meetings
 * read a few rows instead of every meeting (docs/performance.md): live meetings per day
 * ({@link MeetingDays}), reactions per talking point ({@link PointReactions}) and live meetings per
 * campaign and country ({@code campaign_country_count}, V26, which coverage reads).
 * {@link MeetingService} calls {@link #changed} last in each transaction that logs, changes,
 * deletes or restores a meeting, so the counts are held only until the commit right after.
 */
@Component
class MeetingCounts {

    /** What the counts know of a live meeting. */
    record Counted(long campaignId, long countryId, LocalDate date, List<DeliveredPoint> points) {

        static Counted of(Meeting meeting) {
            return new Counted(meeting.getCampaignId(), meeting.getCountryId(), meeting.getMeetingDate(),
                    meeting.getPoints());
        }
    }

    private static final Comparator<Counted> BY_COUNTRY = Comparator.comparingLong(Counted::campaignId)
            .thenComparingLong(Counted::countryId);

    private final JdbcClient jdbc;
    private final MeetingDays days;
    private final PointReactions reactions;

    MeetingCounts(JdbcClient jdbc, MeetingDays days, PointReactions reactions) {
        this.jdbc = jdbc;
        this.days = days;
        this.reactions = reactions;
    }

    /**
     * A live meeting was {@code before} and is now {@code after}; {@code before} is null for a
     * meeting logged or restored, {@code after} for one deleted.
     */
    void changed(Counted before, Counted after) {
        // The tables always in this order, and the rows of each in key order: two meetings changed
        // at once never wait for each other's rows.
        reactions.changed(before == null ? List.of() : before.points(), after == null ? List.of() : after.points());
        days.moved(before == null ? null : before.date(), after == null ? null : after.date());
        countryMoved(before, after);
    }

    private void countryMoved(Counted before, Counted after) {
        // Keyed by campaign and country only: a meeting that stays in both changes nothing.
        Map<Counted, Integer> changes = new TreeMap<>(BY_COUNTRY);
        if (before != null) {
            changes.merge(before, -1, Integer::sum);
        }
        if (after != null) {
            changes.merge(after, 1, Integer::sum);
        }
        changes.forEach((counted, delta) -> {
            if (delta != 0) {
                CountedRows.add(jdbc, "campaign_country_count",
                        Map.of("campaign_id", counted.campaignId(), "country_id", counted.countryId()), delta);
            }
        });
    }
}
