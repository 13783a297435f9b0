package org.outreachtracker.meeting;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.outreachtracker.base.HiddenCharacters;

/**
 * A reporting-cable draft of a meeting, as plain text in the usual shape: handling marking,
 * subject, reference, then numbered paragraphs (summary; points delivered with the reaction to
 * each; the counterpart's response in their own words, where recorded; follow-up; comment), and
 * the marking again at the end. The officer copies it into the cable system and completes it.
 * Characters that would change how the text reads without being seen (a right-to-left
 * override, a zero-width space) are shown as marks such as "[U+202E]".
 */
public final class CableDraft {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final String COMMENT_PLACEHOLDER = "[Post's assessment of the response and recommended next steps.]";

    private CableDraft() {}

    public static String fileName(CableFacts facts) {
        return "cable-draft-meeting-" + facts.meetingId() + ".txt";
    }

    public static String text(CableFacts facts) {
        var out = new StringBuilder();
        String marking =
                facts.handlingMarking() == null || facts.handlingMarking().isBlank()
                        ? "UNCLASSIFIED"
                        : facts.handlingMarking().strip();
        out.append(marking).append("\n\n");
        out.append("SUBJECT: ")
                .append(facts.countryName().toUpperCase(Locale.ROOT))
                .append(": ")
                .append(oneLine(facts.campaignTitle()))
                .append(" — DÉMARCHE DELIVERED ")
                .append(DATE.format(facts.meetingDate()).toUpperCase(Locale.ROOT))
                .append("\n\n");
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
            out.append("   ")
                    .append(letter)
                    .append(". ")
                    .append(oneLine(point.label()))
                    .append(" — reaction: ")
                    .append(
                            point.reaction() == null
                                    ? "not recorded"
                                    : point.reaction().label().toLowerCase(Locale.ROOT))
                    .append(".\n");
            out.append("      Point as delivered: ")
                    .append(oneLine(point.text()))
                    .append("\n");
            letter = letter == 'Z' ? 'A' : (char) (letter + 1);
        }
        out.append("\n");

        if (facts.responseQuote() != null && !facts.responseQuote().isBlank()) {
            out.append(paragraph++)
                    .append(". RESPONSE: In the counterpart's words: ")
                    .append(quoted(facts.responseQuote()))
                    .append("\n\n");
        }

        out.append(paragraph++).append(". FOLLOW-UP:\n");
        if (facts.followUps().isEmpty()) {
            out.append("   None recorded.\n");
        }
        for (CableFacts.FollowUpLine action : facts.followUps()) {
            out.append("   - ")
                    .append(oneLine(action.description()))
                    .append(" (")
                    .append(action.owner())
                    .append(", due ")
                    .append(DATE.format(action.dueDate()))
                    .append(", ")
                    .append(action.status().toLowerCase(Locale.ROOT))
                    .append(").\n");
        }
        out.append("\n");

        for (CableParagraph extra : facts.paragraphs()) {
            out.append(paragraph++)
                    .append(". ")
                    .append(oneLine(extra.heading()).toUpperCase(Locale.ROOT))
                    .append(":\n");
            if (extra.lines().isEmpty()) {
                out.append("   None recorded.\n");
            }
            for (String line : extra.lines()) {
                out.append("   - ").append(oneLine(line)).append("\n");
            }
            out.append("\n");
        }

        out.append(paragraph).append(". COMMENT: ").append(COMMENT_PLACEHOLDER).append("\n\n");
        out.append(marking).append("\n");
        // Nothing invisible goes into the cable system: bidirectional controls and the like show as marks.
        return HiddenCharacters.reveal(out.toString());
    }

    /** The summary paragraph: who delivered what to whom, how, the overall response, and the officer's summary. */
    private static String summary(CableFacts facts) {
        var text = new StringBuilder();
        text.append("On ").append(DATE.format(facts.meetingDate())).append(", ");
        text.append(blank(facts.deliveredBy()) ? "post officers" : oneLine(facts.deliveredBy()));
        text.append(" (")
                .append(oneLine(facts.postName()))
                .append(") delivered the démarche on ")
                .append(quoted(facts.campaignTitle()))
                .append(how(facts.format()));
        List<String> counterparts = facts.counterparts();
        if (counterparts.isEmpty()) {
            text.append(".");
        } else {
            text.append(" to ")
                    .append(String.join(
                            "; ", counterparts.stream().map(CableDraft::oneLine).toList()))
                    .append(".");
        }
        text.append(
                facts.response() == null
                        ? " The overall response is pending."
                        : " The overall response was "
                                + facts.response().label().toLowerCase(Locale.ROOT) + ".");
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

    /** Opening and closing quotation marks that officers type around quoted words. */
    private static final String OPENING = "\"\u201C\u201E\u00AB\u300C\u300E";

    private static final String CLOSING = "\"\u201D\u201C\u00BB\u300D\u300F";

    /**
     * The text on one line, in one pair of quotation marks: when the officer already put the
     * whole text in quotation marks (straight, curly, guillemets or corner brackets), those take
     * the place of ours rather than doubling them. Marks inside the text stay as typed.
     */
    static String quoted(String text) {
        String line = oneLine(text);
        int pair = line.length() >= 2 ? OPENING.indexOf(line.charAt(0)) : -1;
        if (pair >= 0 && line.charAt(line.length() - 1) == CLOSING.charAt(pair)) {
            String inner = line.substring(1, line.length() - 1).strip();
            // "a" and "b" is two quotations, not one: only a single quotation loses its marks.
            if (!inner.isEmpty()
                    && inner.indexOf(OPENING.charAt(pair)) < 0
                    && inner.indexOf(CLOSING.charAt(pair)) < 0) {
                line = inner;
            }
        }
        return "\"" + line + "\"";
    }

    /** Text on one line: line breaks and runs of spaces become single spaces. */
    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
