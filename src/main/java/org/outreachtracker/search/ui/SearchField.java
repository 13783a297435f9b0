package org.outreachtracker.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.outreachtracker.search.SearchQuery;

/**
 * The search box in the header of every page. Enter opens the results; the {@code /} key, typed
 * anywhere but in a field, puts the cursor in it, as in most web applications. Typing {@code /}
 * into a field or text area types the character, as it should.
 */
public class SearchField extends Composite<TextField> {

    /** The box's id, which the {@code /} key looks for. */
    public static final String ID = "global-search";

    /**
     * Listens once per page for {@code /} outside editable elements (looking through shadow roots:
     * Vaadin's fields keep their input inside one) and moves the focus to the box.
     */
    private static final String SLASH_KEY = """
            if (!window.outreachSearchKey) {
              window.outreachSearchKey = true;
              document.addEventListener('keydown', event => {
                if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
                  return;
                }
                const target = event.composedPath()[0];
                if (target && (target.isContentEditable
                    || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) {
                  return;
                }
                const box = document.getElementById($0);
                if (box) {
                  event.preventDefault();
                  box.focus();
                }
              });
            }
            """;

    public SearchField() {
        TextField box = getContent();
        box.setId(ID);
        box.addClassName("global-search");
        box.setPlaceholder(getTranslation("search.field.placeholder"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setMaxLength(SearchQuery.MAX_LENGTH);
        box.setAriaLabel(getTranslation("search.field.aria"));
        box.setTooltipText(getTranslation("search.field.tooltip"));
        box.getElement().setAttribute("aria-keyshortcuts", "/");
        box.getElement().setAttribute("enterkeyhint", "search");
        box.addKeyPressListener(Key.ENTER, event -> open(box.getValue()));
    }

    /** Shows a search in the box (the results page keeps it there). */
    public void setValue(String text) {
        getContent().setValue(text == null ? "" : text);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().executeJs(SLASH_KEY, ID);
    }

    private void open(String text) {
        if (text != null && !text.isBlank()) {
            getUI().ifPresent(ui -> ui.navigate(SearchView.ROUTE, QueryParameters.simple(Map.of("q", text.strip()))));
        }
    }
}
