package org.outreachtracker.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreachtracker.coverage.CoverageStatus;

/**
 * The status colours are defined once (custom properties in app.css), used by the badges (My
 * desk) and the drawings (map, legend, charts) alike, and readable: every status's text colour
 * has WCAG AA contrast on its background.
 */
class PaletteTest {

    private static String css;

    @BeforeAll
    static void read() throws IOException {
        var all = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("frontend", "styles"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".css")).sorted().toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        css = all.toString();
    }

    @Test
    void eachStatusHasOneColourAndOneTextColourWithAaContrast() {
        for (CoverageStatus status : CoverageStatus.values()) {
            String token = StatusStyle.token(status);
            String fill = definition("--ot-status-" + token);
            String ink = definition("--ot-status-" + token + "-ink");
            assertThat(contrast(fill, ink))
                    .as("contrast of %s's text on its colour", status.label())
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void badgesAndDrawingsTakeTheSameColourForEachStatus() {
        for (CoverageStatus status : CoverageStatus.values()) {
            String token = StatusStyle.token(status);
            assertThat(rule(".status-badge.status-" + token))
                    .as("the %s badge", status.label())
                    .contains("background: var(--ot-status-" + token + ")")
                    .contains("color: var(--ot-status-" + token + "-ink)");
            assertThat(rule("." + StatusStyle.of(status).fillClass()))
                    .as("%s in drawings", status.label())
                    .contains("fill: var(--ot-status-" + token + ")");
        }
    }

    @Test
    void noStatusColourIsWrittenOutAnywhereElse() throws IOException {
        List<String> colours = new ArrayList<>();
        for (CoverageStatus status : CoverageStatus.values()) {
            colours.add(definition("--ot-status-" + StatusStyle.token(status)).toLowerCase(Locale.ROOT));
        }
        colours.remove("#ffffff"); // "not yet approached" is plain white, which many things are
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source :
                    sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source).toLowerCase(Locale.ROOT);
                for (String colour : colours) {
                    assertThat(text)
                            .as("%s writes out the palette's %s", source, colour)
                            .doesNotContain(colour);
                }
            }
        }
        for (String colour : colours) {
            long uses = Pattern.compile(Pattern.quote(colour), Pattern.CASE_INSENSITIVE)
                    .matcher(css)
                    .results()
                    .count();
            assertThat(uses).as("%s in the style sheets", colour).isEqualTo(1);
        }
    }

    /** The value of a custom property, which must be defined exactly once. */
    private static String definition(String property) {
        Matcher matcher = Pattern.compile(Pattern.quote(property) + "\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;")
                .matcher(css);
        assertThat(matcher.find()).as("%s is defined", property).isTrue();
        String value = matcher.group(1);
        assertThat(matcher.find()).as("%s is defined only once", property).isFalse();
        return value;
    }

    /** The declarations of the rule with exactly this selector. */
    private static String rule(String selector) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)}")
                .matcher(css);
        assertThat(matcher.find()).as("a rule for %s", selector).isTrue();
        return matcher.group(1).replaceAll("\\s+", " ");
    }

    /** WCAG 2 contrast ratio of two #rrggbb colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
