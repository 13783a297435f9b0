package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reporting-cable draft of a meeting, as an officer would paste it into the cable system. */
class CableDraftTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    @Test
    void namesAndWordsInAnyScriptReachTheDraftIntact() {
        var facts = new CableFacts(
                43,
                "UNCLASSIFIED",
                "关于人工智能模型蒸馏的警告",
                "",
                "Egypt",
                "Embassy Cairo",
                DAY,
                MeetingFormat.IN_PERSON,
                "Ambassador",
                List.of("محمد عبد الله, مدير إدارة, وزارة الخارجية", "王小明"),
                List.of(new DeliveredPoint(1, 1, "استخراج النماذج", "نص النقطة", Reaction.AGREED)),
                OverallResponse.RECEPTIVE,
                "استمع المدير باهتمام.",
                "نحن نشارككم القلق.",
                List.of());

        String text = CableDraft.text(facts);

        assertThat(text)
                .contains("SUBJECT: EGYPT: 关于人工智能模型蒸馏的警告 — DÉMARCHE DELIVERED 5 MARCH 2026")
                .contains("محمد عبد الله, مدير إدارة, وزارة الخارجية")
                .contains("王小明")
                .contains("A. استخراج النماذج — reaction: agreed.")
                .contains("استمع المدير باهتمام.")
                .contains("\"نحن نشارككم القلق.\"");
    }

    @Test
    void aMeetingWithReactionsListsEachPointWithItsReactionAndTheCounterpartsWords() {
        var facts = new CableFacts(
                42,
                "SENSITIVE BUT UNCLASSIFIED",
                "Warning on AI model distillation",
                "STATE 012345",
                "Japan",
                "Embassy Tokyo",
                DAY,
                MeetingFormat.IN_PERSON,
                "Ambassador",
                List.of("Aiko Sato, Director-General, Ministry of Foreign Affairs"),
                List.of(
                        new DeliveredPoint(1, 1, "Extraction at scale", "Models are being copied.", Reaction.AGREED),
                        new DeliveredPoint(2, 2, "Procurement caution", "Weigh the risks.", Reaction.PUSHED_BACK)),
                OverallResponse.RECEPTIVE,
                "The DG listened\nand asked for the briefing.",
                "We share the concern, but procurement is not our ministry's call.",
                List.of(new CableFacts.FollowUpLine(
                        "Send the technical briefing", "Olivia Officer", DAY.plusDays(7), "Open")));

        String text = CableDraft.text(facts);

        assertThat(text).startsWith("SENSITIVE BUT UNCLASSIFIED\n\n").endsWith("SENSITIVE BUT UNCLASSIFIED\n");
        assertThat(text).contains("SUBJECT: JAPAN: Warning on AI model distillation — DÉMARCHE DELIVERED 5 MARCH 2026");
        assertThat(text).contains("REF: STATE 012345");
        assertThat(text)
                .contains(
                        "1. SUMMARY: On 5 March 2026, Ambassador (Embassy Tokyo) delivered the démarche on"
                                + " \"Warning on AI model distillation\" in person to Aiko Sato, Director-General, Ministry of Foreign"
                                + " Affairs. The overall response was receptive. The DG listened and asked for the briefing. END SUMMARY.");
        assertThat(text)
                .contains(
                        "2. POINTS DELIVERED AND REACTIONS:\n   A. Extraction at scale — reaction: agreed.\n"
                                + "      Point as delivered: Models are being copied.\n   B. Procurement caution — reaction: pushed back.");
        assertThat(text)
                .contains("3. RESPONSE: In the counterpart's words: \"We share the concern, but procurement is"
                        + " not our ministry's call.\"");
        assertThat(text)
                .contains("4. FOLLOW-UP:\n   - Send the technical briefing (Olivia Officer, due 12 March 2026,"
                        + " open).");
        assertThat(text).contains("5. COMMENT: " + CableDraft.COMMENT_PLACEHOLDER);
        assertThat(CableDraft.fileName(facts)).isEqualTo("cable-draft-meeting-42.txt");
    }

    @Test
    void aMeetingWithoutReactionsSaysNoPointWasRecordedAndTheResponseIsPending() {
        var facts = new CableFacts(
                7,
                "UNCLASSIFIED",
                "Critical minerals",
                "",
                "Chile",
                "Embassy Santiago",
                DAY,
                MeetingFormat.DIPLOMATIC_NOTE,
                "",
                List.of(),
                List.of(),
                null,
                "",
                null,
                List.of());

        String text = CableDraft.text(facts);

        assertThat(text).doesNotContain("REF:");
        assertThat(text)
                .contains(
                        "1. SUMMARY: On 5 March 2026, post officers (Embassy Santiago) delivered the démarche"
                                + " on \"Critical minerals\" by diplomatic note. The overall response is pending. END SUMMARY.");
        assertThat(text)
                .contains("2. POINTS DELIVERED AND REACTIONS:\n   No talking points were recorded as delivered.");
        assertThat(text).doesNotContain("RESPONSE: In the counterpart's words");
        assertThat(text).contains("3. FOLLOW-UP:\n   None recorded.");
        assertThat(text).contains("4. COMMENT:");
    }

    @Test
    void quotationMarksTheOfficerTypedAreNotDoubled() {
        for (String typed : List.of(
                "\"We share the concern.\"",
                "\u201CWe share the concern.\u201D",
                "  \u201CWe share the concern.\u201D  ",
                "We share the concern.")) {
            String text = CableDraft.text(facts("Warning on AI model distillation", typed));
            assertThat(text).as(typed).contains("RESPONSE: In the counterpart's words: \"We share the concern.\"\n");
        }
        // Quotation marks inside the words stay as typed.
        String inner = CableDraft.text(
                facts("\u201CDistillation\u201D warning", "He called it \"theft\" and \u201Cunfair\u201D."));
        assertThat(inner)
                .contains("RESPONSE: In the counterpart's words: \"He called it \"theft\" and \u201Cunfair\u201D.\"\n");
        assertThat(inner).contains("delivered the d\u00e9marche on \"\u201CDistillation\u201D warning\"");
        assertThat(CableDraft.text(facts("t", "\"Theft\" and \"unfair\", he said")))
                .contains("words: \"\"Theft\" and \"unfair\", he said\"\n");
        assertThat(CableDraft.text(facts("\"Distillation\"", "x")))
                .contains("delivered the d\u00e9marche on \"Distillation\"")
                .contains("SUBJECT: JAPAN: \"Distillation\" \u2014");
    }

    @Test
    void invisibleCharactersTypedIntoNamesOrTheSummaryAreShownAsMarks() {
        var facts = new CableFacts(
                11,
                "UNCLASSIFIED",
                "Warning",
                "",
                "Japan",
                "Embassy Tokyo",
                DAY,
                MeetingFormat.CALL,
                "Ambassador",
                List.of("Aiko\u200B Sato, Director\u202Eetaroirtsim, Ministry"),
                List.of(),
                OverallResponse.RECEPTIVE,
                "Agreed\u2066 to\u2069 follow up",
                "We\uFEFF agree",
                List.of());

        String text = CableDraft.text(facts);

        assertThat(text)
                .contains("to Aiko[U+200B] Sato, Director[U+202E]etaroirtsim, Ministry.")
                .contains("Agreed[U+2066] to[U+2069] follow up.")
                .contains("\"We[U+FEFF] agree\"");
        assertThat(text.codePoints()).noneMatch(c -> Character.getType(c) == Character.FORMAT);
    }

    private static CableFacts facts(String campaignTitle, String quote) {
        return new CableFacts(
                9,
                "UNCLASSIFIED",
                campaignTitle,
                "",
                "Japan",
                "Embassy Tokyo",
                DAY,
                MeetingFormat.CALL,
                "Ambassador",
                List.of(),
                List.of(),
                OverallResponse.RECEPTIVE,
                "",
                quote,
                List.of());
    }
}
