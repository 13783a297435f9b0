package org.outreachtracker.audit;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A record as the audit trail shows it: each field under the label the screens give it, with its
 * value written as the screens write it (names rather than ids, labels rather than constants),
 * resolved when the event is written. So the trail keeps what people saw at the time, and a
 * record that is later renamed or deleted still reads as it was.
 *
 * <p>Values: {@code null} is empty; an enum with a {@code label()} shows its label; booleans
 * show "Yes" or "No"; dates "5 Mar 2026"; a {@link List} keeps its order and any other
 * collection is sorted; items are separated by "; ".
 */
public final class AuditRecord {

    static final String SEPARATOR = "; ";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Map<String, String> fields;

    private AuditRecord(Map<String, String> fields) {
        this.fields = fields;
    }

    /** A record without fields, to add them to. */
    public static AuditRecord of() {
        return new AuditRecord(Map.of());
    }

    /** This record with one more field (or the field replaced). */
    public AuditRecord with(String label, Object value) {
        var more = new LinkedHashMap<>(fields);
        more.put(label, text(value));
        return new AuditRecord(Collections.unmodifiableMap(more));
    }

    /** The fields by label, in the order they were added; values as text ("" for none). */
    public Map<String, String> fields() {
        return fields;
    }

    /** A value as the trail writes it. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof Enum<?> constant) {
            return label(constant);
        }
        if (value instanceof List<?> list) {
            return list.stream()
                    .map(AuditRecord::text)
                    .filter(t -> !t.isEmpty())
                    .collect(Collectors.joining(SEPARATOR));
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream()
                    .map(AuditRecord::text)
                    .filter(t -> !t.isEmpty())
                    .sorted(String.CASE_INSENSITIVE_ORDER)
                    .collect(Collectors.joining(SEPARATOR));
        }
        return value.toString();
    }

    private static String label(Enum<?> constant) {
        try {
            Method label = constant.getDeclaringClass().getMethod("label");
            if (label.getReturnType() == String.class && label.getParameterCount() == 0) {
                return (String) label.invoke(constant);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no label: fall through to the constant's name
        }
        return constant.name();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditRecord record && record.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
