package org.outreachtracker.campaign;

import org.outreachtracker.audit.AuditVocabulary;
import org.outreachtracker.audit.AuditedObject;
import org.springframework.stereotype.Component;

/** How a campaign's stored status reads in the audit trail ("ACTIVE" as "Active"). */
@Component
class CampaignAuditVocabulary implements AuditVocabulary {

    @Override
    public String read(AuditedObject type, String field, String item) {
        return type == AuditedObject.CAMPAIGN && "status".equals(field)
                ? AuditVocabulary.constant(CampaignStatus.class, item, CampaignStatus::label)
                : null;
    }
}
