package org.outreachtracker.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How one feature's recorded values read for people. Events written before the trail recorded
 * labels and names (and events about user accounts) carry stored values: constants
 * ("IN_PERSON"), ids and codes. The feature that owns such a value says what it reads as; each
 * feature recording such values offers one of these as a bean, so the trail's screens need not
 * know the features.
 */
public interface AuditVocabulary {

    /** Knows no value. */
    AuditVocabulary NONE = (type, field, item) -> null;

    /**
     * A recorded value as people read it: the label of a constant, the name an id or a code stands
     * for (for a list of ids or codes, one item at a time), or null when it is not one of this
     * feature's.
     */
    String read(AuditedObject type, String field, String item);

    /** The name of the record an event is about, or null when it is not one of this feature's or is unknown. */
    default String nameOf(AuditedObject type, String id) {
        return null;
    }

    /** The first answer of these vocabularies, in their order. */
    static AuditVocabulary of(List<? extends AuditVocabulary> vocabularies) {
        List<AuditVocabulary> all = List.copyOf(vocabularies);
        return new AuditVocabulary() {
            @Override
            public String read(AuditedObject type, String field, String item) {
                return all.stream()
                        .map(v -> v.read(type, field, item))
                        .filter(r -> r != null)
                        .findFirst()
                        .orElse(null);
            }

            @Override
            public String nameOf(AuditedObject type, String id) {
                return all.stream()
                        .map(v -> v.nameOf(type, id))
                        .filter(r -> r != null)
                        .findFirst()
                        .orElse(null);
            }
        };
    }

    /**
     * This vocabulary answering each question once: a screen showing the trail keeps the names it
     * read while it is open. Not for sharing between sessions.
     */
    static AuditVocabulary remembering(AuditVocabulary vocabulary) {
        Map<List<Object>, Optional<String>> answers = new HashMap<>();
        return new AuditVocabulary() {
            @Override
            public String read(AuditedObject type, String field, String item) {
                return answers.computeIfAbsent(
                                List.of("read", String.valueOf(type), field, item),
                                key -> Optional.ofNullable(vocabulary.read(type, field, item)))
                        .orElse(null);
            }

            @Override
            public String nameOf(AuditedObject type, String id) {
                return answers.computeIfAbsent(
                                List.of("name", String.valueOf(type), id),
                                key -> Optional.ofNullable(vocabulary.nameOf(type, id)))
                        .orElse(null);
            }
        };
    }

    /** The label of a stored constant of this enum, or null when the value is not one of its constants. */
    static <E extends Enum<E>> String constant(Class<E> type, String value, Function<E, String> label) {
        try {
            return label.apply(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException notOne) {
            return null;
        }
    }
}
