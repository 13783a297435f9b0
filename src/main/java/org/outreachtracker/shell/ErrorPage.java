package org.outreachtracker.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The look shared by the error pages: a heading, one sentence, and the way back. */
abstract class ErrorPage extends Main {

    ErrorPage() {
        addClassName("error-page");
    }

    void show(String heading, String text) {
        removeAll();
        add(new H1(heading), new Paragraph(text), new Anchor("", getTranslation("shell.error.back")));
    }
}
