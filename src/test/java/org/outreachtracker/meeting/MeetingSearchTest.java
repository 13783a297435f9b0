package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.search.SearchIndexes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finding meetings: each filter narrows the list to the right meetings, free text finds whole
 * words (punctuation, patterns and SQL are only text), every sortable column sorts, and paging returns the asked-for slice with the total.
 * Seven meetings of two own campaigns share a unique word in their summaries, so the demo data
 * never shows up in the expectations.
 */
@IntegrationTest
@SignedInAs("officer")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingSearchTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    String word;
    String counterpartWord;
    CampaignDetails campaignA;
    CampaignDetails campaignB;
    CounterpartRef hiroshi;
    long m1;
    long m2;
    long m3;
    long m4;
    long m5;
    long m6;
    long m7;

    @BeforeAll
    void logMeetings() {
        outreach = new TestOutreach(context);
        // One word each: apart, the unique suffix's number would be a word of its own, which a
        // search for "1" or "100" below would find.
        word = TestOutreach.unique("zqxword").replaceAll("[ -]", "");
        counterpartWord = TestOutreach.unique("Hiroshi").replaceAll("[ -]", "");
        Set<Long> targets = outreach.countryIds("JP", "FR", "BR", "DE", "MX", "KR");
        campaignA = outreach.activeCampaign(120, targets);
        campaignB = outreach.activeCampaign(120, targets);
        hiroshi = outreach.counterpart("JP", counterpartWord);
        m1 = log(
                "officer",
                campaignA,
                "JP",
                10,
                OverallResponse.SUPPORTIVE,
                MeetingFormat.IN_PERSON,
                word + " Tokyo talk.",
                hiroshi);
        m2 = log("officer", campaignA, "FR", 20, null, MeetingFormat.CALL, word + " Paris call.", null);
        m3 = log(
                "officer2",
                campaignA,
                "BR",
                5,
                OverallResponse.REJECTED,
                MeetingFormat.VIDEO,
                word + " Brasilia video.",
                null);
        m4 = log(
                "manager",
                campaignB,
                "DE",
                30,
                OverallResponse.RECEPTIVE,
                MeetingFormat.DIPLOMATIC_NOTE,
                word + " Berlin note.",
                null);
        m5 = log(
                "manager",
                campaignB,
                "JP",
                2,
                null,
                MeetingFormat.MULTILATERAL_MARGINS,
                word + " Tokyo margins.",
                null);
        m6 = log(
                "officer2",
                campaignB,
                "MX",
                15,
                OverallResponse.SKEPTICAL,
                MeetingFormat.IN_PERSON,
                word + " They are 100% sure_thing, 'quoted' as said; ' or 1=1 -- was in the note.",
                null);
        m7 = log(
                "manager",
                campaignB,
                "KR",
                40,
                OverallResponse.NONCOMMITTAL,
                MeetingFormat.CALL,
                word + " They are 100x surexthing, quoted as said.",
                null);
    }

    @AfterAll
    void closeCampaigns() {
        outreach.closeCampaigns();
    }

    @Test
    void filterByCampaign() {
        assertThat(ids(filter().withCampaign(campaignA.id()))).containsExactlyInAnyOrder(m1, m2, m3);
        assertThat(ids(filter().withCampaign(campaignB.id()))).containsExactlyInAnyOrder(m4, m5, m6, m7);
        assertThat(ids(MeetingFilter.none().withCampaign(campaignA.id()))).containsExactlyInAnyOrder(m1, m2, m3);
    }

    @Test
    void filterByRegionalBureau() {
        long eastAsia = outreach.country("JP").bureauId();
        assertThat(ids(new MeetingFilter(null, eastAsia, null, null, null, false, null, null, word, null, null)))
                .containsExactlyInAnyOrder(m1, m5, m7);
    }

    @Test
    void filterByCountry() {
        assertThat(ids(filter().withCountry(outreach.countryId("JP")))).containsExactlyInAnyOrder(m1, m5);
    }

    @Test
    void filterByPost() {
        long paris = outreach.post("FR").id();
        assertThat(ids(new MeetingFilter(null, null, null, paris, null, false, null, null, word, null, null)))
                .containsExactly(m2);
    }

    @Test
    void filterByResponseOrPending() {
        assertThat(ids(new MeetingFilter(
                        null, null, null, null, OverallResponse.SUPPORTIVE, false, null, null, word, null, null)))
                .containsExactly(m1);
        assertThat(ids(new MeetingFilter(null, null, null, null, null, true, null, null, word, null, null)))
                .containsExactlyInAnyOrder(m2, m5);
        assertThat(ids(new MeetingFilter(
                        null, null, null, null, OverallResponse.REJECTED, true, null, null, word, null, null)))
                .as("a chosen response wins over 'pending only'")
                .containsExactly(m3);
    }

    @Test
    void filterByDateRangeWithBothEndsIncluded() {
        assertThat(ids(dates(outreach.daysAgo(20), outreach.daysAgo(5)))).containsExactlyInAnyOrder(m1, m2, m3, m6);
        assertThat(ids(dates(outreach.daysAgo(5), null))).containsExactlyInAnyOrder(m3, m5);
        assertThat(ids(dates(null, outreach.daysAgo(30)))).containsExactlyInAnyOrder(m4, m7);
    }

    @Test
    void filterByReporterAndCounterpart() {
        assertThat(ids(filter().withReporter(outreach.userId("officer2")))).containsExactlyInAnyOrder(m3, m6);
        assertThat(ids(filter().withCounterpart(hiroshi.id()))).containsExactly(m1);
    }

    @Test
    void freeTextMatchesTheSummaryOrACounterpartsNameInAnyCase() {
        assertThat(ids(filter())).containsExactlyInAnyOrder(m1, m2, m3, m4, m5, m6, m7);
        assertThat(ids(text(word.toUpperCase(java.util.Locale.ROOT) + " tokyo")))
                .containsExactlyInAnyOrder(m1, m5);
        assertThat(ids(text(counterpartWord.toLowerCase(java.util.Locale.ROOT))))
                .containsExactly(m1);
        assertThat(ids(text("  " + counterpartWord + "  ")))
                .as("surrounding blanks are ignored")
                .containsExactly(m1);
    }

    @Test
    void freeTextFindsTheSameMeetingsWhicheverWayTheListSearches() {
        // Rare words: one set of matching ids. Common ones: a page checks its rows one by one, in
        // list order; a count reads every match (as one set or one per kind, as the database prefers).
        MeetingQueries usual = context.getBean(MeetingQueries.class);
        MeetingQueries common = new MeetingQueries(
                context.getBean(JdbcClient.class),
                context.getBean(MeetingDays.class),
                SearchIndexes.everyWordCommon(context),
                MeetingQueries.DAY_START_FROM_OFFSET,
                usual.readsBureauFromFarEnd());
        Map<MeetingFilter, Long> filters = new LinkedHashMap<>();
        filters.put(filter(), 7L);
        filters.put(text(word + " tokyo"), 2L);
        filters.put(text(counterpartWord), 1L);
        filters.put(filter().withCampaign(campaignB.id()), 4L);
        filters.put(text("zzznothing" + word), 0L);
        filters.forEach((filter, expected) -> {
            List<Long> ids = pageIds(usual, filter);
            assertThat(ids)
                    .as(filter.text())
                    .hasSize(expected.intValue())
                    .containsExactlyElementsOf(pageIds(common, filter));
            assertThat(usual.count(filter)).as(filter.text()).isEqualTo(expected);
            assertThat(common.count(filter)).as(filter.text()).isEqualTo(expected);
        });
    }

    @Test
    void onlyACountOfCommonWordsIsSaidToTakeLong() {
        MeetingQueries usual = context.getBean(MeetingQueries.class);
        MeetingQueries common = new MeetingQueries(
                context.getBean(JdbcClient.class),
                context.getBean(MeetingDays.class),
                SearchIndexes.everyWordCommon(context),
                MeetingQueries.DAY_START_FROM_OFFSET,
                usual.readsBureauFromFarEnd());
        MeetingFilter noText = MeetingFilter.none().withCampaign(campaignB.id());

        assertThat(usual.countReadsManyMatches(filter())).as("a rare word").isFalse();
        assertThat(common.countReadsManyMatches(filter())).as("a common word").isTrue();
        assertThat(common.countReadsManyMatches(text(word + " tokyo"))).isTrue();
        assertThat(common.countReadsManyMatches(noText)).as("no words").isFalse();
        assertThat(common.countReadsManyMatches(text("  "))).as("blank").isFalse();
    }

    private static List<Long> pageIds(MeetingQueries queries, MeetingFilter filter) {
        return queries.page(filter, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "meetingDate")), -1).stream()
                .map(MeetingRow::id)
                .toList();
    }

    @Test
    void freeTextIsPlainTextNotAPatternOrSql() {
        long b = campaignB.id();
        long a = campaignA.id();
        assertThat(ids(text("100%").withCampaign(b))).containsExactly(m6);
        assertThat(ids(text("sure_thing").withCampaign(b))).containsExactly(m6);
        assertThat(ids(text("'quoted'").withCampaign(b)))
                .as("quotes are not part of a word")
                .containsExactlyInAnyOrder(m6, m7);
        assertThat(ids(text("' or 1=1 --").withCampaign(b))).containsExactly(m6);
        assertThat(ids(text("' or 1=1 --").withCampaign(a))).isEmpty();
        assertThat(ids(text("' or '1'='1").withCampaign(a))).isEmpty();
        assertThat(ids(text("%").withCampaign(a)))
                .as("%% matches a percent sign, not everything")
                .isEmpty();
        assertThat(ids(text("_").withCampaign(a)))
                .as("_ matches an underscore, not any character")
                .isEmpty();
        assertThat(ids(text("\\").withCampaign(a))).isEmpty();
        assertThat(ids(text("\"; drop table meeting; --").withCampaign(a))).isEmpty();
        assertThat(ids(filter().withCampaign(a))).as("the table is still there").hasSize(3);
    }

    @Test
    void rowsShowWhatTheListDisplays() {
        MeetingRow row = meetings.search(filter().withCounterpart(hiroshi.id()), Pageable.unpaged())
                .getContent()
                .getFirst();
        assertThat(row.id()).isEqualTo(m1);
        assertThat(row.meetingDate()).isEqualTo(outreach.daysAgo(10));
        assertThat(row.campaignTitle()).isEqualTo(campaignA.title());
        assertThat(row.countryName()).isEqualTo(outreach.country("JP").name());
        assertThat(row.bureauCode()).isEqualTo("EAP");
        assertThat(row.postName()).isEqualTo(outreach.post("JP").name());
        assertThat(row.counterparts()).isEqualTo(counterpartWord);
        assertThat(row.format()).isEqualTo(MeetingFormat.IN_PERSON);
        assertThat(row.overallResponse()).isEqualTo(OverallResponse.SUPPORTIVE);
        assertThat(row.reportedBy()).isEqualTo("Olivia Officer (demo)");
    }

    @Test
    void everySortableColumnSortsBothWays() {
        Map<String, Comparator<MeetingRow>> byKey = new LinkedHashMap<>();
        byKey.put("meetingDate", Comparator.comparing(MeetingRow::meetingDate));
        byKey.put("countryName", Comparator.comparing(MeetingRow::countryName));
        byKey.put("campaignTitle", Comparator.comparing(MeetingRow::campaignTitle));
        byKey.put("postName", Comparator.comparing(MeetingRow::postName));
        byKey.put(
                "overallResponse",
                Comparator.comparing(
                        (MeetingRow r) -> r.overallResponse() == null
                                ? null
                                : r.overallResponse().name(),
                        Comparator.nullsLast(Comparator.naturalOrder())));
        byKey.put("reportedBy", Comparator.comparing(MeetingRow::reportedBy));
        byKey.put("format", Comparator.comparing((MeetingRow r) -> r.format().name()));
        assertThat(byKey.keySet()).as("every sort key of the list").isEqualTo(MeetingQueries.SORT_COLUMNS.keySet());

        for (var entry : byKey.entrySet()) {
            List<MeetingRow> ascending = rows(Sort.by(Sort.Order.asc(entry.getKey())));
            List<MeetingRow> descending = rows(Sort.by(Sort.Order.desc(entry.getKey())));
            assertThat(ascending)
                    .as("ascending by " + entry.getKey())
                    .hasSize(7)
                    .isSortedAccordingTo(entry.getValue());
            assertThat(descending)
                    .as("descending by " + entry.getKey())
                    .hasSize(7)
                    .isSortedAccordingTo(entry.getValue().reversed());
            assertThat(entry.getValue().compare(ascending.getFirst(), descending.getFirst()))
                    .as("ascending and descending by " + entry.getKey() + " start at opposite ends")
                    .isNegative();
        }
    }

    @Test
    void withoutAKnownSortTheNewestMeetingsComeFirst() {
        List<Long> expected = List.of(m5, m3, m1, m6, m2, m4, m7);
        assertThat(rows(Sort.unsorted())).extracting(MeetingRow::id).containsExactlyElementsOf(expected);
        assertThat(rows(Sort.by("summary; drop table meeting")))
                .extracting(MeetingRow::id)
                .as("an unknown sort key is ignored")
                .containsExactlyElementsOf(expected);
    }

    @Test
    void pagingReturnsTheRequestedSliceAndTheTotal() {
        Sort byDate = Sort.by(Sort.Order.asc("meetingDate"));
        List<Long> all = rows(byDate).stream().map(MeetingRow::id).toList();
        assertThat(all).containsExactly(m7, m4, m2, m6, m1, m3, m5);

        Page<MeetingRow> first = meetings.search(filter(), PageRequest.of(0, 3, byDate));
        Page<MeetingRow> second = meetings.search(filter(), PageRequest.of(1, 3, byDate));
        Page<MeetingRow> last = meetings.search(filter(), PageRequest.of(2, 3, byDate));
        Page<MeetingRow> beyond = meetings.search(filter(), PageRequest.of(3, 3, byDate));

        assertThat(first.getContent()).extracting(MeetingRow::id).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(second.getContent()).extracting(MeetingRow::id).containsExactlyElementsOf(all.subList(3, 6));
        assertThat(last.getContent()).extracting(MeetingRow::id).containsExactlyElementsOf(all.subList(6, 7));
        assertThat(beyond.getContent()).isEmpty();
        assertThat(List.of(first, second, last)).allSatisfy(page -> {
            assertThat(page.getTotalElements()).isEqualTo(7);
            assertThat(page.getTotalPages()).isEqualTo(3);
        });
        assertThat(meetings.count(filter())).isEqualTo(7);
        assertThat(meetings.search(text("nothing matches " + word), PageRequest.of(0, 3))
                        .getTotalElements())
                .isZero();
    }

    private long log(
            String reporter,
            CampaignDetails campaign,
            String countryCode,
            int daysAgo,
            OverallResponse response,
            MeetingFormat format,
            String summary,
            CounterpartRef counterpart) {
        CounterpartRef met =
                counterpart != null ? counterpart : outreach.counterpart(countryCode, TestOutreach.unique("Official"));
        MeetingDraft d = outreach.meeting(
                campaign,
                countryCode,
                outreach.daysAgo(daysAgo),
                Set.of(met.id()),
                List.of(),
                response,
                summary,
                List.of());
        MeetingDraft draft = new MeetingDraft(
                d.campaignId(),
                d.countryId(),
                d.postId(),
                d.meetingDate(),
                format,
                d.deliveredBy(),
                d.counterpartIds(),
                d.raisedPoints(),
                d.overallResponse(),
                d.summary(),
                d.responseQuote(),
                d.handlingMarking(),
                d.followUps());
        return outreach.as(reporter, () -> meetings.log(draft));
    }

    /** The seven meetings of this test and nothing else. */
    private MeetingFilter filter() {
        return text(word);
    }

    private static MeetingFilter text(String text) {
        return new MeetingFilter(null, null, null, null, null, false, null, null, text, null, null);
    }

    private MeetingFilter dates(LocalDate from, LocalDate to) {
        return new MeetingFilter(null, null, null, null, null, false, from, to, word, null, null);
    }

    private List<Long> ids(MeetingFilter filter) {
        List<Long> ids = meetings.search(filter, Pageable.unpaged()).getContent().stream()
                .map(MeetingRow::id)
                .toList();
        assertThat(meetings.count(filter)).as("count agrees with the list").isEqualTo(ids.size());
        return ids;
    }

    private List<MeetingRow> rows(Sort sort) {
        return meetings.search(filter(), PageRequest.of(0, 50, sort)).getContent();
    }
}
