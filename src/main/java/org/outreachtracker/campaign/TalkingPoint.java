package org.outreachtracker.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.outreachtracker.base.AbstractEntity;

/**
 * A point a campaign asks posts to raise, in order. Meetings keep their own copy of the
 * wording as delivered, so editing a point later never changes what a meeting records.
 */
@Entity
@Table(name = "talking_point")
class TalkingPoint extends AbstractEntity {

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 100)
    private String label = "";

    @Column(nullable = false, length = 4000)
    private String text = "";

    /** Which set of the campaign's points this one belongs to: 1, then 2 for the first revision. */
    @Column(name = "points_version", nullable = false)
    private int pointsVersion = 1;

    protected TalkingPoint() {}

    TalkingPoint(long campaignId, int pointsVersion, int position, PointDraft draft) {
        this.campaignId = campaignId;
        this.pointsVersion = pointsVersion;
        this.position = position;
        apply(draft);
    }

    void apply(PointDraft draft) {
        label = draft.label().strip();
        text = draft.text().strip();
    }

    long getCampaignId() {
        return campaignId;
    }

    int getPointsVersion() {
        return pointsVersion;
    }

    int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    String getLabel() {
        return label;
    }

    String getText() {
        return text;
    }

    PointDraft toDraft() {
        return new PointDraft(label, text);
    }

    TalkingPointRef toRef() {
        return new TalkingPointRef(requireId(), getVersion(), campaignId, pointsVersion, position, label, text);
    }
}
