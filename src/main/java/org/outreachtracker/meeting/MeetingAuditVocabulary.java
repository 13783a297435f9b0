package org.outreachtracker.meeting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outreachtracker.audit.AuditVocabulary;
import org.outreachtracker.audit.AuditedObject;
import org.springframework.stereotype.Component;

/**
 * How a meeting's stored values read in the audit trail: its format, the overall response, and
 * the points raised as recorded ("PointRaised[talkingPointId=4, reaction=AGREED]") as
 * "talking point no. 4: Agreed". Public so that a meeting's own history can read its events.
 */
@Component
public final class MeetingAuditVocabulary implements AuditVocabulary {

    private static final Pattern RAISED = Pattern.compile("PointRaised\\[talkingPointId=(\\d+), reaction=([A-Z_]+)]");

    @Override
    public String read(AuditedObject type, String field, String item) {
        return switch (field) {
            case "format" -> AuditVocabulary.constant(MeetingFormat.class, item, MeetingFormat::label);
            case "overallResponse" -> AuditVocabulary.constant(OverallResponse.class, item, OverallResponse::label);
            case "raisedPoints" -> raised(item);
            default -> null;
        };
    }

    private static String raised(String value) {
        Matcher matcher = RAISED.matcher(value);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            String reaction = AuditVocabulary.constant(Reaction.class, matcher.group(2), Reaction::label);
            text.append("talking point no. ")
                    .append(matcher.group(1))
                    .append(": ")
                    .append(reaction == null ? matcher.group(2) : reaction);
        }
        return text.isEmpty() ? null : text.toString();
    }
}
