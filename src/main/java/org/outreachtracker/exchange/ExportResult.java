package org.outreachtracker.exchange;

/** What an export wrote: how many data rows. */
public record ExportResult(long rows) {
}
