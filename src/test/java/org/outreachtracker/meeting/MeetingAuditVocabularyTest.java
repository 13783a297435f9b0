package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChange;
import org.outreachtracker.audit.ui.AuditText;

/** Old meeting events (stored field names and constants) read with the meeting's own labels. */
class MeetingAuditVocabularyTest {

    private final MeetingAuditVocabulary vocabulary = new MeetingAuditVocabulary();

    @Test
    void aStoredFormatAndResponseReadAsTheirLabels() {
        assertThat(line("format", "IN_PERSON", "DIPLOMATIC_NOTE")).isEqualTo("Format: In person → Diplomatic note");
        assertThat(line("overallResponse", null, "SUPPORTIVE"))
                .isEqualTo("Overall response: (none) → " + OverallResponse.SUPPORTIVE.label());
    }

    @Test
    void raisedPointsReadAsNumberedPointsWithTheReaction() {
        assertThat(line(
                        "raisedPoints",
                        "[]",
                        "[PointRaised[talkingPointId=4, reaction=AGREED], "
                                + "PointRaised[talkingPointId=7, reaction=PUSHED_BACK]]"))
                .isEqualTo("Points raised: [] → talking point no. 4: Agreed; talking point no. 7: Pushed back");
    }

    @Test
    void valuesItDoesNotKnowAreShownAsStoredAndIdsAsNumbers() {
        assertThat(line("format", "TELEPATHY", "CALL")).isEqualTo("Format: TELEPATHY → Call");
        assertThat(line("countryId", "3", "5")).isEqualTo("Country: no. 3 → no. 5");
        assertThat(vocabulary.read(AuditedObject.MEETING, "summary", "IN_PERSON"))
                .isNull();
    }

    private String line(String field, String from, String to) {
        return AuditText.line(AuditedObject.MEETING, new FieldChange(field, from, to), vocabulary);
    }
}
