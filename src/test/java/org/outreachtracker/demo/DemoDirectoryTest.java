package org.outreachtracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.counterpart.CounterpartFilter;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The demo directory has job changes and duplicates to try the counterpart pages and the merge on. */
@IntegrationTest
class DemoDirectoryTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CounterpartService counterparts;

    @Test
    void japanHasCounterpartsWhoChangedJobsAndChinaHasOneNameInTwoScripts() {
        var outreach = new TestOutreach(context);
        List<CounterpartRef> japanese = outreach.as(
                "officer",
                () -> counterparts
                        .search(
                                new CounterpartFilter(null, outreach.countryId("JP"), null),
                                PageRequest.of(0, 200, Sort.by("id")))
                        .getContent());
        assertThat(japanese)
                .filteredOn(person -> outreach.as("officer", () -> counterparts.positions(person.id()))
                        .orElseThrow()
                        .changed())
                .hasSizeGreaterThanOrEqualTo(2);

        assertThat(outreach.as("manager", () -> counterparts.possibleDuplicates()))
                .anySatisfy(
                        set -> assertThat(set).extracting(CounterpartRef::name).contains("王伟", "Wang Wei"))
                .anySatisfy(set ->
                        assertThat(set).extracting(CounterpartRef::countryId).containsOnly(outreach.countryId("JP")));
    }
}
