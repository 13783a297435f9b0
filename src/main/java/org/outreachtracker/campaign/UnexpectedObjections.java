package org.outreachtracker.campaign;

import java.util.List;

/**
 * The objections meetings recorded that a campaign did not list, so that a manager can add them to
 * the expected ones. The meeting feature provides it (campaigns do not read meetings themselves).
 */
public interface UnexpectedObjections {

    /** An objection in an officer's words, and in how many live meetings it was raised. */
    record Raised(String text, long meetings) {}

    /** The campaign's unexpected objections, most often raised first; the same words (ignoring case and spaces) once. */
    List<Raised> of(long campaignId);
}
