package org.outreachtracker.account;

import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.RuleViolationException;

/**
 * How a person wants the interface shown: in which language (a language tag, "fr") and with
 * times in which time zone (a region, "Europe/Paris"). Either empty means "as my browser says".
 */
public record DisplayPreferences(
        @Nullable String language, @Nullable String timeZone) {

    public static final DisplayPreferences BROWSER = new DisplayPreferences(null, null);

    /** Blank choices mean "as my browser says". */
    public DisplayPreferences {
        language = language == null || language.isBlank() ? null : language.strip();
        timeZone = timeZone == null || timeZone.isBlank() ? null : timeZone.strip();
    }

    /** Refuses a language the interface does not speak, or a time zone that is not a region's. */
    void check() {
        if (language != null && Languages.supported(language).isEmpty()) {
            throw RuleViolationException.because("refusal.account.languageUnavailable", language);
        }
        if (timeZone != null && !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw RuleViolationException.because("refusal.account.noSuchTimeZone", timeZone);
        }
    }

    public Optional<ZoneId> zone() {
        return Optional.ofNullable(timeZone).map(ZoneId::of);
    }
}
