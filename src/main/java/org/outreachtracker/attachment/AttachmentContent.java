package org.outreachtracker.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a stored file, read only when someone downloads it. */
@Entity
@Table(name = "attachment_content")
class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(nullable = false)
    private byte[] content;

    protected AttachmentContent() {}

    AttachmentContent(long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content.clone();
    }

    byte[] content() {
        return content.clone();
    }
}
