package org.outreachtracker.tasking.ui;

import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.reference.ui.CountryNames;
import org.outreachtracker.tasking.TaskingRef;

/** The names a tasking list shows instead of ids: countries, posts and campaigns, read once per page. */
public record TaskingNames(
        Map<Long, String> countries,
        Map<Long, String> countryCodes,
        Map<Long, String> posts,
        Map<Long, String> campaigns) {

    public static TaskingNames read(ReferenceService reference, CampaignService campaigns) {
        return new TaskingNames(
                reference.countries().stream().collect(Collectors.toMap(CountryRef::id, CountryNames::of)),
                reference.countries().stream().collect(Collectors.toMap(CountryRef::id, CountryRef::code)),
                reference.posts().stream().collect(Collectors.toMap(PostRef::id, PostRef::name)),
                campaigns.campaignsIn(EnumSet.allOf(CampaignStatus.class)).stream()
                        .collect(Collectors.toMap(CampaignSummary::id, CampaignSummary::title)));
    }

    public String country(TaskingRef tasking) {
        return countries.getOrDefault(tasking.countryId(), "");
    }

    /** The country's ISO code, as the meeting form's address takes it. */
    public String countryCode(TaskingRef tasking) {
        return countryCodes.getOrDefault(tasking.countryId(), "");
    }

    public String post(TaskingRef tasking) {
        return tasking.postId() == null
                ? Translations.text("tasking.names.noPost")
                : posts.getOrDefault(tasking.postId(), "");
    }

    public String campaign(TaskingRef tasking) {
        return campaigns.getOrDefault(tasking.campaignId(), "");
    }

    /** What a tasking is about, for dialogs and accessible names. */
    public String where(TaskingRef tasking) {
        return Translations.text("tasking.names.where", country(tasking), campaign(tasking));
    }
}
