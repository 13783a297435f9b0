package org.outreachtracker.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommitmentOutcomeTest {

    @Test
    void onlyAnOpenCommitmentStillNeedsCheckingBack() {
        assertThat(CommitmentOutcome.OPEN.isOpen()).isTrue();
        assertThat(CommitmentOutcome.KEPT.isOpen()).isFalse();
        assertThat(CommitmentOutcome.PARTLY_KEPT.isOpen()).isFalse();
        assertThat(CommitmentOutcome.NOT_KEPT.isOpen()).isFalse();
    }

    @Test
    void outcomesReadAsPlainWords() {
        assertThat(CommitmentOutcome.PARTLY_KEPT.label()).isEqualTo("Partly kept");
        assertThat(CommitmentOutcome.NOT_KEPT.label()).isEqualTo("Not kept");
    }
}
