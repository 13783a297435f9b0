package org.outreachtracker.base;

import java.time.Instant;

/**
 * A record that was deleted (hidden from lists and figures) and can be restored.
 *
 * @param description what the record was, in one line
 * @param countryId the country it belongs to
 */
public record DeletedRecord(
        long id, long version, String description, long countryId, Instant deletedAt, String deletedBy) {}
