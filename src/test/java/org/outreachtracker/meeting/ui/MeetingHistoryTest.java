package org.outreachtracker.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.meeting.MeetingDetails;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingFormat;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.Reaction;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The change history on a meeting's page reads as the meeting did: names, labels, the author's name. */
@IntegrationTest
class MeetingHistoryTest extends SpringBrowserlessTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    AuditService audit;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void theHistoryShowsNamesAndLabelsAndWhoByName() {
        var outreach = new TestOutreach(context);
        CampaignDetails campaign = outreach.activeCampaign(30, outreach.countryIds("JP"), "Weights stay home");
        try {
            CounterpartRef met = outreach.counterpart("JP", TestOutreach.unique("Haruto History"));
            long pointId = campaign.points().getFirst().id();
            long id = outreach.as(
                    "officer",
                    () -> meetings.log(outreach.meeting(
                            campaign,
                            "JP",
                            outreach.daysAgo(3),
                            Set.of(met.id()),
                            List.of(new MeetingDraft.PointRaised(pointId, Reaction.ASKED_FOR_MORE)),
                            OverallResponse.RECEPTIVE,
                            "Heard us out.",
                            List.of())));
            MeetingDetails logged =
                    outreach.as("officer", () -> meetings.meeting(id).orElseThrow());
            MeetingDraft draft = logged.toDraft();
            outreach.as(
                    "officer",
                    () -> meetings.update(
                            id,
                            logged.version(),
                            new MeetingDraft(
                                    draft.campaignId(),
                                    draft.countryId(),
                                    draft.postId(),
                                    draft.meetingDate(),
                                    MeetingFormat.VIDEO,
                                    draft.deliveredBy(),
                                    draft.counterpartIds(),
                                    draft.raisedPoints(),
                                    draft.overallResponse(),
                                    draft.summary(),
                                    draft.responseQuote(),
                                    draft.handlingMarking(),
                                    List.of())));
            TestSignIn.as(users, "officer");

            String text =
                    new MeetingHistory(audit.meetingHistory(id)).getElement().getTextRecursively();

            String officer = outreach.user("officer").displayName();
            assertThat(text)
                    .contains(
                            "Changed by " + officer,
                            "Created by " + officer,
                            "Format: In person → Video",
                            "Campaign: (none) → " + campaign.title(),
                            "Country: (none) → Japan",
                            "Counterparts met: (none) → " + met.name(),
                            "Points raised: (none) → 1. Weights stay home: Asked for more")
                    .doesNotContain("(id", "IN_PERSON", "PointRaised", "by officer");
        } finally {
            outreach.closeCampaigns();
        }
    }
}
