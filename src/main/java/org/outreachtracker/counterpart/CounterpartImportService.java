package org.outreachtracker.counterpart;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.DeskRule;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.export.CellSafety;
import org.outreachtracker.base.export.ExportProgress;
import org.outreachtracker.base.export.TableExport;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counterparts from a CSV or Excel file. First a preview says, row by row, what importing would
 * do: create a counterpart, match one already in the directory (same name and organization in
 * the same country, ignoring case and spacing; left as it is), or reject the row and say why.
 * Nothing is written until the user confirms; the import then creates the new counterparts in
 * one transaction, all or nothing, through the counterpart service and its rules. Officers import
 * counterparts of their desk countries, managers of any.
 */
@Service
public class CounterpartImportService {

    static final int MAX_LENGTH = 200;

    private final CounterpartService counterparts;
    private final ReferenceService reference;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    CounterpartImportService(
            CounterpartService counterparts, ReferenceService reference, CurrentUser currentUser, AuditLog audit) {
        this.counterparts = counterparts;
        this.reference = reference;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Reads and checks a file; writes nothing. A file that cannot be read as a whole (empty, not
     * UTF-8, binary, wrong columns, too large) is refused with a {@link RuleViolationException}
     * whose message says what to do.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public ImportPreview preview(String fileName, byte[] content) {
        List<RawRow> rows;
        try {
            rows = CounterpartFileReader.read(fileName, content);
        } catch (RuleViolationException refused) {
            refusal(fileName, content == null ? 0 : content.length, refused.getMessage());
            throw refused;
        }
        return classify(fileName, rows);
    }

    /**
     * Records that a file was refused for its size before it was read (the upload stopped at the
     * limit, or the browser would not send it), and returns what to tell the user.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public String refuseTooLarge(String fileName, long bytes) {
        String message = ImportLimits.tooLargeMessage(bytes);
        refusal(fileName, bytes, message);
        return message;
    }

    /** One audit event for a file that could not be imported, kept whatever else happens. */
    private void refusal(String fileName, long bytes, String reason) {
        audit.event(
                null,
                AuditAction.IMPORTED,
                AuditedObject.COUNTERPART,
                null,
                AuditOutcome.FAILURE,
                null,
                "Refused \"" + shorten(fileName == null ? "" : fileName) + "\""
                        + (bytes >= 0
                                ? String.format(Locale.ENGLISH, " (%,d bytes)", bytes)
                                : " (not sent by the browser)")
                        + ": " + reason);
    }

    /**
     * Creates the preview's new counterparts, all or nothing, and returns how many. The rows are
     * checked again first: if the directory changed since the preview so that a row would now
     * be handled differently, nothing is imported and the user is asked to review again.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    @Transactional
    public int importCounterparts(ImportPreview preview, ExportProgress progress) {
        try {
            return create(preview, progress);
        } catch (RuntimeException failed) {
            // Kept although the import's own transaction is rolled back.
            audit.event(
                    null,
                    AuditAction.IMPORTED,
                    AuditedObject.COUNTERPART,
                    null,
                    AuditOutcome.FAILURE,
                    null,
                    "Nothing imported from \"" + shorten(preview.fileName()) + "\": "
                            + (failed instanceof RuleViolationException
                                    ? failed.getMessage()
                                    : "the import failed (" + failed.getClass().getSimpleName() + ")"));
            throw failed;
        }
    }

    private int create(ImportPreview preview, ExportProgress progress) {
        ImportPreview now = classify(
                preview.fileName(), preview.rows().stream().map(ImportRow::raw).toList());
        if (!sameOutcomes(preview, now)) {
            throw RuleViolationException.because("refusal.counterpart.importPreviewStale");
        }
        List<ImportRow> creating = now.rows().stream()
                .filter(row -> row.outcome() == ImportOutcome.CREATE)
                .toList();
        if (creating.isEmpty()) {
            throw RuleViolationException.because("refusal.counterpart.importNothingNew");
        }
        int done = 0;
        progress.rows(0, creating.size());
        for (ImportRow row : creating) {
            counterparts.create(row.draft());
            progress.rows(++done, creating.size());
        }
        audit.changed(
                AuditAction.IMPORTED,
                AuditedObject.COUNTERPART,
                null,
                "Imported " + done
                        + (done == 1 ? " counterpart" : " counterparts") + " from \"" + preview.fileName() + "\"; "
                        + now.count(ImportOutcome.MATCH) + " rows matched counterparts already in the directory, "
                        + now.count(ImportOutcome.REJECT) + " rows were rejected");
        return done;
    }

    private static boolean sameOutcomes(ImportPreview before, ImportPreview now) {
        if (before.rows().size() != now.rows().size()) {
            return false;
        }
        for (int i = 0; i < before.rows().size(); i++) {
            ImportRow a = before.rows().get(i);
            ImportRow b = now.rows().get(i);
            if (a.outcome() != b.outcome() || !Objects.equals(a.matchedId(), b.matchedId())) {
                return false;
            }
        }
        return true;
    }

    private ImportPreview classify(String fileName, List<RawRow> rows) {
        DeskRule desk = currentUser.desk();
        Countries countries = new Countries(reference.countries());
        Map<Long, Directory> directories = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<ImportRow> result = new ArrayList<>();
        for (RawRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            if (row.extraValues()) {
                problems.add("the row has values beyond the five named columns");
            }
            String name = value(row.name(), "Name", problems);
            String title = value(row.title(), "Title", problems);
            String organization = value(row.organization(), "Organization", problems);
            String countryText = value(row.country(), "Country", problems);
            String levelText = value(row.level(), "Level", problems);
            CountryRef country = countryText.isEmpty() ? null : countries.find(countryText);
            if (!countryText.isEmpty() && country == null && !CellSafety.looksLikeFormula(countryText)) {
                problems.add("unknown country \"" + shorten(countryText) + "\" (use its ISO code, e.g. FR, or its"
                        + " name as in the country list)");
            }
            CounterpartLevel level = levelText.isEmpty() ? null : level(levelText);
            if (!levelText.isEmpty() && level == null && !CellSafety.looksLikeFormula(levelText)) {
                problems.add("unknown level \"" + shorten(levelText) + "\" (use one of: " + levels() + ")");
            }
            if (!problems.isEmpty()) {
                result.add(new ImportRow(row, ImportOutcome.REJECT, sentence(problems), null, null));
                continue;
            }
            String key = country.id() + "|" + SameCounterpart.key(name, organization);
            Integer earlier = seen.putIfAbsent(key, row.line());
            if (earlier != null) {
                result.add(new ImportRow(
                        row,
                        ImportOutcome.REJECT,
                        "Duplicate: the same counterpart as row " + earlier + " of this file.",
                        null,
                        null));
                continue;
            }
            Directory directory = directories.computeIfAbsent(country.id(), this::directory);
            CounterpartRef existing = directory.same().get(SameCounterpart.key(name, organization));
            if (existing != null) {
                result.add(new ImportRow(
                        row, ImportOutcome.MATCH, matchNote(existing, title, level), existing.id(), null));
            } else if (!desk.covers(country.id())) {
                result.add(new ImportRow(
                        row, ImportOutcome.REJECT, country.name() + " is not one of your desk countries.", null, null));
            } else {
                CounterpartRef alike = directory.alike().get(NameMatch.key(name));
                result.add(new ImportRow(
                        row,
                        ImportOutcome.CREATE,
                        alike == null
                                ? ""
                                : "New, but possibly the same person as " + alike.describe()
                                        + " (the name is spelled alike): check before importing.",
                        null,
                        new CounterpartDraft(name, title, organization, country.id(), level)));
            }
        }
        return new ImportPreview(fileName, result);
    }

    /** A cell's text, checked: not a formula, present, not too long. */
    private static String value(String raw, String column, List<String> problems) {
        String text = raw == null ? "" : raw;
        if (CellSafety.looksLikeFormula(text) || CellSafety.looksLikeFormula(text.strip())) {
            problems.add(column + " looks like a spreadsheet formula (it starts with \""
                    + text.strip().charAt(0) + "\"); formulas are never imported");
            return text.strip();
        }
        String value = CellSafety.restore(text.strip()).strip();
        if (value.isEmpty()) {
            problems.add(column + " is missing");
        } else if (value.length() > MAX_LENGTH) {
            problems.add(column + " is longer than " + MAX_LENGTH + " characters (" + value.length() + ")");
        }
        return value;
    }

    private static String matchNote(CounterpartRef existing, String title, CounterpartLevel level) {
        List<String> differences = new ArrayList<>();
        if (!normal(existing.title()).equals(normal(title))) {
            differences.add("title \"" + existing.title() + "\"");
        }
        if (existing.level() != level) {
            differences.add("level " + existing.level().label());
        }
        return "Matches " + existing.describe() + " in the directory; left as it is"
                + (differences.isEmpty() ? "." : " (the directory has " + String.join(" and ", differences) + ").");
    }

    /** The country's counterparts, by normalised name and organization. */
    private Directory directory(long countryId) {
        Map<String, CounterpartRef> same = new HashMap<>();
        Map<String, CounterpartRef> alike = new HashMap<>();
        CounterpartFilter filter = new CounterpartFilter(null, countryId, null);
        for (int page = 0; ; page++) {
            Page<CounterpartRef> content =
                    counterparts.search(filter, PageRequest.of(page, TableExport.PAGE_SIZE, Sort.by("id")));
            content.forEach(c -> {
                same.putIfAbsent(SameCounterpart.key(c.name(), c.organization()), c);
                String key = NameMatch.key(c.name());
                if (!key.isEmpty()) {
                    alike.putIfAbsent(key, c);
                }
            });
            if (!content.hasNext()) {
                return new Directory(same, alike);
            }
        }
    }

    /**
     * A country's live directory as the import compares with it: by the rule of
     * {@link SameCounterpart}, and by how names are spelled ({@link NameMatch}), for a hint.
     */
    private record Directory(Map<String, CounterpartRef> same, Map<String, CounterpartRef> alike) {}

    /** Text compared as the directory's rule for the same counterpart compares it. */
    static String normal(String text) {
        return SameCounterpart.normal(text);
    }

    private static CounterpartLevel level(String text) {
        String wanted = normal(text).replace('_', ' ').replace('-', ' ');
        for (CounterpartLevel level : CounterpartLevel.values()) {
            if (normal(level.label()).equals(wanted)
                    || normal(level.name().replace('_', ' ')).equals(wanted)) {
                return level;
            }
        }
        return null;
    }

    private static String levels() {
        return java.util.Arrays.stream(CounterpartLevel.values())
                .map(CounterpartLevel::label)
                .collect(Collectors.joining(", "));
    }

    private static String sentence(List<String> problems) {
        String text = String.join("; ", problems);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    /** Countries by ISO alpha-2 or alpha-3 code or by name. */
    private static final class Countries {

        private final Map<String, CountryRef> byKey = new HashMap<>();

        Countries(List<CountryRef> all) {
            for (CountryRef country : all) {
                byKey.put(normal(country.name()), country);
            }
            for (CountryRef country : all) {
                if (country.alpha3() != null) {
                    byKey.put(normal(country.alpha3()), country);
                }
                byKey.put(normal(country.code()), country);
            }
        }

        CountryRef find(String text) {
            return byKey.get(normal(text));
        }
    }
}
