package org.outreachtracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ids read from addresses: whatever a bookmark or a typing user puts there reads as an id or as absent. */
class RouteValuesTest {

    @Test
    void aPositiveWholeNumberIsAnId() {
        assertThat(RouteValues.id("42")).contains(42L);
        assertThat(RouteValues.id(" 7 ")).contains(7L);
        assertThat(RouteValues.id(String.valueOf(Long.MAX_VALUE))).contains(Long.MAX_VALUE);
    }

    @Test
    void anythingElseIsAbsent() {
        for (String text : new String[] {null, "", "  ", "0", "-3", "abc", "1.5", "12abc", "99999999999999999999"}) {
            assertThat(RouteValues.id(text)).as(String.valueOf(text)).isEmpty();
        }
    }
}
