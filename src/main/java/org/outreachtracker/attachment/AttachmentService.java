package org.outreachtracker.attachment;

import jakarta.annotation.security.RolesAllowed;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.SignedInUser;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.Authenticated;
import org.outreachtracker.base.NotPermittedException;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attached files, kept in the database. A file is stored as soon as it is uploaded (checked by
 * {@link FileRules}: size, and type by content) and belongs to nobody until the record it was
 * uploaded for is saved and {@linkplain #link links} it; until then only its uploader may read it,
 * and a file never linked is removed after {@link AttachmentProperties#unlinkedDays()} days. Who
 * may read a linked file is the owning feature's answer ({@link AttachmentOwner}). Uploads,
 * downloads and removals are in the audit trail.
 */
@Service
@Transactional
public class AttachmentService {

    private final AttachmentRepository attachments;
    private final AttachmentContentRepository contents;
    /** Asked when needed: the owning features' beans use this service themselves. */
    private final ObjectProvider<AttachmentOwner> owners;

    private final AttachmentProperties properties;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    AttachmentService(
            AttachmentRepository attachments,
            AttachmentContentRepository contents,
            ObjectProvider<AttachmentOwner> owners,
            AttachmentProperties properties,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.attachments = attachments;
        this.contents = contents;
        this.owners = owners;
        this.properties = properties;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The largest file accepted, as people read it: "10 MB". */
    @Authenticated
    @Transactional(readOnly = true)
    public String sizeLimitText() {
        return FileRules.size(properties.maxSize().toBytes());
    }

    /** The largest file accepted, in bytes. */
    @Authenticated
    @Transactional(readOnly = true)
    public long sizeLimit() {
        return properties.maxSize().toBytes();
    }

    /**
     * Stores an uploaded file, belonging to nobody yet, after checking it; a refused file is not
     * stored. Also removes the files uploaded long ago for records never saved.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public AttachmentRef store(String givenName, byte[] content) {
        SignedInUser user = currentUser.require();
        String fileName = FileName.safe(givenName);
        FileType type = FileRules.check(fileName, content, properties.maxSize().toBytes());
        removeUnlinked();
        Attachment attachment = attachments.save(
                new Attachment(fileName, type.mediaType(), content.length, sha256(content), user.id()));
        long id = attachment.requireId();
        contents.save(new AttachmentContent(id, content));
        audit.changed(
                AuditAction.UPLOADED,
                AuditedObject.ATTACHMENT,
                id,
                fileName + " (" + type.label() + ", " + FileRules.size(content.length) + ")");
        return attachment.toRef();
    }

    /** These files, those the signed-in user may read, in the order asked. */
    @Authenticated
    @Transactional(readOnly = true)
    public List<AttachmentRef> readable(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        SignedInUser user = currentUser.get().orElse(null);
        Map<Long, Attachment> found = attachments.findByIdIn(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(Attachment::requireId, Function.identity()));
        List<AttachmentRef> result = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            Attachment attachment = found.get(id);
            if (attachment != null && mayRead(user, attachment)) {
                result.add(attachment.toRef());
            }
        }
        return result;
    }

    /** A file with its bytes, for the signed-in user if they may read it; the download is audited. */
    @Authenticated
    public AttachmentFile download(long id) {
        Attachment attachment =
                attachments.findById(id).orElseThrow(() -> RuleViolationException.because("refusal.attachment.gone"));
        if (!mayRead(currentUser.get().orElse(null), attachment)) {
            throw new NotPermittedException("You may not read this file.");
        }
        byte[] content = contents.findById(id)
                .orElseThrow(() -> RuleViolationException.because("refusal.attachment.gone"))
                .content();
        audit.changed(AuditAction.DOWNLOADED, AuditedObject.ATTACHMENT, id, attachment.getFileName());
        return new AttachmentFile(attachment.toRef(), content);
    }

    /**
     * Makes these files exactly the files of this record, in the caller's transaction: files newly
     * listed must be the signed-in user's own uploads not linked yet (or already this record's);
     * the record's files no longer listed are removed. Returns the record's files.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public List<AttachmentRef> link(String ownerKind, long ownerId, Collection<Long> ids) {
        if (owner(ownerKind) == null) {
            throw RuleViolationException.because("refusal.attachment.noFilesForKind", String.valueOf(ownerKind));
        }
        SignedInUser user = currentUser.require();
        Set<Long> wanted = Set.copyOf(ids);
        Map<Long, Attachment> found = attachments.findByIdIn(wanted).stream()
                .collect(Collectors.toMap(Attachment::requireId, Function.identity()));
        if (found.size() != wanted.size()) {
            throw RuleViolationException.because("refusal.attachment.someGone");
        }
        for (Attachment attachment : found.values()) {
            if (attachment.belongsTo(ownerKind, ownerId)) {
                continue;
            }
            if (attachment.isLinked() || attachment.getUploadedById() != user.id()) {
                throw new NotPermittedException("Only files you uploaded for this record can be attached to it.");
            }
            attachment.linkTo(ownerKind, ownerId);
        }
        List<Long> dropped = attachments.findByOwnerKindAndOwnerId(ownerKind, ownerId).stream()
                .filter(a -> !wanted.contains(a.requireId()))
                .map(a -> {
                    audit.changed(AuditAction.DELETED, AuditedObject.ATTACHMENT, a.requireId(), a.getFileName());
                    return a.requireId();
                })
                .toList();
        remove(dropped);
        return found.values().stream()
                .map(Attachment::toRef)
                .sorted(Comparator.comparingLong(AttachmentRef::id))
                .toList();
    }

    private boolean mayRead(SignedInUser user, Attachment attachment) {
        if (!attachment.isLinked()) {
            return user != null && attachment.getUploadedById() == user.id();
        }
        AttachmentOwner owner = owner(attachment.getOwnerKind());
        return owner != null && owner.mayRead(attachment.getOwnerId());
    }

    private AttachmentOwner owner(String kind) {
        return owners.orderedStream()
                .filter(owner -> owner.kind().equals(kind))
                .findFirst()
                .orElse(null);
    }

    private void removeUnlinked() {
        List<Long> old =
                attachments.findUnlinkedBefore(clock.instant().minus(Duration.ofDays(properties.unlinkedDays())));
        remove(old);
    }

    private void remove(List<Long> ids) {
        if (!ids.isEmpty()) {
            contents.deleteByIds(ids);
            attachments.deleteByIds(ids);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
