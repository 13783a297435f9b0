package org.outreachtracker.counterpart;

import org.outreachtracker.audit.AuditVocabulary;
import org.outreachtracker.audit.AuditedObject;
import org.springframework.stereotype.Component;

/** How a counterpart's stored level reads in the audit trail ("MINISTER" as its label). */
@Component
class CounterpartAuditVocabulary implements AuditVocabulary {

    @Override
    public String read(AuditedObject type, String field, String item) {
        return "level".equals(field)
                ? AuditVocabulary.constant(CounterpartLevel.class, item, CounterpartLevel::label)
                : null;
    }
}
