package org.outreachtracker.base.ui;

import com.vaadin.flow.component.Html;
import org.springframework.web.util.HtmlUtils;

/**
 * One piece of HTML built from the application's own tags and attribute names and escaped text,
 * for the views that show many texts and links as a single {@link Html} element instead of a
 * component each ({@link DataTable}, the dashboard's figures). Every text and attribute value
 * goes through {@link #escape}, so a name such as {@code <b>Côte & "Co"</b>} shows as text and
 * never becomes markup; tag and attribute names are always constants of the caller, never input.
 */
public final class HtmlBuilder {

    private final StringBuilder html = new StringBuilder();

    /**
     * Opens {@code tag} with its attributes given as name and value pairs; an attribute whose value
     * is null is left out.
     */
    public HtmlBuilder open(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes come in name and value pairs: " + attributes.length);
        }
        html.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                html.append(' ')
                        .append(attributes[i])
                        .append("=\"")
                        .append(escape(attributes[i + 1]))
                        .append('"');
            }
        }
        html.append('>');
        return this;
    }

    public HtmlBuilder close(String tag) {
        html.append("</").append(tag).append('>');
        return this;
    }

    /** Text, escaped. */
    public HtmlBuilder text(String text) {
        html.append(escape(text));
        return this;
    }

    /** An element holding only {@code text}: {@link #open}, {@link #text}, {@link #close}. */
    public HtmlBuilder element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** The HTML as one component; what was built must be a single element. */
    public Html toHtml() {
        return new Html(html.toString());
    }

    @Override
    public String toString() {
        return html.toString();
    }

    /** {@code <}, {@code >}, {@code &} and both quotes as character references. */
    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
