package org.outreachtracker.audit;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an audit event says beyond its action: a note, and the fields that changed from what to
 * what. Stored as JSON in the event's {@code details} column.
 *
 * @param withheld the note and the values were left out for this reader (the content of an
 *        outreach record, for someone who may not read it): the changes name the fields only
 */
public record AuditDetails(String note, List<FieldChange> changes, boolean withheld) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Longest stored value of one field; longer values are cut and marked. */
    static final int MAX_VALUE = 1000;

    static final int MAX_LENGTH = 8000;

    public AuditDetails {
        note = note == null ? "" : note;
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public AuditDetails(String note, List<FieldChange> changes) {
        this(note, changes, false);
    }

    /** The same details without the note and the values: which fields changed, nothing more. */
    public AuditDetails withoutContent() {
        return new AuditDetails(
                "",
                changes.stream().map(c -> new FieldChange(c.field(), "", "")).toList(),
                true);
    }

    /** Whether there was anything to withhold or show besides field names. */
    boolean hasContent() {
        return !note.isEmpty() || changes.stream().anyMatch(c -> !c.from().isEmpty() || !c.to().isEmpty());
    }

    public static AuditDetails note(String note) {
        return new AuditDetails(note, List.of());
    }

    public static AuditDetails changes(List<FieldChange> changes) {
        return new AuditDetails("", changes);
    }

    String write() {
        ObjectNode root = JSON.createObjectNode();
        if (!note.isEmpty()) {
            root.put("note", cut(note));
        }
        ArrayNode fields = root.putArray("changes");
        for (FieldChange change : changes) {
            fields.addObject()
                    .put("field", change.field())
                    .put("from", cut(change.from()))
                    .put("to", cut(change.to()));
        }
        String json = JSON.writeValueAsString(root);
        if (json.length() > MAX_LENGTH) {
            // Keep the event rather than lose it: name the fields, drop the values.
            return new AuditDetails(
                            note + " (values too long to keep)",
                            changes.stream()
                                    .map(c -> new FieldChange(c.field(), "…", "…"))
                                    .toList())
                    .write();
        }
        return json;
    }

    static AuditDetails read(String json) {
        if (json == null || json.isBlank()) {
            return new AuditDetails("", List.of());
        }
        JsonNode root = JSON.readTree(json);
        List<FieldChange> changes = new ArrayList<>();
        for (JsonNode change : root.path("changes")) {
            changes.add(new FieldChange(
                    change.path("field").asString(""),
                    change.path("from").asString(""),
                    change.path("to").asString("")));
        }
        return new AuditDetails(root.path("note").asString(""), changes);
    }

    private static String cut(String value) {
        return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE) + "…";
    }
}
