package org.outreachtracker.account;

import org.outreachtracker.audit.AuditVocabulary;
import org.outreachtracker.audit.AuditedObject;
import org.springframework.stereotype.Component;

/** How an account's stored roles read in the audit trail ("DESK_OFFICER" as "Desk officer"). */
@Component
class AccountAuditVocabulary implements AuditVocabulary {

    @Override
    public String read(AuditedObject type, String field, String item) {
        return "roles".equals(field) ? AuditVocabulary.constant(Role.class, item, Role::label) : null;
    }
}
