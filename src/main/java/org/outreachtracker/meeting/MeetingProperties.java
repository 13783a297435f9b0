package org.outreachtracker.meeting;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator settings for meetings ({@code outreach.meetings.*}).
 *
 * @param recentApproachDays a counterpart met within this many days of a new meeting's date
 *                           triggers a warning on the form
 * @param handlingMarkings the handling markings a meeting can carry; the first is the default
 */
@ConfigurationProperties("outreach.meetings")
public record MeetingProperties(Integer recentApproachDays, List<String> handlingMarkings) {

    public MeetingProperties {
        recentApproachDays = recentApproachDays == null ? 30 : recentApproachDays;
        handlingMarkings = handlingMarkings == null || handlingMarkings.isEmpty()
                ? List.of("UNCLASSIFIED", "SENSITIVE BUT UNCLASSIFIED")
                : List.copyOf(handlingMarkings);
    }
}
