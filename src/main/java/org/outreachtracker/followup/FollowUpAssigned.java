package org.outreachtracker.followup;

/**
 * A follow-up was given to an owner by someone else: created for them, or re-assigned to them.
 * {@link FollowUpService} publishes it in the transaction that saves the follow-up; listeners
 * run in that transaction, so what they keep commits with the follow-up or not at all.
 *
 * @param assignedById the account that gave it
 */
public record FollowUpAssigned(FollowUpRef followUp, long assignedById) {}
