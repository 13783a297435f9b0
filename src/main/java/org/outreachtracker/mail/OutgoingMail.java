package org.outreachtracker.mail;

import org.jspecify.annotations.Nullable;

/**
 * A message to send: to whom (the account too, when it goes to one), the subject, and the body as
 * plain text and as simple HTML. {@link MailMessages} makes one with the handling marking.
 */
public record OutgoingMail(String recipient, @Nullable Long recipientId, String subject, String text, String html) {}
