package org.outreachtracker.meeting;

import java.time.LocalDate;

/**
 * Someone who recently met a counterpart that another post has now met too.
 *
 * @param userId who met the counterpart (the reporter of their meeting)
 * @param metOn the latest date they met
 * @param otherPostName the post that has now met the counterpart
 */
public record CounterpartMetElsewhere(
        long userId, long counterpartId, String counterpartName, LocalDate metOn, String otherPostName) {}
