package org.outreachtracker.counterpart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Likely duplicates are found by how names are spelled, and a manager merges them: every meeting
 * moves to the record kept, the merged record keeps its history, and undoing puts every link back.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CounterpartMergeTest {

    @Autowired
    CounterpartService counterparts;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    CampaignDetails campaign;

    @BeforeAll
    void campaign() {
        outreach = new TestOutreach(context);
        campaign = outreach.activeCampaign(60, outreach.countryIds("PL"), "Merge point");
    }

    @AfterAll
    void closeCampaign() {
        outreach.closeCampaigns();
    }

    @Test
    void aMergeMovesEveryMeetingAndAnUndoPutsEachLinkBack() {
        String surname = TestOutreach.unique("Müller");
        CounterpartRef kept = person("Jürgen " + surname, "Director");
        CounterpartRef merged = person(surname.replace("ü", "u").toUpperCase() + " Jurgen", "Director-General");
        long onlyKept = meet(kept);
        long onlyMerged = meet(merged);
        long both = meet(kept, merged);
        String suffix = surname.substring(surname.indexOf(' ') + 1);

        assertThat(outreach.as("manager", () -> counterparts.possibleDuplicates()))
                .anySatisfy(
                        set -> assertThat(set).extracting(CounterpartRef::id).containsExactly(kept.id(), merged.id()));
        assertThat(outreach.as(
                        "officer",
                        () -> counterparts.likelyDuplicates(new CounterpartDraft(
                                "jurgen " + surname.replace("ü", "u"),
                                "",
                                "",
                                kept.countryId(),
                                CounterpartLevel.OTHER))))
                .extracting(CounterpartRef::id)
                .containsExactly(kept.id(), merged.id());

        long versionBefore = outreach.as("officer", () -> meetings.meeting(onlyMerged))
                .orElseThrow()
                .version();
        CounterpartDraft chosen =
                new CounterpartDraft(kept.name(), merged.title(), kept.organization(), kept.countryId(), kept.level());
        CounterpartMergeRef merge = outreach.as(
                "manager", () -> counterparts.merge(kept.id(), kept.version(), merged.id(), merged.version(), chosen));

        assertThat(merge.meetingsMoved()).isEqualTo(2);
        assertThat(outreach.as("officer", () -> meetings.meeting(onlyMerged))
                        .orElseThrow()
                        .version())
                .as("a form opened before the merge is told the meeting changed")
                .isGreaterThan(versionBefore);
        assertThat(met(onlyKept)).containsExactly(kept.id());
        assertThat(met(onlyMerged)).containsExactly(kept.id());
        assertThat(met(both)).containsExactly(kept.id());
        assertThat(outreach.as("officer", () -> counterparts.counterpart(kept.id()))
                        .orElseThrow()
                        .title())
                .isEqualTo("Director-General");
        assertThat(outreach.as("officer", () -> counterparts.count(new CounterpartFilter(suffix, null, null))))
                .isEqualTo(1);
        assertThat(outreach.as("officer", () -> counterparts.merges(merged.id())))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.survivorId()).isEqualTo(kept.id());
                    assertThat(m.undone()).isFalse();
                });
        assertThat(outreach.as("manager", () -> counterparts.possibleDuplicates()))
                .noneSatisfy(
                        set -> assertThat(set).extracting(CounterpartRef::id).contains(kept.id()));

        outreach.as("manager", () -> counterparts.undoMerge(merge.id()));

        assertThat(met(onlyKept)).containsExactly(kept.id());
        assertThat(met(onlyMerged)).containsExactly(merged.id());
        assertThat(met(both)).containsExactlyInAnyOrder(kept.id(), merged.id());
        assertThat(outreach.as("officer", () -> counterparts.counterpart(kept.id()))
                        .orElseThrow()
                        .title())
                .isEqualTo("Director");
        assertThat(outreach.as("officer", () -> counterparts.count(new CounterpartFilter(suffix, null, null))))
                .isEqualTo(2);
        assertThatThrownBy(() -> outreach.as("manager", () -> counterparts.undoMerge(merge.id())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This merge has already been undone.");
    }

    @Test
    void mergingARecordWithItselfOrADeletedOneIsRefusedAndAMergedRecordIsNotRestoredAlone() {
        CounterpartRef one = person(TestOutreach.unique("Anna Nowak"), "Director");
        CounterpartRef other = person(one.name(), "Adviser");
        CounterpartDraft chosen = one.toDraft();

        assertThatThrownBy(() -> outreach.as(
                        "manager", () -> counterparts.merge(one.id(), one.version(), one.id(), one.version(), chosen)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Choose two different counterparts to merge.");

        outreach.as("manager", () -> counterparts.delete(other.id(), other.version()));
        long deletedVersion = outreach.as("manager", () -> counterparts.counterpart(other.id()))
                .orElseThrow()
                .version();
        assertThatThrownBy(() -> outreach.as(
                        "manager",
                        () -> counterparts.merge(one.id(), one.version(), other.id(), deletedVersion, chosen)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("A deleted counterpart cannot be merged.");
        assertThat(outreach.as("officer", () -> counterparts.counterpart(one.id()))
                        .orElseThrow())
                .isEqualTo(one);

        outreach.as("manager", () -> counterparts.restore(other.id(), deletedVersion));
        CounterpartRef restored = outreach.as("manager", () -> counterparts.counterpart(other.id()))
                .orElseThrow();
        outreach.as(
                "manager",
                () -> counterparts.merge(one.id(), one.version(), restored.id(), restored.version(), chosen));
        long mergedVersion = outreach.as("manager", () -> counterparts.counterpart(other.id()))
                .orElseThrow()
                .version();
        assertThatThrownBy(() -> outreach.as("manager", () -> counterparts.restore(other.id(), mergedVersion)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("This counterpart was merged into another.");
    }

    private CounterpartRef person(String name, String title) {
        long poland = outreach.countryId("PL");
        return outreach.as(
                "manager",
                () -> counterparts.create(new CounterpartDraft(
                        name, title, "Ministry of Digital Affairs", poland, CounterpartLevel.SENIOR_OFFICIAL)));
    }

    private long meet(CounterpartRef... people) {
        Set<Long> ids = Arrays.stream(people).map(CounterpartRef::id).collect(Collectors.toSet());
        return outreach.as(
                "officer",
                () -> meetings.log(outreach.meeting(
                        campaign,
                        "PL",
                        outreach.daysAgo(5),
                        ids,
                        List.of(),
                        OverallResponse.RECEPTIVE,
                        "Met about the merge.",
                        List.of())));
    }

    private Set<Long> met(long meetingId) {
        return outreach.as("officer", () -> meetings.meeting(meetingId))
                .orElseThrow()
                .counterpartIds();
    }
}
