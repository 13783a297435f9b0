package org.outreachtracker.counterpart;

import java.text.Normalizer;
import java.util.Locale;
import org.outreachtracker.base.HiddenCharacters;

/**
 * When two entries of the directory are the same person: the same name and organization in the
 * same country, compared without regard to case, to accents written in composed or decomposed
 * form, or to spacing ("Haruka  Sato", "METI" and "haruka sato", "meti"). The title may differ
 * (people are promoted). Invisible characters compare as the marks exports write for them
 * ("[U+202E]"), so an exported directory imports back as matches. The import, the directory and
 * the counterparts added from a meeting use this rule.
 */
public final class SameCounterpart {

    private SameCounterpart() {}

    /** Text as the rule compares it. */
    public static String normal(String text) {
        return text == null
                ? ""
                : Normalizer.normalize(HiddenCharacters.reveal(text), Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT)
                        .strip()
                        .replaceAll("\\s+", " ");
    }

    /** What two entries of one country share when they are the same person. */
    public static String key(String name, String organization) {
        return normal(name) + "|" + normal(organization);
    }

    public static boolean same(CounterpartDraft draft, CounterpartRef listed) {
        return draft.countryId() != null
                && draft.countryId() == listed.countryId()
                && key(draft.name(), draft.organization()).equals(key(listed.name(), listed.organization()));
    }
}
