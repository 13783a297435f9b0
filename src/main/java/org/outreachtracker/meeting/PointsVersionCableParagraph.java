package org.outreachtracker.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells the cable's readers which set of talking points was delivered when it was a revised one
 * (version 2 or later); a meeting that delivered the first set adds nothing, so cables read as
 * before until headquarters revises its points.
 */
@Component
@Order(PointsVersionCableParagraph.ORDER)
class PointsVersionCableParagraph implements CableContribution {

    static final int ORDER = 20;

    @Override
    public Optional<CableParagraph> paragraph(MeetingDetails meeting) {
        if (meeting.pointsVersion() <= 1) {
            return Optional.empty();
        }
        return Optional.of(new CableParagraph(
                "Talking points version",
                List.of("Delivered version " + meeting.pointsVersion() + " of the campaign's talking points.")));
    }
}
