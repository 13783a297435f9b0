package org.outreachtracker.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outreachtracker.meeting.Reaction;

/** The dashboard's shares and sums, as the manager reads them. */
class DashboardFiguresTest {

    private static DashboardFigures reached(int targets, int reached) {
        return new DashboardFigures(null, targets, reached, 0, List.of(), Map.of(), List.of(), List.of(), 0, 0);
    }

    @Test
    void theReachedShareIsRoundedDown() {
        assertThat(reached(3, 2).reachedPercent()).as("2 of 3").isEqualTo(66);
        assertThat(reached(7, 7).reachedPercent()).isEqualTo(100);
        assertThat(reached(200, 1).reachedPercent()).as("1 of 200").isZero();
    }

    @Test
    void aCampaignWithoutTargetsShowsZeroNotAnError() {
        assertThat(reached(0, 0).reachedPercent()).isZero();
        assertThat(new DashboardFigures.BureauCoverage(1, "Europe", 0, 0).reachedPercent())
                .isZero();
    }

    @Test
    void aBureausShareIsItsOwn() {
        assertThat(new DashboardFigures.BureauCoverage(1, "Europe", 8, 3).reachedPercent())
                .isEqualTo(37);
    }

    @Test
    void aPointCountsEachReactionAndHowOftenItWasRaised() {
        var point = new DashboardFigures.PointReactions(
                11, 1, 1, "Co-sponsor the resolution", Map.of(Reaction.AGREED, 4L, Reaction.PUSHED_BACK, 2L));

        assertThat(point.count(Reaction.AGREED)).isEqualTo(4);
        assertThat(point.raised()).isEqualTo(6);
        assertThat(point.count(Reaction.NOTED)).as("a reaction never recorded").isZero();
    }
}
