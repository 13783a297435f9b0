package org.outreachtracker.counterpart.ui;

import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.counterpart.CounterpartLevel;

/** The names of the directory's values in the page's language. */
final class CounterpartLabels {

    /** The start of the key of a level's name: counterpart.CounterpartLevel.MINISTER. */
    static final String LEVEL = "counterpart.CounterpartLevel.";

    private CounterpartLabels() {}

    static String level(CounterpartLevel level) {
        return Translations.text(LEVEL + level.name());
    }
}
