package org.outreachtracker.notification;

import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.tasking.TaskingRef;

/** Where a notification takes its reader: application paths without a leading slash. */
final class Links {

    private Links() {}

    /** The meeting a follow-up came from, or else the owner's list of follow-ups. */
    static String followUp(FollowUpRef followUp) {
        return followUp.meetingId() == null ? "follow-ups" : "meetings/" + followUp.meetingId();
    }

    /** A desk officer's page, which lists their desk's taskings and what is due. */
    static String tasking(TaskingRef tasking) {
        return "my-desk";
    }

    static final String DASHBOARD = "dashboard";

    static final String MAIL_QUEUE = "admin/mail";

    static final String USERS = "admin/users";
}
