package org.outreachtracker.followup;

/** The unfinished follow-ups of one campaign in one country: how many, and how many are overdue. */
public record OpenFollowUps(long countryId, long open, long overdue) {}
