package org.outreachtracker.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which fields differ between two versions of a record. Prefer {@link AuditRecord}s, which carry
 * the labels and values people see; two Java records (two drafts, say) are compared by their
 * components, written as text (collections sorted, absent values as ""), components named in
 * {@code ignored} skipped.
 */
public final class FieldChanges {

    private FieldChanges() {}

    /**
     * The fields of {@code after} that differ from {@code before}, by label; {@code before} may be
     * null (a new record), and a field missing on one side counts as empty there.
     */
    public static List<FieldChange> between(AuditRecord before, AuditRecord after) {
        Map<String, String> old = before == null ? Map.of() : before.fields();
        Map<String, String> now = after == null ? Map.of() : after.fields();
        List<FieldChange> changes = new ArrayList<>();
        now.forEach((field, value) -> {
            String previous = old.getOrDefault(field, "");
            if (!previous.equals(value)) {
                changes.add(new FieldChange(field, previous, value));
            }
        });
        old.forEach((field, value) -> {
            if (!now.containsKey(field) && !value.isEmpty()) {
                changes.add(new FieldChange(field, value, ""));
            }
        });
        return changes;
    }

    /** The fields of a record that was removed: each from its value to nothing. */
    public static List<FieldChange> removed(AuditRecord before) {
        return between(before, AuditRecord.of());
    }

    /** The fields of {@code after} that differ from {@code before}; {@code before} may be null (a new record). */
    public static <R extends Record> List<FieldChange> between(R before, R after, String... ignored) {
        Map<String, String> old = before == null ? Map.of() : values(before, ignored);
        Map<String, String> now = values(after, ignored);
        List<FieldChange> changes = new ArrayList<>();
        now.forEach((field, value) -> {
            String previous = old.getOrDefault(field, "");
            if (!Objects.equals(previous, value)) {
                changes.add(new FieldChange(field, previous, value));
            }
        });
        return changes;
    }

    private static Map<String, String> values(Record record, String... ignored) {
        List<String> skip = List.of(ignored);
        Map<String, String> values = new TreeMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (skip.contains(component.getName())) {
                continue;
            }
            try {
                values.put(component.getName(), text(component.getAccessor().invoke(record)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component.getName(), e);
            }
        }
        return values;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(FieldChanges::text).sorted().collect(Collectors.joining(", ", "[", "]"));
        }
        return value.toString();
    }
}
