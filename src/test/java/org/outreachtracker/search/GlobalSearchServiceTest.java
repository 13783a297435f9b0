package org.outreachtracker.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.SignedInAs;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.followup.CommitmentDraft;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Global search as an officer uses it: one word finds the meeting, its follow-up and its
 * commitment; names are found in any script and without their accents; deleted records are not
 * found; odd input gets an answer or a clear message.
 */
@IntegrationTest
@SignedInAs("officer")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GlobalSearchServiceTest {

    @Autowired
    GlobalSearchService search;

    @Autowired
    MeetingService meetings;

    @Autowired
    FullTextEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    String word;
    String tag;
    CampaignDetails campaign;
    CounterpartRef mueller;
    CounterpartRef wangWei;
    CounterpartRef mohammed;
    long meetingId;

    @BeforeAll
    void logAMeeting() {
        outreach = new TestOutreach(context);
        // Letters only: a word that no demo record holds.
        tag = letters(System.nanoTime());
        word = "zq" + tag;
        campaign = outreach.activeCampaign(30, outreach.countryIds("DE", "CN", "EG"));
        mueller = outreach.counterpart("DE", "Jürgen Müller " + tag);
        wangWei = outreach.counterpart("CN", "王伟");
        mohammed = outreach.counterpart("EG", "محمد عبد الله " + tag);
        MeetingDraft draft = outreach.meeting(
                        campaign,
                        "DE",
                        outreach.daysAgo(2),
                        Set.of(mueller.id()),
                        List.of(),
                        OverallResponse.RECEPTIVE,
                        "Raised the distillation of proprietary models; " + word + " was the host's own term.",
                        List.of(new FollowUpDraft(
                                "Send the " + word + " non-paper to the ministry",
                                outreach.userId("officer"),
                                outreach.daysAgo(-10),
                                Priority.HIGH)))
                .withCommitments(List.of(new CommitmentDraft(
                        "Will brief the minister on " + word, outreach.userId("officer"), outreach.daysAgo(-20))));
        meetingId = outreach.as("officer", () -> meetings.log(draft));
    }

    @AfterAll
    void closeCampaigns() {
        outreach.closeCampaigns();
    }

    @Test
    void oneWordFindsTheMeetingItsFollowUpAndItsCommitmentWithHighlightedSnippets() {
        SearchResults results = search.search(word);

        assertThat(results.empty()).isFalse();
        assertThat(results.groups())
                .extracting(SearchGroup::kind)
                .containsExactly(SearchKind.MEETING, SearchKind.FOLLOW_UP, SearchKind.COMMITMENT);
        SearchHit meeting = results.groups().getFirst().hits().getFirst();
        assertThat(meeting.recordId()).isEqualTo(meetingId);
        assertThat(meeting.link()).isEqualTo("meetings/" + meetingId);
        assertThat(meeting.title().text()).contains("Germany");
        assertThat(meeting.snippet().parts())
                .filteredOn(Snippet.Part::match)
                .extracting(Snippet.Part::text)
                .containsExactly(word);
        assertThat(meeting.snippet().text()).contains("distillation of proprietary models");
        SearchHit followUp = results.groups().get(1).hits().getFirst();
        assertThat(followUp.link()).isEqualTo("meetings/" + meetingId);
        assertThat(followUp.title().text()).isEqualTo("Follow-up · Germany · Olivia Officer (demo)");
        assertThat(meeting.title().text())
                .as("the campaign's words are not the meeting's")
                .isEqualTo("Germany · " + outreach.post("DE").name());
        assertThat(results.groups().get(2).hits().getFirst().snippet().text())
                .isEqualTo("Will brief the minister on " + word);
    }

    @Test
    void namesAreFoundWithoutAccentsAndInTheirOwnScript() {
        assertThat(hits("muller " + tag, SearchKind.COUNTERPART)).containsExactly(mueller.id());
        assertThat(hits("MÜLLER " + tag, SearchKind.COUNTERPART)).containsExactly(mueller.id());
        assertThat(hits("juergen " + tag, SearchKind.COUNTERPART))
                .as("ü typed as ue is another word")
                .isEmpty();
        assertThat(hits("王伟", SearchKind.COUNTERPART)).contains(wangWei.id());
        assertThat(hits("wang wei", SearchKind.COUNTERPART))
                .as("the name written in Latin letters finds it too")
                .contains(wangWei.id());
        assertThat(hits("محمد " + tag, SearchKind.COUNTERPART)).containsExactly(mohammed.id());
        assertThat(hits(tag + " -muller", SearchKind.COUNTERPART))
                .as("a word written -word must not appear")
                .containsExactly(mohammed.id());
    }

    @Test
    void orOffersAlternatives() {
        assertThat(hits(word + " or " + tag, SearchKind.MEETING)).containsExactly(meetingId);
        assertThat(hits("zzznothing" + tag + " or " + tag, SearchKind.COUNTERPART))
                .containsExactlyInAnyOrder(mueller.id(), mohammed.id());
    }

    @Test
    void checkingRowByRowFindsWhatTheIndexFinds() {
        // With every word counted as common, lists check their rows one by one.
        FullTextEngine rowByRow = SearchIndexes.everyWordCommonEngine(context);
        assertThat(rowByRow.selective(SearchKind.MEETING, SearchQuery.parse(word)))
                .isFalse();
        assertThat(engine.selective(SearchKind.MEETING, SearchQuery.parse(word)))
                .as("a word one meeting holds is rare")
                .isTrue();
        for (String text :
                List.of(word, word + " -distillation", "zzznothing" + tag + " or " + word, "zzznothing" + tag)) {
            SearchQuery query = SearchQuery.parse(text);
            Map<String, Object> parameters = new HashMap<>();
            String condition = rowByRow.rowMatches(SearchKind.MEETING, query, "m.id", "r", parameters);
            List<Long> checked = jdbc.sql("select m.id from meeting m where " + condition)
                    .params(parameters)
                    .query(Long.class)
                    .list();
            assertThat(checked)
                    .as(text)
                    .containsExactlyInAnyOrderElementsOf(engine.newest(SearchKind.MEETING, query, 1_000));
        }
        assertThat(engine.newest(SearchKind.MEETING, SearchQuery.parse(word), 1_000))
                .containsExactly(meetingId);
    }

    @Test
    void aDeletedMeetingIsNotFoundAndARestoredOneIsAgain() {
        String other = word + "x";
        long id = outreach.as(
                "officer",
                () -> meetings.log(outreach.simpleMeeting(
                        campaign, "DE", outreach.daysAgo(1), OverallResponse.RECEPTIVE, "Short call; " + other + ".")));
        assertThat(hits(other, SearchKind.MEETING)).containsExactly(id);

        long version = meetings.meeting(id).orElseThrow().version();
        meetings.delete(id, version);
        assertThat(hits(other, SearchKind.MEETING)).isEmpty();

        outreach.as("manager", () -> meetings.restore(id, version + 1));
        assertThat(hits(other, SearchKind.MEETING)).containsExactly(id);
    }

    @Test
    void oddInputGetsAnAnswerOrAClearMessage() {
        for (String odd : List.of("%", "_", "\\", "\"", "the of and")) {
            assertThat(search.search(odd).nothingFound()).as(odd).isTrue();
        }
        assertThat(hits("' " + word + " --", SearchKind.MEETING))
                .as("quotes and dashes are only text")
                .containsExactly(meetingId);
        assertThat(hits(word + " \"; drop table meeting; --", SearchKind.MEETING))
                .isEmpty();
        assertThat(hits(word, SearchKind.MEETING))
                .as("the table is still there")
                .containsExactly(meetingId);
        assertThat(search.search("%_\\").empty()).as("nothing searchable").isTrue();
        assertThat(search.search("Müller 王伟 محمد " + tag + " \"" + word).nothingFound())
                .as("mixed scripts and an open quote are read, not refused")
                .isTrue();
        assertThatThrownBy(() -> search.search("x".repeat(10_000)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage(
                        "Search for at most 500 characters; this search has 10000. Use the few words that matter most.");
        assertThatThrownBy(() -> search.search("a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14 o15 p16 q17"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("Search with at most 16 words; this search has 17.");
    }

    private List<Long> hits(String text, SearchKind kind) {
        return search.search(text).groups().stream()
                .filter(group -> group.kind() == kind)
                .flatMap(group -> group.hits().stream())
                .map(SearchHit::recordId)
                .toList();
    }

    private static String letters(long number) {
        StringBuilder letters = new StringBuilder();
        for (long n = number; n > 0; n /= 26) {
            letters.append((char) ('a' + n % 26));
        }
        return letters.toString();
    }
}
