package org.outreachtracker.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.outreachtracker.ManagerIntegrationTest;
import org.outreachtracker.TestCounts;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.meeting.MeetingDetails;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingDraft.PointRaised;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.Reaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reactions per talking point ({@link ReactionCounts}, kept by coverage from the meeting
 * feature's events) stay equal to the raised points of the live meetings whatever happens to a
 * meeting: logged, its reactions and points changed, moved to another campaign, deleted, restored.
 */
class ReactionCountsTest extends ManagerIntegrationTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCountsFollowEveryChangeOfAMeetingsPoints() {
        assertThat(counted()).as("the demo data").isEqualTo(raisedInLiveMeetings());
        CampaignDetails campaign = outreach.activeCampaign(30, outreach.countryIds("FR"), "Alpha", "Beta", "Gamma");
        CampaignDetails other = outreach.activeCampaign(30, outreach.countryIds("FR"), "Other");
        long alpha = campaign.points().get(0).id();
        long beta = campaign.points().get(1).id();
        long gamma = campaign.points().get(2).id();

        long first = meetings.log(withPoints(
                campaign, List.of(new PointRaised(alpha, Reaction.AGREED), new PointRaised(beta, Reaction.NOTED))));
        long second = meetings.log(withPoints(campaign, List.of(new PointRaised(alpha, Reaction.AGREED))));
        assertThat(counted())
                .isEqualTo(raisedInLiveMeetings())
                .containsEntry(alpha + " AGREED", 2L)
                .containsEntry(beta + " NOTED", 1L);

        MeetingDetails changed = meetings.meeting(first).orElseThrow();
        meetings.update(
                first,
                changed.version(),
                withPoints(
                        changed.toDraft(),
                        campaign.id(),
                        List.of(
                                new PointRaised(alpha, Reaction.PUSHED_BACK),
                                new PointRaised(gamma, Reaction.RECEPTIVE))));
        assertThat(counted())
                .isEqualTo(raisedInLiveMeetings())
                .containsEntry(alpha + " AGREED", 1L)
                .containsEntry(alpha + " PUSHED_BACK", 1L)
                .containsEntry(gamma + " RECEPTIVE", 1L)
                .doesNotContainKey(beta + " NOTED");

        MeetingDetails moved = meetings.meeting(second).orElseThrow();
        meetings.update(
                second,
                moved.version(),
                withPoints(
                        moved.toDraft(),
                        other.id(),
                        List.of(new PointRaised(other.points().getFirst().id(), Reaction.ASKED_FOR_MORE))));
        assertThat(counted())
                .as("moved to another campaign")
                .isEqualTo(raisedInLiveMeetings())
                .doesNotContainKey(alpha + " AGREED");

        meetings.delete(first, meetings.meeting(first).orElseThrow().version());
        assertThat(counted()).as("deleted").isEqualTo(raisedInLiveMeetings()).doesNotContainKey(gamma + " RECEPTIVE");
        long version = meetings.deleted(PageRequest.of(0, 100)).getContent().stream()
                .filter(d -> d.id() == first)
                .findFirst()
                .orElseThrow()
                .version();
        meetings.restore(first, version);
        assertThat(counted()).as("restored").isEqualTo(raisedInLiveMeetings()).containsEntry(gamma + " RECEPTIVE", 1L);
    }

    private MeetingDraft withPoints(CampaignDetails campaign, List<PointRaised> raised) {
        MeetingDraft simple = outreach.simpleMeeting(campaign, "FR", outreach.daysAgo(3), null, "Points raised.");
        return withPoints(simple, campaign.id(), raised);
    }

    private static MeetingDraft withPoints(MeetingDraft draft, long campaignId, List<PointRaised> raised) {
        return new MeetingDraft(
                campaignId,
                draft.countryId(),
                draft.postId(),
                draft.meetingDate(),
                draft.format(),
                draft.deliveredBy(),
                Set.copyOf(draft.counterpartIds()),
                raised,
                draft.overallResponse(),
                draft.summary(),
                draft.responseQuote(),
                draft.handlingMarking(),
                List.of());
    }

    private Map<String, Long> counted() {
        return TestCounts.of(
                jdbc.sql("select talking_point_id, reaction, meetings from point_reaction_count where meetings > 0"));
    }

    private Map<String, Long> raisedInLiveMeetings() {
        return TestCounts.of(jdbc.sql("""
                        select mp.talking_point_id, mp.reaction, count(*) from meeting_point mp
                        join meeting m on m.id = mp.meeting_id where m.deleted_at is null
                        group by mp.talking_point_id, mp.reaction"""));
    }
}
