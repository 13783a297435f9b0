package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.counterpart.CounterpartRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The counterparts already met in a country for a campaign (the meeting form offers them first):
 * those of the country's meetings in that campaign, not of other countries or campaigns, and not
 * of deleted meetings. A native query, so it also runs on PostgreSQL ({@link CounterpartsMetOnPostgresTest}).
 */
@IntegrationTest
class CounterpartsMetTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;

    @AfterEach
    void closeCampaigns() {
        outreach.closeCampaigns();
    }

    @Test
    void theCounterpartsOfTheCountrysMeetingsInTheCampaign() {
        outreach = new TestOutreach(context);
        CampaignDetails campaign = outreach.activeCampaign(30, outreach.countryIds("JP", "FR"), "Point");
        CampaignDetails other = outreach.activeCampaign(30, outreach.countryIds("JP"), "Point");
        CounterpartRef minister = outreach.counterpart("JP", TestOutreach.unique("Minister"));
        CounterpartRef deputy = outreach.counterpart("JP", TestOutreach.unique("Deputy"));
        CounterpartRef adviser = outreach.counterpart("JP", TestOutreach.unique("Adviser"));
        CounterpartRef french = outreach.counterpart("FR", TestOutreach.unique("Directeur"));
        log(campaign, "JP", Set.of(minister.id(), deputy.id()));
        long deleted = log(campaign, "JP", Set.of(adviser.id()));
        log(campaign, "FR", Set.of(french.id()));
        log(other, "JP", Set.of(adviser.id()));
        long version = outreach.as(
                "manager", () -> meetings.meeting(deleted).orElseThrow().version());
        outreach.as("manager", () -> meetings.delete(deleted, version));

        assertThat(outreach.as("officer", () -> meetings.counterpartsMet(campaign.id(), outreach.countryId("JP"))))
                .containsExactlyInAnyOrder(minister.id(), deputy.id());
        assertThat(outreach.as("officer", () -> meetings.counterpartsMet(other.id(), outreach.countryId("JP"))))
                .containsExactly(adviser.id());
        assertThat(outreach.as("officer", () -> meetings.counterpartsMet(campaign.id(), outreach.countryId("DE"))))
                .isEmpty();
    }

    private long log(CampaignDetails campaign, String country, Set<Long> counterparts) {
        var draft = outreach.meeting(
                campaign,
                country,
                outreach.daysAgo(3),
                counterparts,
                List.of(),
                OverallResponse.RECEPTIVE,
                "Met them.",
                List.of());
        return outreach.as("manager", () -> meetings.log(draft));
    }
}
