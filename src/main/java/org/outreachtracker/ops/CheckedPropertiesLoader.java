package org.outreachtracker.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;

/**
 * Reads settings files ({@code .properties}) as Spring Boot does, but when one holds a broken
 * {@code \}{@code uXXXX} escape, says which file and which line instead of Boot's bare
 * "Malformed \}{@code uxxxx encoding.}" Registered in {@code META-INF/spring.factories} ahead of
 * Boot's own loader, to which it hands everything else.
 */
public class CheckedPropertiesLoader implements PropertySourceLoader, Ordered {

    private final PropertiesPropertySourceLoader properties = new PropertiesPropertySourceLoader();

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public String[] getFileExtensions() {
        return properties.getFileExtensions();
    }

    @Override
    public List<PropertySource<?>> load(String name, Resource resource) throws IOException {
        try {
            return properties.load(name, resource);
        } catch (IllegalStateException | IllegalArgumentException e) {
            if (!String.valueOf(e.getMessage()).contains("Malformed")) {
                throw e;
            }
            String text;
            try (InputStream in = resource.getInputStream()) {
                // Boot reads .properties files as ISO-8859-1.
                text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            String where = resource.isFile() ? resource.getFile().getPath() : resource.getDescription();
            var bad = BrokenEscape.find(text);
            String description = bad.map(b -> "The settings file " + where + " has a broken escape on line "
                                    + b.line() + ": \"" + b.text()
                                    + "\". After \\u come four hexadecimal digits (0-9, a-f), as in"
                                    + " \\u00e9 for é.")
                            .orElse("The settings file " + where + " has a broken \\u escape.")
                    + " The application stopped before changing anything.";
            String action = bad.map(b -> "Correct line " + b.line() + " of that file: give the character's four"
                            + " hexadecimal digits after \\u, or write \\\\ for a backslash that is meant as it is.")
                    .orElse("Correct the escapes in that file: after \\u come four hexadecimal digits; write \\\\ for a"
                            + " backslash that is meant as it is.");
            throw new StartupProblem(description, action, e);
        }
    }

    /** The first {@code \}{@code u} escape of a properties text that is not followed by four hex digits. */
    record BrokenEscape(int line, String text) {

        static java.util.Optional<BrokenEscape> find(String properties) {
            String[] lines = properties.split("\r\n|\r|\n", -1);
            for (int number = 1; number <= lines.length; number++) {
                String line = lines[number - 1];
                String content = line.stripLeading();
                if (content.startsWith("#") || content.startsWith("!")) {
                    continue;
                }
                for (int i = 0; i < line.length() - 1; i++) {
                    if (line.charAt(i) != '\\') {
                        continue;
                    }
                    if (line.charAt(i + 1) == 'u' && !fourHexDigits(line, i + 2)) {
                        return java.util.Optional.of(
                                new BrokenEscape(number, line.substring(i, Math.min(line.length(), i + 6))));
                    }
                    i++; // the escaped character, which may itself be a backslash
                }
            }
            return java.util.Optional.empty();
        }

        private static boolean fourHexDigits(String line, int from) {
            if (line.length() < from + 4) {
                return false;
            }
            for (int i = from; i < from + 4; i++) {
                if (Character.digit(line.charAt(i), 16) < 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
