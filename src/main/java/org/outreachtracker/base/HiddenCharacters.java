package org.outreachtracker.base;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Characters that change how text reads without being seen: bidirectional controls (an
 * override such as U+202E shows "txt.exe" as "exe.txt"), zero-width and other invisible
 * formatting characters, and control characters other than tab and line breaks. Text that
 * leaves the application (cable drafts, exports, PDF briefs) shows each as a visible mark such
 * as "[U+202E]"; forms warn when one is typed.
 *
 * <p>The zero-width joiner and non-joiner (U+200D, U+200C) are part of ordinary writing in some
 * scripts — Persian words, Indic conjuncts, emoji sequences such as a family — so they count as
 * hidden only where they join nothing: next to a space, at either end, or between letters of
 * scripts that do not use them (Latin, Greek, Cyrillic, Han…).
 */
public final class HiddenCharacters {

    /** Scripts in which the joiners shape letters. */
    private static final Set<Character.UnicodeScript> JOINING_SCRIPTS = EnumSet.of(
            Character.UnicodeScript.ARABIC,
            Character.UnicodeScript.SYRIAC,
            Character.UnicodeScript.NKO,
            Character.UnicodeScript.MANDAIC,
            Character.UnicodeScript.MONGOLIAN,
            Character.UnicodeScript.DEVANAGARI,
            Character.UnicodeScript.BENGALI,
            Character.UnicodeScript.GURMUKHI,
            Character.UnicodeScript.GUJARATI,
            Character.UnicodeScript.ORIYA,
            Character.UnicodeScript.TAMIL,
            Character.UnicodeScript.TELUGU,
            Character.UnicodeScript.KANNADA,
            Character.UnicodeScript.MALAYALAM,
            Character.UnicodeScript.SINHALA,
            Character.UnicodeScript.KHMER,
            Character.UnicodeScript.MYANMAR,
            Character.UnicodeScript.TIBETAN);

    private HiddenCharacters() {}

    /** Whether the text holds at least one hidden character. */
    public static boolean present(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (hiddenAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** The hidden characters of the text, in order (repeats included). */
    public static List<Integer> find(String text) {
        List<Integer> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (hiddenAt(text, i)) {
                found.add(text.codePointAt(i));
            }
        }
        return found;
    }

    /** The text with each hidden character replaced by its visible mark, e.g. "[U+202E]"; null stays null. */
    public static String reveal(String text) {
        return replace(text, true);
    }

    /** The text without its hidden characters (joiners that join stay); null stays null. */
    public static String remove(String text) {
        return replace(text, false);
    }

    /** "[U+202E]": how a hidden character is shown in text that leaves the application. */
    public static String mark(int codePoint) {
        return "[" + code(codePoint) + "]";
    }

    /** "right-to-left override (U+202E)", for messages. */
    public static String describe(int codePoint) {
        return name(codePoint) + " (" + code(codePoint) + ")";
    }

    private static String replace(String text, boolean reveal) {
        if (text == null || !present(text)) {
            return text;
        }
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (hiddenAt(text, i)) {
                if (reveal) {
                    out.append(mark(c));
                }
            } else {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static boolean hiddenAt(String text, int index) {
        int c = text.codePointAt(index);
        if (c < 0x80) {
            return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
        }
        if (c == 0x200C || c == 0x200D) {
            return !joins(text, index, c);
        }
        return hidden(c);
    }

    /** Whether the character is hidden wherever it stands (the joiners aside). */
    static boolean hidden(int c) {
        if (c >= 0x0600 && c <= 0x0605 || c == 0x06DD || c == 0x070F || c == 0x08E2 || c == 0x110BD || c == 0x110CD) {
            return false; // Arabic, Syriac and Kaithi number signs: formatting characters that print
        }
        int type = Character.getType(c);
        return type == Character.FORMAT
                || type == Character.CONTROL
                // Default-ignorable characters that are not formatting characters: they print as nothing.
                || c == 0x034F
                || c == 0x115F
                || c == 0x1160
                || c == 0x17B4
                || c == 0x17B5
                || c == 0x3164
                || c == 0xFFA0
                || c == 0x180E;
    }

    /** Whether a joiner at {@code index} stands between two characters it can join. */
    private static boolean joins(String text, int index, int joiner) {
        if (index == 0 || index + Character.charCount(joiner) >= text.length()) {
            return false;
        }
        int before = text.codePointBefore(index);
        int after = text.codePointAt(index + Character.charCount(joiner));
        return joinable(before) && joinable(after) || emoji(before) && emoji(after);
    }

    private static boolean joinable(int c) {
        int type = Character.getType(c);
        boolean letterOrMark =
                Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
        return letterOrMark && JOINING_SCRIPTS.contains(Character.UnicodeScript.of(c));
    }

    /** A character an emoji sequence joins: a pictograph, a skin-tone modifier, or the emoji presentation selector. */
    private static boolean emoji(int c) {
        int type = Character.getType(c);
        return c == 0xFE0F
                || c >= 0x1F3FB && c <= 0x1F3FF
                || (type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL) && c >= 0x2000;
    }

    private static String code(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    private static String name(int c) {
        return switch (c) {
            case 0x202A -> "left-to-right embedding";
            case 0x202B -> "right-to-left embedding";
            case 0x202C -> "pop directional formatting";
            case 0x202D -> "left-to-right override";
            case 0x202E -> "right-to-left override";
            case 0x2066 -> "left-to-right isolate";
            case 0x2067 -> "right-to-left isolate";
            case 0x2068 -> "first strong isolate";
            case 0x2069 -> "pop directional isolate";
            case 0x200E -> "left-to-right mark";
            case 0x200F -> "right-to-left mark";
            case 0x061C -> "Arabic letter mark";
            case 0x200B -> "zero-width space";
            case 0x200C -> "zero-width non-joiner";
            case 0x200D -> "zero-width joiner";
            case 0x2060 -> "word joiner";
            case 0xFEFF -> "zero-width no-break space";
            case 0x00AD -> "soft hyphen";
            default -> Character.getType(c) == Character.CONTROL ? "control character" : "invisible character";
        };
    }
}
