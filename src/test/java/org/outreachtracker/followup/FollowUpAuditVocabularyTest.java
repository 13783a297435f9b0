package org.outreachtracker.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChange;
import org.outreachtracker.audit.ui.AuditText;

/** Old follow-up events read with the follow-up's own labels; another record's status is not theirs to name. */
class FollowUpAuditVocabularyTest {

    private final FollowUpAuditVocabulary vocabulary = new FollowUpAuditVocabulary();

    @Test
    void aFollowUpsStoredStatusAndPriorityReadAsTheirLabels() {
        assertThat(AuditText.line(
                        AuditedObject.FOLLOW_UP, new FieldChange("status", "OPEN", "IN_PROGRESS"), vocabulary))
                .isEqualTo("Status: Open → In progress");
        assertThat(AuditText.line(AuditedObject.FOLLOW_UP, new FieldChange("priority", "LOW", "HIGH"), vocabulary))
                .isEqualTo("Priority: Low → High");
    }

    @Test
    void theStatusOfAnotherKindOfRecordIsLeftToItsOwnFeature() {
        assertThat(vocabulary.read(AuditedObject.CAMPAIGN, "status", "OPEN")).isNull();
    }
}
