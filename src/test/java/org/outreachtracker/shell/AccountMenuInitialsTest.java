package org.outreachtracker.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The letters on the account menu's button on a phone: the first letters of the first two words. */
class AccountMenuInitialsTest {

    @Test
    void initialsSkipWordsThatDoNotStartWithALetter() {
        assertThat(MainLayout.initials("Olivia Officer (demo)")).isEqualTo("OO");
        assertThat(MainLayout.initials("  maria   manager ")).isEqualTo("MM");
        assertThat(MainLayout.initials("Ådne")).isEqualTo("Å");
        assertThat(MainLayout.initials("(demo)")).isEqualTo("?");
    }
}
