package org.outreachtracker.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which statuses count as "approached" on the dashboard and the desk, and what they read as. */
class CoverageStatusTest {

    @Test
    void onlyNotTargetedNotApproachedAndApproachedByAPartnerOnlyDoNotCountAsApproachedByUs() {
        assertThat(Arrays.stream(CoverageStatus.values()).filter(s -> !s.isApproached()))
                .containsExactly(
                        CoverageStatus.NOT_TARGETED,
                        CoverageStatus.NOT_APPROACHED,
                        CoverageStatus.APPROACHED_BY_PARTNER);
        assertThat(CoverageStatus.PENDING.isApproached())
                .as("approached, response pending")
                .isTrue();
        assertThat(CoverageStatus.REJECTED.isApproached()).isTrue();
    }

    @Test
    void labelsReadAsTheUserSeesThem() {
        assertThat(CoverageStatus.NOT_APPROACHED.label()).isEqualTo("Not yet approached");
        assertThat(CoverageStatus.PENDING.label()).isEqualTo("Approached — response pending");
    }
}
