package org.outreachtracker;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tests share one database: a test that leaves input in a meeting form unsaved leaves a draft,
 * which the next test opening that form would be offered. Tests that type into meeting forms
 * clear the drafts before and after.
 */
public final class UnsavedDrafts {

    private UnsavedDrafts() {}

    public static void clear(JdbcTemplate jdbc) {
        jdbc.update("delete from unsaved_meeting");
    }
}
