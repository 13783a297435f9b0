package org.outreachtracker.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.outreachtracker.account.DisplayPreferences;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Translations;

/**
 * Where each person chooses the language of the interface and the time zone times are shown in;
 * by default, their browser's. The page reloads in the new language when saved.
 */
@Route("account/display")
@PermitAll
public class DisplayPreferencesView extends Main implements HasDynamicTitle {

    /** Stands for "my browser's" in both choices. */
    static final String BROWSER = "";

    private final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    private final ComboBox<String> zone = new ComboBox<>();

    DisplayPreferencesView(UserAccountService accounts) {
        addClassNames("page", "display-preferences-page");
        DisplayPreferences saved = accounts.ownDisplayPreferences();

        language.setLabel(getTranslation("account.display.language"));
        language.setId("display-language");
        language.setItems(languageChoices());
        language.setItemLabelGenerator(this::languageLabel);
        language.setValue(saved.language() == null ? BROWSER : saved.language());

        zone.setLabel(getTranslation("account.display.zone"));
        zone.setId("display-zone");
        zone.setItems(zoneChoices());
        zone.setItemLabelGenerator(this::zoneLabel);
        zone.setValue(saved.timeZone() == null ? BROWSER : saved.timeZone());
        zone.setHelperText(getTranslation("account.display.zone.helper"));
        zone.setAllowCustomValue(false);

        var save = new Button(getTranslation("account.display.save"), event -> save(accounts));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("display-save");

        var form = new FormLayout(language, zone);
        form.setMaxWidth("32rem");
        add(new Paragraph(getTranslation("account.display.intro")), form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.display.title") + " | Outreach Tracker";
    }

    private void save(UserAccountService accounts) {
        try {
            accounts.changeOwnDisplayPreferences(new DisplayPreferences(language.getValue(), zone.getValue()));
        } catch (RuleViolationException refused) {
            Notifications.error(Translations.refusal(refused));
            return;
        }
        Notifications.success(getTranslation("account.display.saved"));
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private static List<String> languageChoices() {
        var choices = new java.util.ArrayList<String>();
        choices.add(BROWSER);
        Languages.SUPPORTED.forEach(locale -> choices.add(locale.toLanguageTag()));
        return choices;
    }

    private String languageLabel(String tag) {
        return tag.equals(BROWSER)
                ? getTranslation("account.display.language.browser")
                : Languages.supported(tag).map(Languages::nativeName).orElse(tag);
    }

    private static List<String> zoneChoices() {
        var zones = new java.util.ArrayList<String>();
        zones.add(BROWSER);
        ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                .sorted()
                .forEach(zones::add);
        zones.add("UTC");
        return zones;
    }

    private String zoneLabel(String id) {
        if (id.equals(BROWSER)) {
            return getTranslation("account.display.zone.browser");
        }
        Locale locale = Optional.ofNullable(getLocale()).orElse(Languages.ENGLISH);
        ZoneId zoneId = ZoneId.of(id);
        String offset = zoneId.getRules().getOffset(Instant.now()).getId().replace("Z", "+00:00");
        return id.replace('_', ' ') + " — " + zoneId.getDisplayName(TextStyle.FULL, locale) + " (UTC" + offset + ")";
    }
}
