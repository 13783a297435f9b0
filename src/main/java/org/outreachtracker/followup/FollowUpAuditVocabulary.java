package org.outreachtracker.followup;

import org.outreachtracker.audit.AuditVocabulary;
import org.outreachtracker.audit.AuditedObject;
import org.springframework.stereotype.Component;

/** How a follow-up's stored priority and status read in the audit trail ("IN_PROGRESS" as "In progress"). */
@Component
class FollowUpAuditVocabulary implements AuditVocabulary {

    @Override
    public String read(AuditedObject type, String field, String item) {
        return switch (field) {
            case "priority" -> AuditVocabulary.constant(Priority.class, item, Priority::label);
            case "status" ->
                type == AuditedObject.FOLLOW_UP
                        ? AuditVocabulary.constant(FollowUpStatus.class, item, FollowUpStatus::label)
                        : null;
            default -> null;
        };
    }
}
