package org.outreachtracker.audit.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.outreachtracker.audit.AuditDetails;
import org.outreachtracker.audit.AuditVocabulary;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChange;

/**
 * Writes an audit event's changes for people. Events carry each field under its label with the
 * values people saw, and are shown as they are. Events about user accounts, and events written
 * before the trail recorded labels and names, carry field names and stored values instead
 * ("deskCountryIds", "IN_PERSON", "[3, 5]"): those are given their labels here, and constants,
 * ids and codes what the {@link AuditVocabulary} given says they read as (ids it does not know
 * are shown as numbers, anything else it does not know as stored).
 */
public final class AuditText {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("campaignId", "Campaign"),
            Map.entry("countryId", "Country"),
            Map.entry("postId", "Post"),
            Map.entry("meetingDate", "Date"),
            Map.entry("format", "Format"),
            Map.entry("deliveredBy", "Delivered by"),
            Map.entry("counterpartIds", "Counterparts met"),
            Map.entry("raisedPoints", "Points raised"),
            Map.entry("overallResponse", "Overall response"),
            Map.entry("summary", "Summary"),
            Map.entry("responseQuote", "In their own words"),
            Map.entry("handlingMarking", "Handling marking"),
            Map.entry("title", "Title"),
            Map.entry("cableReference", "Cable reference"),
            Map.entry("objective", "Objective"),
            Map.entry("issueDate", "Issue date"),
            Map.entry("deadline", "Deadline"),
            Map.entry("status", "Status"),
            Map.entry("allCountries", "All countries"),
            Map.entry("targetCountryIds", "Target countries"),
            Map.entry("label", "Label"),
            Map.entry("text", "Text"),
            Map.entry("position", "Position"),
            Map.entry("name", "Name"),
            Map.entry("organization", "Organization"),
            Map.entry("level", "Level"),
            Map.entry("meetingId", "Meeting"),
            Map.entry("description", "Description"),
            Map.entry("ownerId", "Owner"),
            Map.entry("dueDate", "Due"),
            Map.entry("priority", "Priority"),
            Map.entry("completionNote", "Completion note"),
            Map.entry("code", "Code"),
            Map.entry("type", "Type"),
            Map.entry("city", "City"),
            Map.entry("hostCountry", "Host country"),
            Map.entry("coveredCountries", "Covered countries"),
            Map.entry("bureau", "Bureau"),
            Map.entry("username", "Username"),
            Map.entry("displayName", "Display name"),
            Map.entry("roles", "Roles"),
            Map.entry("deskCountryIds", "Desk countries"));
    private static final int LONGEST = 300;

    private AuditText() {}

    /** The field's label. */
    public static String label(AuditedObject type, String field) {
        if ("active".equals(field)) {
            return type == AuditedObject.POST ? "Open" : "Active";
        }
        return LABELS.getOrDefault(field, field);
    }

    /** One change as a line: "Format: In person → Call"; only the label when the values were withheld. */
    public static String line(AuditedObject type, FieldChange change, AuditVocabulary vocabulary) {
        String label = label(type, change.field());
        String from = value(type, change.field(), change.from(), vocabulary);
        String to = value(type, change.field(), change.to(), vocabulary);
        if (from.isEmpty() && to.isEmpty()) {
            return label;
        }
        return label + ": " + shown(from) + " → " + shown(to);
    }

    /** What the event's details say in one short phrase, for a list of events. */
    public static String gist(AuditedObject type, AuditDetails details) {
        List<FieldChange> changes = details.changes();
        String note = details.note();
        String fields = changes.stream().map(c -> label(type, c.field())).collect(Collectors.joining(", "));
        if (details.withheld()) {
            return changes.isEmpty()
                    ? "Note withheld (shown to readers of outreach records only)"
                    : "Changed: " + fields + " (values shown to readers of outreach records only)";
        }
        if (changes.isEmpty()) {
            return note;
        }
        return (note.isEmpty() ? "" : note + " — ") + "Changed: " + fields;
    }

    /** A stored value as people read it. */
    static String value(AuditedObject type, String field, String value, AuditVocabulary vocabulary) {
        if (value == null || value.isEmpty() || !LABELS.containsKey(field) && !"active".equals(field)) {
            return value == null ? "" : value;
        }
        return switch (field) {
            case "roles" ->
                items(value).stream()
                        .map(role -> read(type, field, role, vocabulary))
                        .collect(Collectors.joining(", "));
            case "active", "allCountries" -> yesNo(value);
            case "countryId", "postId", "ownerId" -> named(type, field, value, vocabulary);
            case "targetCountryIds", "deskCountryIds" ->
                items(value).stream()
                        .map(id -> named(type, field, id, vocabulary))
                        .sorted()
                        .collect(Collectors.joining("; "));
            case "hostCountry" -> byCode(type, field, value, vocabulary);
            case "coveredCountries" ->
                items(value).stream()
                        .map(code -> byCode(type, field, code, vocabulary))
                        .sorted()
                        .collect(Collectors.joining("; "));
            case "campaignId" -> "campaign no. " + value;
            case "meetingId" -> "Meeting " + value;
            case "counterpartIds" ->
                items(value).stream().map(id -> "counterpart no. " + id).collect(Collectors.joining("; "));
            default -> read(type, field, value, vocabulary);
        };
    }

    private static String read(AuditedObject type, String field, String value, AuditVocabulary vocabulary) {
        String read = vocabulary.read(type, field, value);
        return read == null ? value : read;
    }

    private static String yesNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> "Yes";
            case "false", "no" -> "No";
            default -> value;
        };
    }

    private static String named(AuditedObject type, String field, String id, AuditVocabulary vocabulary) {
        long number;
        try {
            number = Long.parseLong(id.strip());
        } catch (NumberFormatException notAnId) {
            return id;
        }
        String name = vocabulary.read(type, field, String.valueOf(number));
        return name == null ? "no. " + id.strip() : name;
    }

    private static String byCode(AuditedObject type, String field, String code, AuditVocabulary vocabulary) {
        String name = vocabulary.read(type, field, code.strip());
        return name == null ? code.strip() : name;
    }

    /** "[a, b]" as its items. */
    private static List<String> items(String value) {
        String inner = value.strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return inner.isBlank()
                ? List.of()
                : Arrays.stream(inner.split(",")).map(String::strip).toList();
    }

    private static String shown(String value) {
        if (value.isEmpty()) {
            return "(none)";
        }
        return value.length() <= LONGEST ? value : value.substring(0, LONGEST) + "…";
    }
}
