package org.outreachtracker.admin.ui;

import java.util.Locale;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;

/** The names of audited actions, objects and outcomes in the page's language. */
final class AuditLabels {

    private AuditLabels() {}

    static String action(AuditAction action) {
        return action(Formats.locale(), action);
    }

    static String action(Locale language, AuditAction action) {
        return Translations.text(language, "admin.AuditAction." + action.name());
    }

    static String object(AuditedObject object) {
        return object(Formats.locale(), object);
    }

    static String object(Locale language, AuditedObject object) {
        return Translations.text(language, "admin.AuditedObject." + object.name());
    }

    static String outcome(AuditOutcome outcome) {
        return outcome(Formats.locale(), outcome);
    }

    static String outcome(Locale language, AuditOutcome outcome) {
        return Translations.text(language, "admin.AuditOutcome." + outcome.name());
    }
}
