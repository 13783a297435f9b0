package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreachtracker.ManagerIntegrationTest;
import org.outreachtracker.campaign.CampaignDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Paging the meetings list: a page in the second half of the list is read from its other end
 * when the total is known (MeetingQueries), and a grid's page is read without counting again;
 * whichever way it is read, page after page shows exactly the rows of the whole list in order,
 * none twice, none missing, in every order the list can be sorted by, with or without filters
 * (a bureau filter included). The count without a filter (the live meetings of every day)
 * leaves deleted meetings out.
 */
class MeetingPagingTest extends ManagerIntegrationTest {

    @Autowired
    MeetingService meetings;

    long demoCampaign;

    @BeforeAll
    void findDemoCampaign() {
        demoCampaign = outreach.demoCampaignId();
    }

    @Test
    void pageAfterPageShowsTheWholeListInOrderWhicheverEndAPageIsReadFrom() {
        List<Sort> sorts = List.of(
                Sort.by(Sort.Direction.DESC, "meetingDate"),
                Sort.by(Sort.Direction.ASC, "meetingDate"),
                Sort.by(Sort.Order.asc("countryName"), Sort.Order.desc("meetingDate")),
                Sort.by(Sort.Direction.ASC, "overallResponse"),
                Sort.by(Sort.Direction.DESC, "reportedBy"),
                Sort.by(Sort.Order.asc("campaignTitle"), Sort.Order.asc("postName"), Sort.Order.desc("format")));
        long europe = outreach.country("FR").bureauId();
        List<MeetingFilter> filters = List.of(
                MeetingFilter.none(),
                MeetingFilter.none().withCampaign(demoCampaign),
                new MeetingFilter(
                        demoCampaign,
                        europe,
                        null,
                        null,
                        OverallResponse.RECEPTIVE,
                        false,
                        null,
                        null,
                        null,
                        null,
                        null),
                new MeetingFilter(null, europe, null, null, null, false, null, null, null, null, null));
        for (MeetingFilter filter : filters) {
            for (Sort sort : sorts) {
                List<Long> whole =
                        ids(meetings.search(filter, Pageable.unpaged(sort)).getContent());
                assertThat(whole).as("the whole list").isNotEmpty().doesNotHaveDuplicates();
                assertThat(meetings.count(filter)).isEqualTo(whole.size());
                for (int size : new int[] {7, 50}) {
                    List<Long> counted = new ArrayList<>();
                    List<Long> told = new ArrayList<>();
                    List<Long> uncounted = new ArrayList<>();
                    for (int page = 0; page * size < whole.size(); page++) {
                        PageRequest request = PageRequest.of(page, size, sort);
                        counted.addAll(ids(meetings.search(filter, request).getContent()));
                        told.addAll(ids(meetings.page(filter, request, whole.size())));
                        uncounted.addAll(ids(meetings.page(filter, request, -1)));
                    }
                    assertThat(counted)
                            .as(sort + ", pages of " + size + " read from either end")
                            .isEqualTo(whole);
                    assertThat(told)
                            .as(sort + ", grid pages of " + size + " told the total")
                            .isEqualTo(whole);
                    assertThat(uncounted)
                            .as(sort + ", grid pages of " + size + " read forwards")
                            .isEqualTo(whole);
                }
                int beyond = (whole.size() / 7 + 1);
                assertThat(meetings.search(filter, PageRequest.of(beyond, 7, sort))
                                .getContent())
                        .isEmpty();
            }
        }
    }

    @Test
    void theCountWithoutAFilterLeavesDeletedMeetingsOut() {
        CampaignDetails campaign = outreach.activeCampaign(10, outreach.countryIds("FR"));
        long before = meetings.count(MeetingFilter.none());
        long id = meetings.log(outreach.simpleMeeting(campaign, "FR", outreach.daysAgo(1), null, "To be deleted."));
        assertThat(meetings.count(MeetingFilter.none())).isEqualTo(before + 1);

        meetings.delete(id, meetings.meeting(id).orElseThrow().version());

        assertThat(meetings.count(MeetingFilter.none())).isEqualTo(before);
        assertThat(ids(meetings.search(MeetingFilter.none(), Pageable.unpaged()).getContent()))
                .hasSize((int) before)
                .doesNotContain(id);
        meetings.restore(
                id,
                meetings.deleted(PageRequest.of(0, 100)).getContent().stream()
                        .filter(d -> d.id() == id)
                        .findFirst()
                        .orElseThrow()
                        .version());
        assertThat(meetings.count(MeetingFilter.none())).isEqualTo(before + 1);
        assertThat(Set.copyOf(ids(
                        meetings.page(MeetingFilter.none().withCampaign(campaign.id()), PageRequest.of(0, 50), -1))))
                .containsExactly(id);
    }

    private static List<Long> ids(List<MeetingRow> rows) {
        return rows.stream().map(MeetingRow::id).toList();
    }
}
