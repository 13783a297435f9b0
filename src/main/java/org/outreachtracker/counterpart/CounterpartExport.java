package org.outreachtracker.counterpart;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.export.ExportFormat;
import org.outreachtracker.base.export.ExportHeading;
import org.outreachtracker.base.export.ExportProgress;
import org.outreachtracker.base.export.ExportResult;
import org.outreachtracker.base.export.HandlingMarkings;
import org.outreachtracker.base.export.TableExport;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The counterpart directory as filtered, as a CSV or Excel file, in the columns the counterpart
 * import reads (name, title, organization, country, level): an exported file imports back as it
 * is. Audited once, when it ends.
 */
@Service
public class CounterpartExport {

    private final CounterpartService counterparts;
    private final ReferenceService reference;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final HandlingMarkings markings;

    CounterpartExport(
            CounterpartService counterparts,
            ReferenceService reference,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            HandlingMarkings markings) {
        this.counterparts = counterparts;
        this.reference = reference;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.markings = markings;
    }

    /** The counterpart directory as filtered, by name. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public ExportResult counterparts(
            CounterpartFilter filter, ExportFormat format, OutputStream out, ExportProgress progress) {
        String any = TableExport.ANY;
        Map<Long, CountryRef> countries =
                reference.countries().stream().collect(Collectors.toMap(CountryRef::id, Function.identity()));
        List<ExportHeading.Fact> facts = List.of(
                TableExport.stamp(
                        clock.instant(),
                        currentUser
                                .get()
                                .map(user -> user.displayName() + " (" + user.username() + ")")
                                .orElse("system")),
                TableExport.fact(
                        "Search", filter.text() == null || filter.text().isBlank() ? any : filter.text()),
                TableExport.fact("Country", filter.countryId() == null ? any : name(countries.get(filter.countryId()))),
                TableExport.fact(
                        "Level", filter.level() == null ? any : filter.level().label()));
        Sort order = Sort.by("name").and(Sort.by("id"));
        // The directory holds no marked records: the file carries the system's baseline marking.
        return TableExport.write(
                "Counterparts",
                format,
                out,
                progress,
                new ExportHeading(markings.baseline(), "Outreach Tracker — counterparts", facts),
                CounterpartColumns.ALL,
                counterparts.count(filter),
                page -> counterparts.search(filter, PageRequest.of(page, TableExport.PAGE_SIZE, order)),
                (CounterpartRef row) -> List.of(
                        row.name(),
                        row.title(),
                        row.organization(),
                        name(countries.get(row.countryId())),
                        row.level().label()),
                (written, description) -> audit.event(
                        null,
                        AuditAction.EXPORTED,
                        AuditedObject.COUNTERPART,
                        null,
                        written ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                        null,
                        description));
    }

    private static String name(CountryRef country) {
        return country == null ? "" : country.name();
    }
}
