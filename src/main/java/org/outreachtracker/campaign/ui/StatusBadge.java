package org.outreachtracker.campaign.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.CampaignStatus;

/** A campaign's status as a small coloured label (the word is always shown, not only the colour). */
final class StatusBadge {

    private StatusBadge() {}

    static Span of(CampaignStatus status) {
        var badge = new Span(Translations.text("campaign.CampaignStatus." + status.name()));
        badge.addClassNames("status-badge", "status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
