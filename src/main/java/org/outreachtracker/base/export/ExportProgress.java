package org.outreachtracker.base.export;

/** Told how far an export or import has come: rows done of the total (the total may be an estimate). */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> {};

    void rows(long done, long total);
}
