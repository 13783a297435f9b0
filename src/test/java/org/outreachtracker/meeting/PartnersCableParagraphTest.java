package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnersCableParagraphTest {

    private final PartnersCableParagraph contribution = new PartnersCableParagraph();

    @Test
    void theCableNamesThePartnersInOrderAndWhetherWeWereThere() {
        assertThat(contribution.paragraph(meeting(Set.of("G7 partners", "European Union"), false)))
                .hasValue(new CableParagraph(
                        "Joint démarche", List.of("Delivered jointly with European Union, G7 partners.")));
        assertThat(contribution.paragraph(meeting(Set.of("European Union"), true)))
                .hasValue(new CableParagraph("Joint démarche", List.of("Delivered by European Union without us.")));
    }

    @Test
    void aMeetingWithoutPartnersAddsNothing() {
        assertThat(contribution.paragraph(meeting(Set.of(), false))).isEmpty();
    }

    private static MeetingDetails meeting(Set<String> partners, boolean partnerOnly) {
        return CableTestMeeting.with(1, Set.of(), List.of(), partners, partnerOnly);
    }
}
