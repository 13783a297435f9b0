package org.outreachtracker.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachtracker.meeting.DeliveredPoint;
import org.outreachtracker.meeting.MeetingFormat;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.Reaction;

/** The reporting-cable draft of a meeting, as an officer would paste it into the cable system. */
class CableDraftTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    @Test
    void aMeetingWithReactionsListsEachPointWithItsReactionAndTheCounterpartsWords() {
        var facts = new CableFacts(42, "SENSITIVE BUT UNCLASSIFIED", "Warning on AI model distillation", "STATE 012345",
                "Japan", "Embassy Tokyo", DAY, MeetingFormat.IN_PERSON, "Ambassador",
                List.of("Aiko Sato, Director-General, Ministry of Foreign Affairs"),
                List.of(new DeliveredPoint(1, 1, "Extraction at scale", "Models are being copied.", Reaction.AGREED),
                        new DeliveredPoint(2, 2, "Procurement caution", "Weigh the risks.", Reaction.PUSHED_BACK)),
                OverallResponse.RECEPTIVE, "The DG listened\nand asked for the briefing.",
                "We share the concern, but procurement is not our ministry's call.",
                List.of(new CableFacts.FollowUpLine("Send the technical briefing", "Olivia Officer", DAY.plusDays(7),
                        "Open")));

        String text = CableDraft.text(facts);

        assertThat(text).startsWith("SENSITIVE BUT UNCLASSIFIED\n\n").endsWith("SENSITIVE BUT UNCLASSIFIED\n");
        assertThat(text).contains("SUBJECT: JAPAN: Warning on AI model distillation — DÉMARCHE DELIVERED 5 MARCH 2026");
        assertThat(text).contains("REF: STATE 012345");
        assertThat(text).contains("1. SUMMARY: On 5 March 2026, Ambassador (Embassy Tokyo) delivered the démarche on"
                + " \"Warning on AI model distillation\" in person to Aiko Sato, Director-General, Ministry of Foreign"
                + " Affairs. The overall response was receptive. The DG listened and asked for the briefing. END SUMMARY.");
        assertThat(text).contains("2. POINTS DELIVERED AND REACTIONS:\n   A. Extraction at scale — reaction: agreed.\n"
                + "      Point as delivered: Models are being copied.\n   B. Procurement caution — reaction: pushed back.");
        assertThat(text).contains("3. RESPONSE: In the counterpart's words: \"We share the concern, but procurement is"
                + " not our ministry's call.\"");
        assertThat(text).contains("4. FOLLOW-UP:\n   - Send the technical briefing (Olivia Officer, due 12 March 2026,"
                + " open).");
        assertThat(text).contains("5. COMMENT: " + CableDraft.COMMENT_PLACEHOLDER);
        assertThat(CableDraft.fileName(facts)).isEqualTo("cable-draft-meeting-42.txt");
    }

    @Test
    void aMeetingWithoutReactionsSaysNoPointWasRecordedAndTheResponseIsPending() {
        var facts = new CableFacts(7, "UNCLASSIFIED", "Critical minerals", "", "Chile", "Embassy Santiago", DAY,
                MeetingFormat.DIPLOMATIC_NOTE, "", List.of(), List.of(), null, "", null, List.of());

        String text = CableDraft.text(facts);

        assertThat(text).doesNotContain("REF:");
        assertThat(text).contains("1. SUMMARY: On 5 March 2026, post officers (Embassy Santiago) delivered the démarche"
                + " on \"Critical minerals\" by diplomatic note. The overall response is pending. END SUMMARY.");
        assertThat(text).contains("2. POINTS DELIVERED AND REACTIONS:\n   No talking points were recorded as delivered.");
        assertThat(text).doesNotContain("RESPONSE: In the counterpart's words");
        assertThat(text).contains("3. FOLLOW-UP:\n   None recorded.");
        assertThat(text).contains("4. COMMENT:");
    }
}
