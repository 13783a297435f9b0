package org.outreachtracker.meeting;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Joint démarche" in the reporting cable: the partners that delivered with us, or without us. */
@Component
@Order(PartnersCableParagraph.ORDER)
class PartnersCableParagraph implements CableContribution {

    static final int ORDER = 25;

    @Override
    public Optional<CableParagraph> paragraph(MeetingDetails meeting) {
        if (meeting.partners().isEmpty()) {
            return Optional.empty();
        }
        String names = String.join(", ", new TreeSet<>(meeting.partners()));
        return Optional.of(new CableParagraph(
                "Joint démarche",
                List.of(
                        meeting.partnerOnly()
                                ? "Delivered by " + names + " without us."
                                : "Delivered jointly with " + names + ".")));
    }
}
