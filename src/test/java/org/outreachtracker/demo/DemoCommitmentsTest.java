package org.outreachtracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.followup.CommitmentOutcome;
import org.outreachtracker.followup.CommitmentRef;
import org.outreachtracker.followup.CommitmentService;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.SystemAccess;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's host-government commitments: some kept, some partly, some not, and some due to check back on. */
@IntegrationTest
class DemoCommitmentsTest {

    @Autowired
    CommitmentService commitments;

    @Autowired
    ReferenceService reference;

    @Autowired
    SystemAccess systemAccess;

    @Test
    void everyOutcomeOccursAndSomeCommitmentsAreDue() {
        List<CommitmentRef> all = systemAccess.asUser(
                "manager",
                () -> reference.countries().stream()
                        .map(CountryRef::id)
                        .flatMap(country -> commitments.forCountry(country).stream())
                        .toList());
        Set<CommitmentOutcome> outcomes =
                all.stream().map(CommitmentRef::outcome).collect(Collectors.toSet());

        assertThat(outcomes).containsExactlyInAnyOrder(CommitmentOutcome.values());
        assertThat(systemAccess.asUser("manager", commitments::due)).isNotEmpty();
    }
}
