package org.outreachtracker.savedview;

/** The pages that keep each person's last choice of filters. */
public enum SavedPage {
    COVERAGE,
    DASHBOARD
}
