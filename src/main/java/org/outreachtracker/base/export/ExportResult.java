package org.outreachtracker.base.export;

/** What an export wrote: how many data rows. */
public record ExportResult(long rows) {}
