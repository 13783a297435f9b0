package org.outreachtracker.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.stereotype.Component;

/**
 * The names notification titles are made of: a campaign's title, a country's name, a date. Titles
 * hold names and dates only, never what someone wrote (descriptions, summaries).
 */
@Component
class Titles {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final CampaignService campaigns;
    private final ReferenceService reference;

    Titles(CampaignService campaigns, ReferenceService reference) {
        this.campaigns = campaigns;
        this.reference = reference;
    }

    String campaign(long id) {
        return campaigns.campaign(id).map(CampaignDetails::title).orElse("a campaign");
    }

    String country(long id) {
        return reference.country(id).map(CountryRef::name).orElse("a country");
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
