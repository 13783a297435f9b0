package org.outreachtracker.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyPressEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The search box in the header and the results page, as an officer, a manager and an administrator see them. */
@IntegrationTest
class SearchViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void enterInTheHeaderBoxOpensTheResultsWithTheWordsHighlightedAndLinksToTheRecords() {
        TestOutreach outreach = new TestOutreach(context);
        String surname = "Krüger" + TestOutreach.unique("x").replaceAll("[^a-z]", "");
        CounterpartRef person = outreach.counterpart("DE", "Anna " + surname);
        TestSignIn.as(users, "officer");
        UI.getCurrent().navigate("my-desk");

        TextField box = $(TextField.class).id(SearchField.ID);
        test(box).setValue(surname.replace("ü", "u").toUpperCase());
        ComponentUtil.fireEvent(box, new KeyPressEvent(box, Key.ENTER.getKeys().getFirst()));

        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
        assertThat($(H2.class).all()).extracting(H2::getText).containsExactly("Counterparts (1)");
        Anchor hit = $(Anchor.class).withClassName("search-hit-title").single();
        assertThat(hit.getElement().getTextRecursively()).isEqualTo("Anna " + surname);
        assertThat(hit.getHref()).isEqualTo("counterparts/" + person.id());
        assertThat($(TextField.class).id(SearchField.ID).getValue())
                .as("the box keeps the search shown")
                .isEqualTo(surname.replace("ü", "u").toUpperCase());
    }

    @Test
    void aManagerSearchesTooAndSnippetsMarkTheWordsFound() {
        TestSignIn.as(users, "manager");
        search("distillation");

        assertThat($(H2.class).all()).extracting(H2::getText).anyMatch(text -> text.startsWith("Meetings ("));
        Paragraph snippet = $(Paragraph.class).withClassName("search-snippet").first();
        assertThat(snippet.getElement()
                        .getChildren()
                        .filter(child -> !child.isTextNode() && "mark".equals(child.getTag()))
                        .map(child -> child.getText().toLowerCase()))
                .contains("distillation");
        assertThat($(Anchor.class).withClassName("search-all").exists()).isTrue();
    }

    @Test
    void administratorsHaveNoSearchBox() {
        TestSignIn.as(users, "admin");
        UI.getCurrent().navigate("admin/users");

        assertThat($(TextField.class).withId(SearchField.ID).exists()).isFalse();
    }

    @Test
    void aTooLongSearchOrOneWithoutWordsGetsAMessageNotAnErrorPage() {
        TestSignIn.as(users, "officer");
        search("x".repeat(10_000));
        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
        assertThat($(Paragraph.class).withClassName("search-note").single().getText())
                .isEqualTo("Search for at most 500 characters; this search has 10000. Use the few words that matter"
                        + " most.");

        search("% _ the");
        assertThat($(Paragraph.class).withClassName("search-note").single().getText())
                .startsWith("“% _ the” holds no word to look for");
    }

    private static void search(String text) {
        UI.getCurrent().navigate(SearchView.ROUTE, QueryParameters.simple(Map.of("q", text)));
    }
}
