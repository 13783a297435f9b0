package org.outreachtracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and presses the links and buttons of a {@link DataTable}, and reads other parts of a page
 * built as one {@link Html} element, as a browser would.
 */
public final class TestDataTables {

    private TestDataTables() {}

    /** The table's links and action buttons, as parsed HTML elements. */
    public static List<Element> controls(Component table) {
        return Jsoup.parseBodyFragment(((Html) table).getInnerHtml()).select("a[href], button[data-action]");
    }

    /** Clicks the first action button of the table that matches, as the browser reports the click. */
    public static void press(Component table, Predicate<Element> button) {
        Element pressed = controls(table).stream()
                .filter(element -> element.hasAttr("data-action"))
                .filter(button)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No such button in " + ((Html) table).getInnerHtml()));
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(DataTable.ACTION_DATA, pressed.attr("data-action"));
        table.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(table.getElement(), "click", data));
    }

    /** The elements that match the CSS query within these Html components, parsed as the browser would. */
    public static List<Element> select(Collection<Html> parts, String cssQuery) {
        return parts.stream()
                .flatMap(part -> Jsoup.parseBodyFragment(part.getInnerHtml()).select(cssQuery).stream())
                .toList();
    }

    /** The one element that matches the CSS query within these Html components. */
    public static Element single(Collection<Html> parts, String cssQuery) {
        List<Element> found = select(parts, cssQuery);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " elements match " + cssQuery);
        }
        return found.getFirst();
    }

    /** The text a reader sees in the component, including the text of the Html parts within it. */
    public static String text(com.vaadin.flow.component.HasElement root, Collection<Html> parts) {
        return root.getElement().getTextRecursively() + " "
                + String.join(
                        " ", select(parts, "body").stream().map(Element::text).toList());
    }
}
