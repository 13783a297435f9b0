package org.outreachtracker.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.ObjectionRef;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Objections raised" in the reporting cable: the campaign's expected objections the counterpart
 * raised, in the campaign's order, then the new ones in the officer's words.
 */
@Component
@Order(ObjectionsCableParagraph.ORDER)
class ObjectionsCableParagraph implements CableContribution {

    static final int ORDER = 30;

    private final CampaignService campaigns;

    ObjectionsCableParagraph(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public Optional<CableParagraph> paragraph(MeetingDetails meeting) {
        if (meeting.objectionIds().isEmpty() && meeting.newObjections().isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        campaigns.objections(meeting.campaignId()).stream()
                .filter(objection -> meeting.objectionIds().contains(objection.id()))
                .map(ObjectionRef::text)
                .forEach(lines::add);
        meeting.newObjections().forEach(text -> lines.add(text + " (not expected)"));
        return Optional.of(new CableParagraph("Objections raised", lines));
    }
}
