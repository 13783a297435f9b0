package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outreachtracker.meeting.MeetingDays.CampaignDay;

/**
 * What a change of a meeting adds to each row of the meetings per campaign, day and response,
 * without a database: only the rows it changes, in key order, with no response counted as pending.
 */
class CampaignDayChangesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 17);

    @Test
    void aNewDateOrResponseMovesOneBetweenRowsInKeyOrder() {
        MeetingFacts pending = new MeetingFacts(2, 7, DAY, null, Map.of());
        MeetingFacts answered = new MeetingFacts(1, 7, DAY, OverallResponse.RECEPTIVE, Map.of());

        assertThat(MeetingDays.campaignDayChanges(null, pending))
                .containsExactly(Map.entry(new CampaignDay(2, DAY, "PENDING"), 1));
        assertThat(MeetingDays.campaignDayChanges(pending, answered))
                .containsExactly(
                        Map.entry(new CampaignDay(1, DAY, "RECEPTIVE"), 1),
                        Map.entry(new CampaignDay(2, DAY, "PENDING"), -1));
        assertThat(MeetingDays.campaignDayChanges(answered, null))
                .containsExactly(Map.entry(new CampaignDay(1, DAY, "RECEPTIVE"), -1));
    }

    @Test
    void aMeetingThatKeepsItsCampaignDayAndResponseChangesNothing() {
        MeetingFacts before = new MeetingFacts(1, 7, DAY, OverallResponse.RECEPTIVE, Map.of());
        MeetingFacts elsewhere = new MeetingFacts(1, 9, DAY, OverallResponse.RECEPTIVE, Map.of(3L, Reaction.AGREED));

        assertThat(MeetingDays.campaignDayChanges(before, elsewhere)).isEmpty();
    }
}
