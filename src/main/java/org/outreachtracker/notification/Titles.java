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
 * hold names and dates only, never what someone wrote (descriptions, summaries). {@link #memo()}
 * gives a check that names many records the same names once per campaign and country.
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

    /** Names remembered for one run of a check. */
    Memo memo() {
        return new Memo();
    }

    final class Memo {

        private final java.util.Map<Long, String> campaignTitles = new java.util.HashMap<>();
        private final java.util.Map<Long, String> countryNames = new java.util.HashMap<>();

        String campaign(long id) {
            return campaignTitles.computeIfAbsent(id, Titles.this::campaign);
        }

        String country(long id) {
            return countryNames.computeIfAbsent(id, Titles.this::country);
        }
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
