package org.outreachtracker.tasking;

import org.outreachtracker.audit.AuditVocabulary;
import org.outreachtracker.audit.AuditedObject;
import org.springframework.stereotype.Component;

/** How a tasking's stored state and waiver reason read in the audit trail ("APPOINTMENT_REQUESTED" as "Appointment requested"). */
@Component
class TaskingAuditVocabulary implements AuditVocabulary {

    @Override
    public String read(AuditedObject type, String field, String item) {
        if (type != AuditedObject.TASKING) {
            return null;
        }
        return switch (field) {
            case "state" -> AuditVocabulary.constant(TaskingState.class, item, TaskingState::label);
            case "waiverReason", "waiver reason" ->
                AuditVocabulary.constant(WaiverReason.class, item, WaiverReason::label);
            default -> null;
        };
    }
}
