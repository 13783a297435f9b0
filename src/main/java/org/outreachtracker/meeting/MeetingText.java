package org.outreachtracker.meeting;

import org.jspecify.annotations.Nullable;

/**
 * What a meeting says, beyond its row in the list: for exports that carry it.
 *
 * @param points the points raised with their reactions, in the order delivered ("A. Label: Agreed")
 * @param responseQuote the counterpart's own words, or {@code null}
 */
public record MeetingText(
        long meetingId,
        String deliveredBy,
        String summary,
        String points,
        @Nullable String responseQuote) {}
