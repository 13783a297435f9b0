package org.outreachtracker.tasking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.base.export.ExportFormat;
import org.outreachtracker.base.export.ExportProgress;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignDraft;
import org.outreachtracker.campaign.CampaignService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The lapsed list exported: the posts to chase, as a table that starts at the first line. */
@IntegrationTest
class TaskingExportTest {

    @Autowired
    TaskingExport exports;

    @Autowired
    CampaignService campaigns;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;

    @AfterEach
    void close() {
        outreach.closeCampaigns();
    }

    @Test
    void theLapsedExportListsThePostsToChaseAndNamesItsFilters() {
        outreach = new TestOutreach(context);
        CampaignDetails campaign = outreach.activeCampaign(30, outreach.countryIds("JP", "BR"));
        outreach.as("manager", () -> {
            CampaignDetails current = campaigns.campaign(campaign.id()).orElseThrow();
            CampaignDraft d = current.toDraft();
            campaigns.update(
                    campaign.id(),
                    current.version(),
                    new CampaignDraft(
                            d.title(),
                            d.cableReference(),
                            d.objective(),
                            d.issueDate(),
                            outreach.daysAgo(3),
                            d.status(),
                            d.allCountries(),
                            d.targetCountryIds()));
        });
        var out = new ByteArrayOutputStream();

        long written = outreach.as(
                        "manager",
                        () -> exports.taskings(
                                TaskingFilter.all().withCampaign(campaign.id()).withLapsedOnly(true),
                                ExportFormat.CSV,
                                out,
                                ExportProgress.NONE))
                .rows();

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(2);
        assertThat(text).startsWith("\uFEFF");
        List<String> rows = Arrays.asList(text.substring(1).split("\r\n"));
        assertThat(rows).noneMatch(line -> line.startsWith("#"));
        assertThat(rows.getFirst()).startsWith("Handling marking,Campaign,Country,Bureau,Post,State,Report by,Lapsed");
        assertThat(rows.subList(1, rows.size()))
                .hasSize(2)
                .allSatisfy(row -> assertThat(row)
                        .startsWith("UNCLASSIFIED,")
                        .contains(",Instructed,")
                        .contains(",Yes,"));
        assertThat(String.join("\n", rows)).contains("Japan").contains("Brazil");
    }
}
