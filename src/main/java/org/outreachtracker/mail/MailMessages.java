package org.outreachtracker.mail;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.Texts;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Makes messages in the application's form: the handling marking as the subject's prefix and at
 * the top and bottom of the body, a plain-text part and a simple HTML part with the same words,
 * and absolute links. Every text is escaped in the HTML part. The message's own words (greeting,
 * closing line) are in the recipient's language, and an Arabic message reads right to left.
 */
@Component
public class MailMessages {

    /** One line of a message: its text, and where it leads (an application path), if anywhere. */
    public record Line(String text, @Nullable String path) {}

    private final MailProperties properties;
    private final String marking;

    MailMessages(MailProperties properties, Environment environment) {
        this.properties = properties;
        this.marking = properties.marking().isEmpty()
                ? environment.getProperty("outreach.ui.banner-text", "").strip()
                : properties.marking();
    }

    /** The marking every message carries; empty for none. */
    public String marking() {
        return marking;
    }

    /** The absolute address of an application path ("meetings/12"). */
    public String link(String path) {
        return properties.baseUrl() + (path.startsWith("/") ? path.substring(1) : path);
    }

    /**
     * A message to one person: a greeting, the lines, and a closing line on where it came from, in
     * {@code language} (the subject, intro and lines are given in it already).
     */
    public OutgoingMail message(
            String recipient,
            @Nullable Long recipientId,
            String name,
            Locale language,
            String subject,
            String intro,
            List<Line> lines) {
        var text = new StringBuilder();
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(language.getLanguage())
                .append("\" dir=\"")
                .append(Languages.isRightToLeft(language) ? "rtl" : "ltr")
                .append("\"><body style=\"font-family:sans-serif\">");
        if (!marking.isEmpty()) {
            text.append(marking).append("\n\n");
            html.append(markingHtml());
        }
        String greeting = Texts.text(language, "mail.message.greeting", name);
        text.append(greeting).append("\n\n").append(intro).append("\n\n");
        html.append("<p>")
                .append(escape(greeting))
                .append("</p><p>")
                .append(escape(intro))
                .append("</p><ul>");
        for (Line line : lines) {
            text.append("- ").append(line.text());
            html.append("<li>");
            if (line.path() == null) {
                html.append(escape(line.text()));
            } else {
                String link = link(line.path());
                text.append("\n  ").append(link);
                html.append("<a href=\"")
                        .append(escape(link))
                        .append("\">")
                        .append(escape(line.text()))
                        .append("</a>");
            }
            text.append('\n');
            html.append("</li>");
        }
        String settings = link("account/notifications");
        text.append('\n')
                .append(Texts.text(language, "mail.message.settingsLine", settings))
                .append('\n');
        html.append("</ul><p style=\"color:#555\">")
                .append(escape(Texts.text(language, "mail.message.signature")))
                .append(" <a href=\"")
                .append(escape(settings))
                .append("\">")
                .append(escape(Texts.text(language, "mail.message.settings")))
                .append("</a>.</p>");
        if (!marking.isEmpty()) {
            text.append('\n').append(marking).append('\n');
            html.append(markingHtml());
        }
        html.append("</body></html>");
        return new OutgoingMail(recipient, recipientId, subject(subject), text.toString(), html.toString());
    }

    /** The subject with the marking in front: "[UNCLASSIFIED] Follow-up due tomorrow". */
    public String subject(String subject) {
        return marking.isEmpty() ? subject : "[" + marking + "] " + subject;
    }

    private String markingHtml() {
        return "<p style=\"text-align:center;font-weight:bold;letter-spacing:0.1em\">" + escape(marking) + "</p>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
