package org.outreachtracker.exchange;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.outreachtracker.meeting.DeliveredPoint;
import org.outreachtracker.meeting.MeetingFormat;

/**
 * A reporting-cable draft of a meeting, as plain text in the usual shape: handling marking,
 * subject, reference, then numbered paragraphs (summary; points delivered with the reaction to
 * each; the counterpart's response in their own words, where recorded; follow-up; comment), and
 * the marking again at the end. The officer copies it into the cable system and completes it.
 */
public final class CableDraft {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final String COMMENT_PLACEHOLDER = "[Post's assessment of the response and recommended next steps.]";

    private CableDraft() {
    }

    public static String fileName(CableFacts facts) {
        return "cable-draft-meeting-" + facts.meetingId() + ".txt";
    }

    public static String text(CableFacts facts) {
        var out = new StringBuilder();
        String marking = facts.handlingMarking() == null || facts.handlingMarking().isBlank()
                ? "UNCLASSIFIED" : facts.handlingMarking().strip();
        out.append(marking).append("\n\n");
        out.append("SUBJECT: ").append(facts.countryName().toUpperCase(Locale.ROOT)).append(": ")
                .append(oneLine(facts.campaignTitle())).append(" — DÉMARCHE DELIVERED ")
                .append(DATE.format(facts.meetingDate()).toUpperCase(Locale.ROOT)).append("\n\n");
        if (facts.cableReference() != null && !facts.cableReference().isBlank()) {
            out.append("REF: ").append(oneLine(facts.cableReference())).append("\n\n");
        }
        int paragraph = 1;
        out.append(paragraph++).append(". SUMMARY: ").append(summary(facts)).append(" END SUMMARY.\n\n");

        out.append(paragraph++).append(". POINTS DELIVERED AND REACTIONS:\n");
        if (facts.points().isEmpty()) {
            out.append("   No talking points were recorded as delivered.\n");
        }
        char letter = 'A';
        for (DeliveredPoint point : facts.points()) {
            out.append("   ").append(letter).append(". ").append(oneLine(point.label()))
                    .append(" — reaction: ").append(point.reaction() == null ? "not recorded"
                            : point.reaction().label().toLowerCase(Locale.ROOT)).append(".\n");
            out.append("      Point as delivered: ").append(oneLine(point.text())).append("\n");
            letter = letter == 'Z' ? 'A' : (char) (letter + 1);
        }
        out.append("\n");

        if (facts.responseQuote() != null && !facts.responseQuote().isBlank()) {
            out.append(paragraph++).append(". RESPONSE: In the counterpart's words: \"")
                    .append(oneLine(facts.responseQuote())).append("\"\n\n");
        }

        out.append(paragraph++).append(". FOLLOW-UP:\n");
        if (facts.followUps().isEmpty()) {
            out.append("   None recorded.\n");
        }
        for (CableFacts.FollowUpLine action : facts.followUps()) {
            out.append("   - ").append(oneLine(action.description())).append(" (").append(action.owner())
                    .append(", due ").append(DATE.format(action.dueDate())).append(", ")
                    .append(action.status().toLowerCase(Locale.ROOT)).append(").\n");
        }
        out.append("\n");

        out.append(paragraph).append(". COMMENT: ").append(COMMENT_PLACEHOLDER).append("\n\n");
        out.append(marking).append("\n");
        return out.toString();
    }

    /** The summary paragraph: who delivered what to whom, how, the overall response, and the officer's summary. */
    private static String summary(CableFacts facts) {
        var text = new StringBuilder();
        text.append("On ").append(DATE.format(facts.meetingDate())).append(", ");
        text.append(blank(facts.deliveredBy()) ? "post officers" : oneLine(facts.deliveredBy()));
        text.append(" (").append(oneLine(facts.postName())).append(") delivered the démarche on \"")
                .append(oneLine(facts.campaignTitle())).append("\"").append(how(facts.format()));
        List<String> counterparts = facts.counterparts();
        if (counterparts.isEmpty()) {
            text.append(".");
        } else {
            text.append(" to ").append(String.join("; ", counterparts.stream().map(CableDraft::oneLine).toList()))
                    .append(".");
        }
        text.append(facts.response() == null ? " The overall response is pending."
                : " The overall response was " + facts.response().label().toLowerCase(Locale.ROOT) + ".");
        if (!blank(facts.summary())) {
            String summary = oneLine(facts.summary());
            text.append(" ").append(summary).append(summary.endsWith(".") ? "" : ".");
        }
        return text.toString();
    }

    private static String how(MeetingFormat format) {
        if (format == null) {
            return "";
        }
        return switch (format) {
            case IN_PERSON -> " in person";
            case CALL -> " by telephone";
            case VIDEO -> " by video call";
            case DIPLOMATIC_NOTE -> " by diplomatic note";
            case MULTILATERAL_MARGINS -> " on the margins of a multilateral event";
        };
    }

    /** Text on one line: line breaks and runs of spaces become single spaces. */
    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
