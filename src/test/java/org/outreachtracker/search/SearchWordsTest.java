package org.outreachtracker.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.RuleViolationException;

/** How search reads words, searches and snippets, without a database. */
class SearchWordsTest {

    @Test
    void wordsAreFoldedToLatinLettersWithoutAccentsOrCase() {
        assertThat(SearchTerms.of("Jürgen MÜLLER")).containsExactly("jurgen", "muller");
        assertThat(SearchTerms.of("王伟")).containsExactly("wang", "wei");
        assertThat(SearchTerms.of("Сергей Лавров")).containsExactly("sergej", "lavrov");
        assertThat(SearchTerms.of("محمد")).isEqualTo(SearchTerms.of(" محمد "));
        assertThat(SearchTerms.of("O'Neill — the “quoted” word")).containsExactly("oneill", "quoted", "word");
        assertThat(SearchTerms.of("a" + "b".repeat(60)))
                .singleElement()
                .asString()
                .hasSize(SearchTerms.TERM_LENGTH);
        assertThat(SearchTerms.of("Mül\u200Bler"))
                .as("an invisible character does not split a word")
                .containsExactly("muller");
    }

    @Test
    void aSearchIsReadAsWebSearchEnginesReadIt() {
        SearchQuery query = SearchQuery.parse("Müller -Berlin \"export controls\" or 王伟");
        assertThat(query.alternatives())
                .containsExactly(List.of("muller", "export", "controls"), List.of("wang", "wei"));
        assertThat(query.excluded()).containsExactly("berlin");
        assertThat(query.webSearch()).isEqualTo("muller export controls -berlin or wang wei -berlin");
        assertThat(SearchQuery.parse("% _ \\ the").isEmpty()).isTrue();
        assertThat(SearchQuery.parse("-word").isEmpty())
                .as("only an exclusion is nothing to look for")
                .isTrue();
        assertThat(SearchQuery.parse("it's 100% \"sure").wanted()).containsExactly("its", "100", "sure");
    }

    @Test
    void tooLongOrTooManyWordsIsRefusedWithAMessageOrCutInALists() {
        assertThatThrownBy(() -> SearchQuery.parse("word ".repeat(101)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("Search for at most 500 characters");
        String many = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho";
        assertThatThrownBy(() -> SearchQuery.parse(many))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("Search with at most 16 words; this search has 17.");
        assertThat(SearchQuery.lenient(many).wanted())
                .hasSize(SearchQuery.MAX_TERMS)
                .doesNotContain("rho");
        assertThat(SearchQuery.lenient("x".repeat(10_000)).wanted())
                .singleElement()
                .asString()
                .hasSize(SearchTerms.TERM_LENGTH);
    }

    @Test
    void aSnippetMarksTheWordsFoundAroundTheFirstOne() {
        String text =
                "Opening remarks. ".repeat(10) + "The minister raised Distillation of models, and distillation again.";
        Snippet snippet = Snippet.of(text, Set.of("distillation"));
        assertThat(snippet.parts().getFirst().text()).isEqualTo("… ");
        assertThat(snippet.parts())
                .filteredOn(Snippet.Part::match)
                .extracting(Snippet.Part::text)
                .containsExactly("Distillation", "distillation");
        assertThat(snippet.text())
                .contains("The minister raised Distillation of models")
                .hasSizeLessThan(200);
        assertThat(Snippet.of("Met 王伟 in Beijing", Set.of("wang", "wei")).parts())
                .filteredOn(Snippet.Part::match)
                .extracting(Snippet.Part::text)
                .containsExactly("王伟");
        assertThat(Snippet.of("<b>Müller</b>", Set.of("muller")).text())
                .as("markup stays text")
                .isEqualTo("<b>Müller</b>");
    }
}
