package org.outreachtracker.reference;

/** One post in the administrator's list: its host country by name and how many countries it covers. */
public record PostSummary(
        long id,
        String code,
        String name,
        PostType type,
        String city,
        String hostCountryName,
        long coveredCount,
        boolean active) {}
