package org.outreachtracker.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.search.GlobalSearchService;
import org.outreachtracker.search.SearchGroup;
import org.outreachtracker.search.SearchHit;
import org.outreachtracker.search.SearchKind;
import org.outreachtracker.search.SearchResults;
import org.outreachtracker.search.Snippet;

/**
 * What a search found ({@code /search?q=…}, linkable): a section per kind of record, best first,
 * each hit a link to its record with the words found highlighted. Meetings link on to the
 * meetings list with the same words, where every match can be paged through and filtered.
 */
@Route(SearchView.ROUTE)
@RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
public class SearchView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "search";

    private final GlobalSearchService search;
    private final Div results = new Div();

    SearchView(GlobalSearchService search) {
        this.search = search;
        addClassNames("page", "search-page");
        results.setId("search-results");
        results.addClassName("search-results");
        results.getElement().setAttribute("aria-live", "polite");
        add(results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String text = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("q")
                .orElse("")
                .strip();
        show(text);
    }

    private void show(String text) {
        results.removeAll();
        if (text.isEmpty()) {
            results.add(note(getTranslation("search.view.hint")));
            return;
        }
        SearchResults found;
        try {
            found = search.search(text);
        } catch (RuleViolationException refused) {
            results.add(note(Translations.refusal(refused)));
            return;
        }
        if (!found.indexComplete()) {
            results.add(note(getTranslation("search.view.indexing")));
        }
        if (found.empty()) {
            results.add(note(getTranslation("search.view.noWord", text)));
        } else if (found.nothingFound()) {
            results.add(note(getTranslation("search.view.nothing", text)));
        } else {
            found.groups().forEach(group -> results.add(group(group, text)));
        }
    }

    private static Section group(SearchGroup group, String text) {
        String matches = String.valueOf(group.matches());
        String count = group.more() ? Translations.text("search.view.more", matches) : matches;
        var heading = new H2(Translations.text(
                "search.view.group",
                Translations.text("search.SearchKind." + group.kind().name()),
                count));
        var section = new Section(heading);
        section.addClassName("search-group");
        section.setId("search-" + group.kind().name().toLowerCase().replace('_', '-'));
        group.hits().forEach(hit -> section.add(hit(hit)));
        if (group.kind() == SearchKind.MEETING && group.matches() > group.hits().size()) {
            var all = new Anchor(
                    "meetings?" + QueryParameters.simple(Map.of("q", text)).getQueryString(),
                    Translations.text("search.view.allMeetings"));
            all.addClassName("search-all");
            section.add(all);
        }
        return section;
    }

    private static Div hit(SearchHit hit) {
        var title = new Anchor(hit.link(), "");
        title.addClassName("search-hit-title");
        if (hit.title().parts().isEmpty()) {
            title.setText(Translations.text("search.view.untitled"));
        } else {
            marked(title.getElement(), hit.title());
        }
        var line = new Div(title);
        line.addClassName("search-hit-line");
        if (hit.date() != null) {
            var date = new Span(dated(hit.kind(), Formats.date(hit.date())));
            date.addClassName("search-hit-date");
            line.add(date);
        }
        var item = new Div(line, snippet(hit.snippet()));
        item.addClassName("search-hit");
        return item;
    }

    /** A snippet or title with its matched words in {@code <mark>}; text is set as text, never as markup. */
    static Paragraph snippet(Snippet snippet) {
        var paragraph = new Paragraph();
        paragraph.addClassName("search-snippet");
        marked(paragraph.getElement(), snippet);
        return paragraph;
    }

    private static void marked(Element element, Snippet snippet) {
        for (Snippet.Part part : snippet.parts()) {
            element.appendChild(
                    part.match() ? new Element("mark").setText(part.text()) : Element.createText(part.text()));
        }
    }

    /** What a hit's date is, said before it: a meeting's day needs no word. */
    private static String dated(SearchKind kind, String date) {
        return switch (kind) {
            case MEETING, COUNTERPART -> date;
            case FOLLOW_UP -> Translations.text("search.view.due", date);
            case COMMITMENT -> Translations.text("search.view.checkBack", date);
            case CAMPAIGN -> Translations.text("search.view.issued", date);
        };
    }

    private static Paragraph note(String text) {
        var note = new Paragraph(text);
        note.addClassName("search-note");
        return note;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.view.title") + " | Outreach Tracker";
    }
}
