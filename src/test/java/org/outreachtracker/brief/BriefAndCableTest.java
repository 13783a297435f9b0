package org.outreachtracker.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.coverage.CountryCampaignCoverage;
import org.outreachtracker.coverage.CoverageFilter;
import org.outreachtracker.coverage.CoverageService;
import org.outreachtracker.coverage.CoverageStatus;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.meeting.CableDraft;
import org.outreachtracker.meeting.CableFacts;
import org.outreachtracker.meeting.CableService;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.Reaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The cable draft and the country brief, built from an own campaign and meetings: the brief's
 * status per campaign follows the map's rules, lists the counterparts' latest reactions and the
 * open follow-ups, and prints as a one-page PDF.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefAndCableTest {

    @Autowired
    BriefService briefs;

    @Autowired
    BriefPdfService pdfs;

    @Autowired
    CableService cables;

    @Autowired
    MeetingService meetings;

    @Autowired
    CoverageService coverage;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    CampaignDetails campaign;
    CounterpartRef counterpart;
    long meetingId;
    String followUp;

    @BeforeAll
    void logAMeeting() {
        outreach = new TestOutreach(context);
        // Issued just before the meeting, so it is the newest campaign and heads the brief's list.
        campaign = outreach.activeCampaign(4, outreach.countryIds("PL", "DE"), "Brief point one", "Brief point two");
        counterpart = outreach.counterpart("PL", TestOutreach.unique("Zofia Brief"));
        followUp = TestOutreach.unique("Send the brief follow-up");
        var points = campaign.points();
        MeetingDraft draft = outreach.meeting(
                        campaign,
                        "PL",
                        outreach.today(),
                        Set.of(counterpart.id()),
                        List.of(
                                new MeetingDraft.PointRaised(points.get(0).id(), Reaction.AGREED),
                                new MeetingDraft.PointRaised(points.get(1).id(), Reaction.ASKED_FOR_MORE)),
                        OverallResponse.RECEPTIVE,
                        "Receptive, wants the technical paper.",
                        List.of(new FollowUpDraft(
                                followUp, outreach.userId("officer"), outreach.daysAgo(300), Priority.HIGH)))
                .withCommitments(List.of(new org.outreachtracker.followup.CommitmentDraft(
                        "Will review the procurement guidance", outreach.userId("officer"), outreach.today())));
        meetingId = outreach.as("officer", () -> meetings.log(draft));
    }

    @AfterAll
    void closeCampaign() {
        outreach.closeCampaigns();
    }

    @Test
    void theCableFactsNameEverythingTheDraftNeeds() {
        CableFacts facts =
                outreach.as("manager", () -> cables.cableFacts(meetingId)).orElseThrow();
        assertThat(facts.campaignTitle()).isEqualTo(campaign.title());
        assertThat(facts.countryName()).isEqualTo("Poland");
        assertThat(facts.counterparts()).containsExactly(counterpart.describe());
        assertThat(facts.points())
                .extracting(p -> p.reaction())
                .containsExactly(Reaction.AGREED, Reaction.ASKED_FOR_MORE);
        assertThat(facts.followUps())
                .extracting(CableFacts.FollowUpLine::description)
                .containsExactly(followUp);
        assertThat(CableDraft.text(facts))
                .contains("SUBJECT: POLAND: " + campaign.title())
                .contains("A. Brief point one — reaction: agreed.");
        assertThat(outreach.as("officer2", () -> cables.cableFacts(-1))).isEmpty();
    }

    @Test
    void theBriefShowsEachCampaignsStatusByTheMapsRulesAndTheLatestPositions() {
        CountryBrief brief =
                outreach.as("officer2", () -> briefs.countryBrief("pl")).orElseThrow();

        assertThat(brief.country().name()).isEqualTo("Poland");
        CountryCampaignCoverage mine = brief.campaigns().stream()
                .filter(c -> c.campaign().id() == campaign.id())
                .findFirst()
                .orElseThrow();
        assertThat(mine.coverage().status()).isEqualTo(CoverageStatus.RECEPTIVE);
        for (CountryCampaignCoverage entry : brief.campaigns()) {
            var onMap =
                    outreach
                            .as(
                                    "manager",
                                    () -> coverage.coverage(entry.campaign().id(), CoverageFilter.none()))
                            .stream()
                            .filter(c -> c.countryId() == brief.country().id())
                            .findFirst()
                            .orElseThrow();
            assertThat(entry.coverage()).isEqualTo(onMap);
            assertThat(entry.campaign().status()).isIn(EnumSet.of(CampaignStatus.ACTIVE, CampaignStatus.CLOSED));
        }
        CountryBrief.Position position = brief.counterparts().stream()
                .filter(p -> p.counterpart().id() == counterpart.id())
                .findFirst()
                .orElseThrow();
        assertThat(position.lastMeetingId()).isEqualTo(meetingId);
        assertThat(BriefPdf.stance(position))
                .isEqualTo("Receptive — 1. Brief point one: Agreed; 2. Brief point two:" + " Asked for more");
        assertThat(brief.meetings()).extracting(m -> m.id()).contains(meetingId);
        assertThat(brief.followUps())
                .extracting(CountryBrief.OpenFollowUp::description)
                .contains(followUp);
        assertThat(outreach.as("manager", () -> briefs.countryBrief("XX"))).isEmpty();
    }

    @Test
    void aBriefOrCableDraftIncludingASensitiveMeetingCarriesTheHighestMarking() throws IOException {
        assertThat(outreach.as("officer", () -> briefs.countryBrief("DE"))
                        .orElseThrow()
                        .marking())
                .as("only unclassified meetings with Germany so far")
                .isEqualTo("UNCLASSIFIED");
        MeetingDraft plain = outreach.simpleMeeting(
                campaign, "DE", outreach.today(), OverallResponse.SKEPTICAL, "Sensitive exchange on procurement.");
        MeetingDraft sensitive = new MeetingDraft(
                plain.campaignId(),
                plain.countryId(),
                plain.postId(),
                plain.meetingDate(),
                plain.format(),
                plain.deliveredBy(),
                plain.counterpartIds(),
                plain.raisedPoints(),
                plain.overallResponse(),
                plain.summary(),
                plain.responseQuote(),
                "SENSITIVE BUT UNCLASSIFIED",
                plain.followUps());
        long sensitiveId = outreach.as("officer", () -> meetings.log(sensitive));

        CountryBrief brief =
                outreach.as("officer", () -> briefs.countryBrief("DE")).orElseThrow();
        assertThat(brief.marking()).isEqualTo("SENSITIVE BUT UNCLASSIFIED");
        var out = new ByteArrayOutputStream();
        outreach.as("manager", () -> pdfs.countryBriefPdf("DE", out));
        String text = BriefPdfTest.pdfText(out.toByteArray());
        assertThat(text.split("SENSITIVE BUT UNCLASSIFIED", -1))
                .as("marked at the top and the bottom")
                .hasSize(3);
        assertThat(text.lines().map(String::strip)).doesNotContain("UNCLASSIFIED");

        assertThat(CableDraft.text(outreach.as("officer", () -> cables.cableFacts(sensitiveId))
                        .orElseThrow()))
                .startsWith("SENSITIVE BUT UNCLASSIFIED\n")
                .endsWith("SENSITIVE BUT UNCLASSIFIED\n");
        assertThat(outreach.as("officer", () -> cables.cableFacts(meetingId))
                        .orElseThrow()
                        .handlingMarking())
                .as("an unclassified meeting's cable")
                .isEqualTo("UNCLASSIFIED");
        assertThat(outreach.as("officer", () -> briefs.countryBrief("PL"))
                        .orElseThrow()
                        .marking())
                .isEqualTo("UNCLASSIFIED");
    }

    @Test
    void theBriefPrintsAsAOnePagePdfNamingTheCountryAndCarryingTheMarking() throws IOException {
        var out = new ByteArrayOutputStream();
        outreach.as("officer", () -> pdfs.countryBriefPdf("PL", out));
        byte[] pdf = out.toByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (var reader = new PdfReader(pdf)) {
            assertThat(reader.getNumberOfPages()).isOne();
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text)
                    .contains("Country brief: Poland")
                    .contains("UNCLASSIFIED")
                    .contains(counterpart.name())
                    .contains("Status in each campaign")
                    .contains("Host-government commitments")
                    .contains("Will review the procurement guidance");
        }
        assertThatThrownBy(() -> outreach.as("officer", () -> pdfs.countryBriefPdf("XX", new ByteArrayOutputStream())))
                .isInstanceOf(RuleViolationException.class);
    }
}
