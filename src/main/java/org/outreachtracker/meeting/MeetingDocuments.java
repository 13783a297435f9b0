package org.outreachtracker.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.Role;
import org.outreachtracker.attachment.AttachmentOwner;
import org.outreachtracker.attachment.AttachmentRef;
import org.outreachtracker.attachment.AttachmentService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documents left at meetings: their files belong to the meeting (readable by whoever may read
 * the meeting, and by nobody while it is deleted), and the reporting cable lists them.
 */
@Component
@Order(40)
class MeetingDocuments implements AttachmentOwner, CableContribution {

    static final String KIND = "MEETING";

    private final MeetingRepository meetings;
    private final CurrentUser currentUser;
    private final AttachmentService attachments;

    private final TransactionTemplate reading;

    MeetingDocuments(
            MeetingRepository meetings,
            CurrentUser currentUser,
            AttachmentService attachments,
            PlatformTransactionManager transactions) {
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.attachments = attachments;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean mayRead(long meetingId) {
        boolean reader = currentUser.hasRole(Role.DESK_OFFICER) || currentUser.hasRole(Role.MANAGER);
        return reader
                && meetings.findById(meetingId).filter(m -> !m.isDeleted()).isPresent();
    }

    /** Makes the draft's files the meeting's own, in the meeting's transaction. */
    void link(long meetingId, MeetingDraft draft) {
        attachments.link(
                KIND,
                meetingId,
                draft.documentsLeft().stream()
                        .map(DocumentLeft::attachmentId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()));
    }

    /** The documents left at a meeting, with their files. */
    List<DocumentLeftRow> rows(Meeting meeting) {
        List<DocumentLeft> documents = meeting.getDocumentsLeft();
        Map<Long, AttachmentRef> files =
                attachments
                        .readable(documents.stream()
                                .map(DocumentLeft::attachmentId)
                                .filter(Objects::nonNull)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(AttachmentRef::id, Function.identity()));
        List<DocumentLeftRow> rows = new ArrayList<>();
        for (DocumentLeft document : documents) {
            rows.add(new DocumentLeftRow(
                    document.kind(),
                    document.language(),
                    document.version(),
                    document.attachmentId() == null ? null : files.get(document.attachmentId())));
        }
        return rows;
    }

    @Override
    public Optional<CableParagraph> paragraph(MeetingDetails meeting) {
        // The cable is drafted outside the meeting service's transactions: read in one of its own.
        List<DocumentLeftRow> rows = reading.execute(
                status -> meetings.findById(meeting.id()).map(this::rows).orElse(List.of()));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CableParagraph(
                "Documents left",
                rows.stream()
                        .map(row -> row.description()
                                + (row.file() == null
                                        ? ""
                                        : " (file: " + row.file().fileName() + ")"))
                        .toList()));
    }
}
