package org.outreachtracker.coverage;

import org.outreachtracker.campaign.CampaignSummary;

/** One country's standing in one campaign, with the campaign. */
public record CountryCampaignCoverage(CampaignSummary campaign, CountryCoverage coverage) {}
