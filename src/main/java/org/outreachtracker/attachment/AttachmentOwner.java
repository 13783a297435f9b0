package org.outreachtracker.attachment;

/**
 * A feature whose records own attached files (meetings, campaigns): it says who may read a
 * record's files. Declared here and implemented as a bean by the owning feature, so this feature
 * knows none of them. Called inside {@link AttachmentService}'s transaction, for the signed-in
 * user.
 */
public interface AttachmentOwner {

    /** The owner kind this bean answers for, e.g. "MEETING"; at most 20 characters. */
    String kind();

    /** Whether the signed-in user may read the files of this record now (false while it is deleted). */
    boolean mayRead(long ownerId);
}
