package org.outreachtracker.shell;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.DisplayPreferences;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.ui.Formats;
import org.springframework.stereotype.Component;

/**
 * Puts each new page into the user's language and time zone: those of their account's display
 * preferences, or else their browser's. A right-to-left language turns the whole page around.
 */
@Component
class DisplaySettings {

    private final CurrentUser currentUser;
    private final UserAccountService accounts;

    DisplaySettings(CurrentUser currentUser, UserAccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    /** The language a page requested now is shown in. */
    Locale language(VaadinRequest request) {
        return Languages.supported(preferences().language()).orElseGet(() -> Languages.best(browserLanguages(request)));
    }

    void apply(UI ui, VaadinRequest request) {
        DisplayPreferences preferences = preferences();
        Locale language =
                Languages.supported(preferences.language()).orElseGet(() -> Languages.best(browserLanguages(request)));
        ui.setLocale(language);
        ui.setDirection(Languages.isRightToLeft(language) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        Formats.useZone(ui, preferences.zone().orElseGet(() -> browserZone(ui)));
    }

    private DisplayPreferences preferences() {
        return currentUser.get().isPresent() ? accounts.ownDisplayPreferences() : DisplayPreferences.BROWSER;
    }

    private static List<Locale> browserLanguages(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servlet) {
            return Collections.list(servlet.getHttpServletRequest().getLocales());
        }
        return request == null || request.getLocale() == null ? List.of() : List.of(request.getLocale());
    }

    private static ZoneId browserZone(UI ui) {
        var details = ui.getPage().getExtendedClientDetails();
        String id = details == null ? null : details.getTimeZoneId();
        if (id == null || id.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return ZoneId.of("UTC");
        }
    }
}
