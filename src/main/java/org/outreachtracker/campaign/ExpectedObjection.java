package org.outreachtracker.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.outreachtracker.base.AbstractEntity;

/** An objection a campaign expects counterparts to raise, so meetings can record who raised it. */
@Entity
@Table(name = "campaign_objection")
class ExpectedObjection extends AbstractEntity {

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String text = "";

    protected ExpectedObjection() {}

    ExpectedObjection(long campaignId, int position, String text) {
        this.campaignId = campaignId;
        this.position = position;
        this.text = text.strip();
    }

    ObjectionRef toRef() {
        return new ObjectionRef(requireId(), campaignId, text);
    }
}
