package org.outreachtracker.mail;

/**
 * A message was given up on after its last attempt. Published in the transaction that marks it
 * failed; whoever tells administrators does so once that has committed.
 */
public record MailFailed(long mailId, String recipient, String subject, String reason) {}
