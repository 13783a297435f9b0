package org.outreachtracker.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.outreachtracker.coverage.CampaignProgress;
import org.outreachtracker.coverage.LastWeek;
import org.outreachtracker.meeting.OverallResponse;

/**
 * Last week's changes as one piece of HTML: what a reader sees, the link to chase lapsed posts,
 * and names that look like markup shown as text, never parsed.
 */
class WeekChangesCardTest {

    private static final LastWeek WEEK = new LastWeek(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29));

    @Test
    void namesTheMovesAndLinksToThePostsToChaseWithEveryNameShownAsText() {
        var week = new CampaignProgress.WeekChanges(
                WEEK,
                3,
                List.of(new CampaignProgress.ResponseMove(7, OverallResponse.SKEPTICAL, OverallResponse.RECEPTIVE)),
                2);

        Document card = Jsoup.parseBodyFragment(
                WeekChangesCard.of(week, 42, id -> "<b>Côte & \"Co\"</b>").getInnerHtml());

        assertThat(card.select("li").eachText())
                .contains("3 new meetings", "<b>Côte & \"Co\"</b>: Skeptical → Receptive");
        assertThat(card.select("b")).as("no markup from a name").isEmpty();
        assertThat(card.select("a").attr("href")).isEqualTo("taskings?campaign=42&lapsed");
    }

    @Test
    void aQuietWeekSaysSoWithoutAList() {
        Document card = Jsoup.parseBodyFragment(
                WeekChangesCard.of(new CampaignProgress.WeekChanges(WEEK, 0, List.of(), 0), 42, id -> "")
                        .getInnerHtml());

        assertThat(card.select("ul")).isEmpty();
        assertThat(card.select("h2").text()).isEqualTo("Since last week");
    }
}
