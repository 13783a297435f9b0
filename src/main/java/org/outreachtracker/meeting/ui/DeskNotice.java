package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ui.CountryNames;

/**
 * Why a country cannot be chosen in the meeting form: a desk officer logs meetings for their
 * desk countries only. The country field's help names them and who can change the desk; when a
 * link asks for another country (?country=BR) this notice says so above the form.
 */
class DeskNotice extends Paragraph {

    private final MeetingFormContext context;

    DeskNotice(MeetingFormContext context) {
        this.context = context;
        addClassName("callout");
        setId("not-on-desk");
        setVisible(false);
    }

    /** The help under the country field: the countries that can be chosen (none for managers, who choose any). */
    String help() {
        if (!context.deskOnly()) {
            return null;
        }
        return Translations.text(
                "meeting.deskNotice.help",
                context.countries().stream()
                        .map(CountryNames::of)
                        .sorted(Formats.names())
                        .collect(Collectors.joining(Translations.text("meeting.documents.separator"))));
    }

    /** Says why the country asked for is not chosen (not on the desk, or no such code); hidden for null. */
    void explain(String countryCode) {
        setVisible(countryCode != null && !countryCode.isBlank());
        if (!isVisible()) {
            return;
        }
        CountryRef asked = context.countryByCode(countryCode);
        if (asked == null) {
            setText(Translations.text("meeting.deskNotice.noSuchCode", countryCode.strip()));
        } else {
            setText(Translations.text("meeting.deskNotice.notOnDesk", CountryNames.of(asked), help()));
        }
    }
}
