package org.outreachtracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Languages;

/**
 * The message bundles are complete and the views use them: every key of a bundle is translated
 * into every language with the same parameters, every key the code asks for exists, and the
 * views write no text for people directly (except the views still listed as not translated,
 * each of which must still hold such text, so that the list only shrinks).
 */
class TranslationBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)[^}]*}");

    /**
     * A key the code asks for: getTranslation("…"), Translations.text("…"), text(locale, "…") or a
     * refusal's RuleViolationException.because("…").
     */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|Translations\\.text|\\btext|\\bbecause)\\(\\s*(?:[a-zA-Z.()]+, )?\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");

    /**
     * Text written for people straight into a view: a component made with a text, a text, label,
     * header or message set on one, or a notification, where the text starts with a letter.
     */
    private static final Pattern LITERAL_TEXT = Pattern.compile("(?:new (?:Anchor|RouterLink)\\([^,()]*, \\s*"
            + "|new (?:Button|Span|H[1-6]|Paragraph|NativeLabel|Checkbox|TextField|TextArea|"
            + "PasswordField|EmailField|IntegerField|NumberField|ComboBox|MultiSelectComboBox|Select|"
            + "DatePicker|DateTimePicker|TimePicker|Tab|Details|ListItem|Emphasis|Strong)(?:<[^>]*>)?"
            + "\\((?:[^\"()]*, )?\\s*"
            + "|\\.set(?:Text|Label|Title|Placeholder|HelperText|ErrorMessage|Header|AriaLabel|TooltipText|"
            + "Summary|SummaryText|HeaderTitle|ConfirmText|CancelText|RejectText|EmptyStateText)\\(\\s*"
            + "|\\.setAttribute\\(\"(?:aria-label|title|placeholder)\", "
            + "|Notifications\\.(?:success|error)\\(\\s*)\"[A-Za-z]");

    /** Views whose texts are not in the bundles yet. Take a file off when it is translated. */
    private static final Set<String> NOT_YET_TRANSLATED = notYetTranslated();

    @Test
    void everyBundleIsTranslatedIntoEveryLanguageWithTheSameParameters() {
        List<String> problems = new ArrayList<>();
        for (String bundle : Translations.bundleNames()) {
            Map<String, String> english = read(bundle + ".properties");
            assertThat(english).as(bundle).isNotEmpty();
            for (Locale language : Languages.SUPPORTED.subList(1, Languages.SUPPORTED.size())) {
                String file = bundle + "_" + language.getLanguage() + ".properties";
                Map<String, String> translated = read(file);
                for (String key : english.keySet()) {
                    if (!translated.containsKey(key)) {
                        problems.add(file + " lacks " + key);
                    } else if (!parameters(english.get(key)).equals(parameters(translated.get(key)))) {
                        problems.add(file + " has other parameters than English in " + key);
                    } else if (translated.get(key).isBlank()) {
                        problems.add(file + " has an empty " + key);
                    }
                }
                translated.keySet().stream()
                        .filter(key -> !english.containsKey(key))
                        .forEach(key -> problems.add(file + " has " + key + ", which English lacks"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void eachKeyBelongsToOneBundleAndIsNamedAfterIt() {
        Map<String, String> bundleOfKey = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String bundle : Translations.bundleNames()) {
            String prefix = bundle.substring("i18n/".length()) + ".";
            for (String key : read(bundle + ".properties").keySet()) {
                if (!key.startsWith(prefix)) {
                    problems.add(key + " in " + bundle + " does not start with " + prefix);
                }
                String other = bundleOfKey.put(key, bundle);
                if (other != null) {
                    problems.add(key + " is in both " + other + " and " + bundle);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void textsWithParametersAreValidPatternsWithTheirQuotesDoubled() {
        List<String> problems = new ArrayList<>();
        for (String bundle : Translations.bundleNames()) {
            for (Locale language : Languages.SUPPORTED) {
                String file = bundle + (language.equals(Languages.ENGLISH) ? "" : "_" + language.getLanguage())
                        + ".properties";
                read(file).forEach((key, text) -> {
                    if (parameters(text).isEmpty()) {
                        return;
                    }
                    if (text.replace("''", "").contains("'")) {
                        problems.add(file + " " + key + ": a single quote in a text with parameters vanishes;"
                                + " write it twice, or use ’");
                    }
                    try {
                        new MessageFormat(text, language);
                    } catch (IllegalArgumentException invalid) {
                        problems.add(file + " " + key + ": " + invalid.getMessage());
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheBundles() {
        Set<String> keys = new TreeSet<>();
        Translations.bundleNames()
                .forEach(bundle -> keys.addAll(read(bundle + ".properties").keySet()));
        Map<String, String> missing = new TreeMap<>();
        javaSources().forEach(file -> {
            Matcher use = KEY_USE.matcher(source(file));
            while (use.find()) {
                if (!keys.contains(use.group(1))) {
                    missing.put(use.group(1), SOURCES.relativize(file).toString());
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    /** A key naming a value of the domain: package, enum, value ("followup.FollowUpStatus.OPEN"). */
    private static final Pattern ENUM_KEY = Pattern.compile("([a-z]+)\\.([A-Z][A-Za-z]+)\\.([A-Z][A-Z0-9_]*)");

    @Test
    void everyValueOfATranslatedEnumHasItsLabel() {
        Set<String> keys = new TreeSet<>();
        Translations.bundleNames()
                .forEach(bundle -> keys.addAll(read(bundle + ".properties").keySet()));
        Set<String> enums = new TreeSet<>();
        for (String key : keys) {
            Matcher enumKey = ENUM_KEY.matcher(key);
            if (enumKey.matches()) {
                enums.add("org.outreachtracker." + enumKey.group(1) + "." + enumKey.group(2));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String name : enums) {
            Class<?> type = enumNamed(name);
            if (type == null) {
                // Labels of another part's enum (as admin.AuditAction.*): tested beside their helper.
                continue;
            }
            assertThat(type.isEnum()).as(name).isTrue();
            for (Object value : type.getEnumConstants()) {
                String key = Translations.labelKey((Enum<?>) value);
                if (!keys.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyViewInTheNavigationHasItsNameInTheBundles() {
        Set<String> keys = new TreeSet<>(read("i18n/shell.properties").keySet());
        Pattern route = Pattern.compile("@Route\\(\"([^\"]+)\"\\)");
        List<String> missing = new ArrayList<>();
        javaSources()
                .map(TranslationBundlesTest::source)
                .filter(text -> text.contains("@Menu("))
                .forEach(text -> {
                    Matcher path = route.matcher(text);
                    assertThat(path.find()).isTrue();
                    if (!keys.contains("shell.menu." + path.group(1))) {
                        missing.add("shell.menu." + path.group(1));
                    }
                });
        assertThat(missing).isEmpty();
    }

    @Test
    void translatedViewsWriteNoTextForPeopleDirectly() {
        Map<String, List<String>> literals = new TreeMap<>();
        javaSources().filter(TranslationBundlesTest::isView).forEach(file -> {
            Matcher literal = LITERAL_TEXT.matcher(source(file));
            while (literal.find()) {
                literals.computeIfAbsent(name(file), key -> new ArrayList<>())
                        .add(literal.group()
                                .substring(0, Math.min(60, literal.group().length())));
            }
        });
        Map<String, List<String>> inTranslatedViews = new TreeMap<>(literals);
        inTranslatedViews.keySet().removeAll(NOT_YET_TRANSLATED);
        assertThat(inTranslatedViews)
                .as("texts to move into the bundles (or the view back onto the not-yet list)")
                .isEmpty();
        assertThat(new TreeSet<>(NOT_YET_TRANSLATED))
                .as("views on the not-yet list that have no direct text left: take them off the list")
                .isSubsetOf(literals.keySet());
    }

    @Test
    void theDetectorFindsDirectTextAndLeavesKeysAlone() {
        assertThat(LITERAL_TEXT
                        .matcher("var save = new Button(\"Save\", event -> save());")
                        .find())
                .isTrue();
        assertThat(LITERAL_TEXT.matcher("field.setLabel(\"Country\");").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("Notifications.success(\"Saved.\");").find())
                .isTrue();
        assertThat(LITERAL_TEXT.matcher("new ComboBox<>(\"Post\")").find()).isTrue();
        assertThat(LITERAL_TEXT
                        .matcher("new Button(\n        \"Log a meeting\",")
                        .find())
                .isTrue();
        assertThat(LITERAL_TEXT
                        .matcher("grid.setEmptyStateText(\"Nothing yet.\")")
                        .find())
                .isTrue();
        assertThat(LITERAL_TEXT
                        .matcher("getElement().setAttribute(\"aria-label\", \"My taskings\")")
                        .find())
                .isTrue();
        assertThat(LITERAL_TEXT
                        .matcher("new Button(getTranslation(\"meeting.save\"))")
                        .find())
                .isFalse();
        assertThat(LITERAL_TEXT.matcher("button.setId(\"save\");").find()).isFalse();
        assertThat(LITERAL_TEXT
                        .matcher("new Anchor(\"meetings\", getTranslation(\"desk.allMeetings\"))")
                        .find())
                .isFalse();
        assertThat(LITERAL_TEXT
                        .matcher("new Anchor(\"meetings\", \"All meetings\")")
                        .find())
                .isTrue();
        Matcher key = KEY_USE.matcher("x = getTranslation(\"account.display.title\", 3)");
        assertThat(key.find()).isTrue();
        assertThat(key.group(1)).isEqualTo("account.display.title");
        Matcher refusal = KEY_USE.matcher("throw RuleViolationException.because(\"refusal.meeting.notYours\", 3)");
        assertThat(refusal.find()).isTrue();
        assertThat(refusal.group(1)).isEqualTo("refusal.meeting.notYours");
    }

    /** The enum of that name in the part of the application or in its user interface package; else null. */
    private static Class<?> enumNamed(String name) {
        int dot = name.lastIndexOf('.');
        for (String candidate : List.of(name, name.substring(0, dot) + ".ui" + name.substring(dot))) {
            try {
                return Class.forName(candidate);
            } catch (ClassNotFoundException notThere) {
                // Try the next place.
            }
        }
        return null;
    }

    private static boolean isView(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.contains("/ui/") || path.contains("/shell/");
    }

    private static String name(Path file) {
        return SOURCES.relativize(file).toString().replace('\\', '/');
    }

    private static Set<String> parameters(String text) {
        Set<String> found = new TreeSet<>();
        Matcher parameter = PARAMETER.matcher(text);
        while (parameter.find()) {
            found.add(parameter.group(1));
        }
        return found;
    }

    private static Map<String, String> read(String resource) {
        var stream = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(stream).as(resource + " on the class path").isNotNull();
        var properties = new Properties();
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }

    private static Stream<Path> javaSources() {
        try {
            return Files.walk(SOURCES).filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String source(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Set<String> notYetTranslated() {
        try (var lines = Files.lines(Path.of("src/test/resources/i18n-not-yet-translated.txt"))) {
            return lines.map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
