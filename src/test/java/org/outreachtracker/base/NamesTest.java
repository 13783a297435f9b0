package org.outreachtracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Alphabetical order of names, in memory and as stored keys. */
class NamesTest {

    static final List<String> IN_ORDER = List.of(
            "Åland Islands",
            "Albania",
            "Côte d'Ivoire",
            "Cuba",
            "Curaçao",
            "de la Cruz",
            "Delacroix",
            "Łódź",
            "Lyon",
            "O'Brien",
            "Ørsted",
            "Osaka",
            "Ōsaka",
            "Oslo",
            "Réunion",
            "Romania",
            "Sao Paulo",
            "São Paulo",
            "Sydney",
            "Türkiye",
            "Turkmenistan",
            "Zagreb",
            "Zurich",
            "Zürich");

    @Test
    void namesSortAsAReaderExpectsNotByCharacterCodes() {
        List<String> shuffled = new ArrayList<>(IN_ORDER.reversed());

        shuffled.sort(Names.ORDER);

        assertThat(shuffled).containsExactlyElementsOf(IN_ORDER);
        assertThat(Names.ORDER.compare("São Paulo", "Sydney")).isNegative();
        assertThat(Comparator.<String>naturalOrder().compare("São Paulo", "Sydney"))
                .as("character codes put São Paulo after Sydney")
                .isPositive();
    }

    @Test
    void storedKeysSortByTheirCharactersAsTheNamesDo() {
        List<String> byKey = new ArrayList<>(IN_ORDER.reversed());

        byKey.sort(Comparator.comparing(Names::sortKey));

        for (int i = 1; i < byKey.size(); i++) {
            assertThat(Names.ORDER.compare(byKey.get(i - 1), byKey.get(i)))
                    .as(byKey.get(i - 1) + " before " + byKey.get(i))
                    .isNegative();
        }
        assertThat(Names.sortKey("São Paulo")).matches("[0-9a-f]+");
        assertThat(Names.sortKey("x".repeat(1000))).hasSize(Names.SORT_KEY_LENGTH);
    }

    @Test
    void aPageSortedByNameIsSortedByItsKeyThenTheName() {
        Pageable page = Names.byKeys(
                PageRequest.of(2, 50, Sort.by(Sort.Direction.DESC, "name").and(Sort.by("id"))),
                Map.of("name", "sortName"));

        assertThat(page.getPageNumber()).isEqualTo(2);
        assertThat(page.getSort())
                .containsExactly(Sort.Order.desc("sortName"), Sort.Order.desc("name"), Sort.Order.asc("id"));
        assertThat(Names.byKeys(Pageable.unpaged(), Map.of("name", "sortName"))
                        .getSort()
                        .isUnsorted())
                .isTrue();
    }
}
