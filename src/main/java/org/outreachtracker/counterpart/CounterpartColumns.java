package org.outreachtracker.counterpart;

import java.util.List;

/** The columns of a counterparts file, as exported and as imported (in any order, any case). */
final class CounterpartColumns {

    static final String NAME = "Name";
    static final String TITLE = "Title";
    static final String ORGANIZATION = "Organization";
    static final String COUNTRY = "Country";
    static final String LEVEL = "Level";
    static final List<String> ALL = List.of(NAME, TITLE, ORGANIZATION, COUNTRY, LEVEL);

    private CounterpartColumns() {}
}
