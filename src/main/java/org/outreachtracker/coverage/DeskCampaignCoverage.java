package org.outreachtracker.coverage;

import java.util.List;
import org.outreachtracker.campaign.CampaignSummary;

/** A desk officer's desk countries in one active campaign. */
public record DeskCampaignCoverage(CampaignSummary campaign, List<CountryCoverage> countries) {

    public DeskCampaignCoverage {
        countries = List.copyOf(countries);
    }
}
