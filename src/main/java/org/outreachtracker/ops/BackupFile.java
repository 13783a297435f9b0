package org.outreachtracker.ops;

import java.time.Instant;

/** A backup in the backup folder: its file name, when it was written, and its size in bytes. */
public record BackupFile(String name, Instant writtenAt, long size) {}
