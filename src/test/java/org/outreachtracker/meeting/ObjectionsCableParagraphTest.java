package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.ObjectionRef;

class ObjectionsCableParagraphTest {

    private final CampaignService campaigns = mock(CampaignService.class);
    private final ObjectionsCableParagraph contribution = new ObjectionsCableParagraph(campaigns);

    @Test
    void theCableListsExpectedObjectionsInTheCampaignsOrderThenTheNewOnes() {
        when(campaigns.objections(1))
                .thenReturn(List.of(
                        new ObjectionRef(10, 1, "This is protectionism"),
                        new ObjectionRef(11, 1, "No evidence offered"),
                        new ObjectionRef(12, 1, "Our companies are not involved")));

        CableParagraph paragraph = contribution
                .paragraph(meeting(Set.of(12L, 10L), List.of("Too late in the year")))
                .orElseThrow();

        assertThat(paragraph.heading()).isEqualTo("Objections raised");
        assertThat(paragraph.lines())
                .containsExactly(
                        "This is protectionism",
                        "Our companies are not involved",
                        "Too late in the year (not expected)");
    }

    @Test
    void aMeetingWithoutObjectionsAddsNothing() {
        assertThat(contribution.paragraph(meeting(Set.of(), List.of()))).isEmpty();
    }

    private static MeetingDetails meeting(Set<Long> objectionIds, List<String> newObjections) {
        return CableTestMeeting.with(1, objectionIds, newObjections, Set.of(), false);
    }
}
