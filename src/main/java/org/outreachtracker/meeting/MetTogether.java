package org.outreachtracker.meeting;

import java.time.LocalDate;

/**
 * Someone met, or someone who met, a counterpart, with how often and when last: another
 * counterpart present at the same meetings, or one of our officers at a post.
 *
 * @param id the other counterpart's id, or the officer's user id
 * @param name the other counterpart's name, or the officer's display name
 * @param place the other counterpart's organization, or the officer's post
 */
public record MetTogether(long id, String name, String place, long meetings, LocalDate lastMet) {}
