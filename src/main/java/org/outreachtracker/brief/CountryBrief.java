package org.outreachtracker.brief;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.coverage.CountryCampaignCoverage;
import org.outreachtracker.meeting.DeliveredPoint;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.reference.CountryRef;

/**
 * One page on one country, for a hand-over or a principal's meeting: its status in each
 * campaign, its latest meetings, its counterparts with their positions, its open follow-ups and
 * what its government committed to.
 * Lists are cut to fit one page; the totals say how many there are in all.
 */
public record CountryBrief(
        CountryRef country,
        String bureau,
        String marking,
        Instant preparedAt,
        String preparedBy,
        List<CountryCampaignCoverage> campaigns,
        long campaignTotal,
        List<MeetingRow> meetings,
        long meetingTotal,
        List<Position> counterparts,
        long counterpartTotal,
        List<OpenFollowUp> followUps,
        long followUpTotal,
        List<Commitment> commitments,
        long commitmentTotal) {

    public CountryBrief {
        campaigns = List.copyOf(campaigns);
        meetings = List.copyOf(meetings);
        counterparts = List.copyOf(counterparts);
        followUps = List.copyOf(followUps);
        commitments = List.copyOf(commitments);
    }

    /** The same brief with each list cut to at most the given number of rows (the totals stay). */
    public CountryBrief limitedTo(
            int campaignRows, int meetingRows, int counterpartRows, int followUpRows, int commitmentRows) {
        return new CountryBrief(
                country,
                bureau,
                marking,
                preparedAt,
                preparedBy,
                first(campaigns, campaignRows),
                campaignTotal,
                first(meetings, meetingRows),
                meetingTotal,
                first(counterparts, counterpartRows),
                counterpartTotal,
                first(followUps, followUpRows),
                followUpTotal,
                first(commitments, commitmentRows),
                commitmentTotal);
    }

    private static <T> List<T> first(List<T> list, int rows) {
        return list.subList(0, Math.min(rows, list.size()));
    }

    /**
     * A counterpart and where they stand: the latest meeting with them, its overall response and
     * their reaction to each point raised there.
     *
     * @param lastMet {@code null} when never met
     */
    public record Position(
            CounterpartRef counterpart,
            LocalDate lastMet,
            Long lastMeetingId,
            OverallResponse lastResponse,
            List<DeliveredPoint> lastReactions) {

        public Position {
            lastReactions = List.copyOf(lastReactions);
        }
    }

    /** An outstanding follow-up with its campaign and owner by name. */
    public record OpenFollowUp(
            String description, String campaign, String owner, LocalDate dueDate, String status, boolean overdue) {}

    /** What the host government committed to, with its owner by name and the outcome so far. */
    public record Commitment(String description, String owner, LocalDate checkBackDate, String outcome, boolean due) {}
}
