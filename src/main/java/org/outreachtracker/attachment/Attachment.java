package org.outreachtracker.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.outreachtracker.base.AbstractEntity;

/** A stored file's description; its bytes are an {@link AttachmentContent}. */
@Entity
@Table(name = "attachment")
class Attachment extends AbstractEntity {

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "owner_kind", length = 20)
    private String ownerKind;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "uploaded_by_id", nullable = false, updatable = false)
    private long uploadedById;

    protected Attachment() {}

    Attachment(String fileName, String mediaType, long sizeBytes, String sha256, long uploadedById) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedById = uploadedById;
    }

    boolean isLinked() {
        return ownerKind != null;
    }

    boolean belongsTo(String kind, long id) {
        return kind.equals(ownerKind) && ownerId != null && ownerId == id;
    }

    void linkTo(String kind, long id) {
        ownerKind = kind;
        ownerId = id;
    }

    String getOwnerKind() {
        return ownerKind;
    }

    Long getOwnerId() {
        return ownerId;
    }

    long getUploadedById() {
        return uploadedById;
    }

    String getFileName() {
        return fileName;
    }

    AttachmentRef toRef() {
        return new AttachmentRef(requireId(), fileName, mediaType, sizeBytes, getCreatedAt());
    }
}
