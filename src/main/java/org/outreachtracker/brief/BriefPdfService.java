package org.outreachtracker.brief;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.springframework.stereotype.Service;

/** The brief on a country as a one-page PDF, audited as an export. */
@Service
public class BriefPdfService {

    private final BriefService briefs;
    private final AuditLog audit;

    BriefPdfService(BriefService briefs, AuditLog audit) {
        this.briefs = briefs;
        this.audit = audit;
    }

    /** Writes the brief on a country as a one-page PDF and audits it; refused when there is no such country. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public void countryBriefPdf(String countryCode, OutputStream out) {
        CountryBrief brief = briefs.countryBrief(countryCode)
                .orElseThrow(() -> RuleViolationException.because("refusal.brief.noSuchCountry", countryCode));
        BriefPdf.write(brief, out);
        audit.event(
                null,
                AuditAction.EXPORTED,
                AuditedObject.COUNTRY,
                brief.country().code(),
                AuditOutcome.SUCCESS,
                null,
                "Country brief on " + brief.country().name() + " as PDF");
    }
}
