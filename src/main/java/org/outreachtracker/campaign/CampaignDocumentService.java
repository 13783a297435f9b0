package org.outreachtracker.campaign;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outreachtracker.attachment.AttachmentRef;
import org.outreachtracker.attachment.AttachmentService;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.Authenticated;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A campaign's own documents (the instruction, the non-paper in each language): managers add and
 * remove them; every signed-in user reads and downloads them.
 */
@Service
@Validated
@Transactional
public class CampaignDocumentService {

    static final String KIND = CampaignDocumentFiles.KIND;

    private final CampaignDocumentRepository documents;
    private final CampaignRepository campaigns;
    private final AttachmentService attachments;
    private final AuditLog audit;

    CampaignDocumentService(
            CampaignDocumentRepository documents,
            CampaignRepository campaigns,
            AttachmentService attachments,
            AuditLog audit) {
        this.documents = documents;
        this.campaigns = campaigns;
        this.attachments = attachments;
        this.audit = audit;
    }

    /** The campaign's documents, in the order they were added. */
    @Authenticated
    @Transactional(readOnly = true)
    public List<CampaignDocumentRef> documents(long campaignId) {
        List<CampaignDocument> found = documents.findByCampaignIdOrderById(campaignId);
        Map<Long, AttachmentRef> files =
                attachments
                        .readable(found.stream()
                                .map(CampaignDocument::getAttachmentId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(AttachmentRef::id, Function.identity()));
        return found.stream()
                .filter(d -> files.containsKey(d.getAttachmentId()))
                .map(d -> d.toRef(files.get(d.getAttachmentId())))
                .toList();
    }

    /** Adds a document whose file the manager has just uploaded. */
    @RolesAllowed(Roles.MANAGER)
    public CampaignDocumentRef add(long campaignId, @Valid CampaignDocumentDraft draft) {
        if (!campaigns.existsById(campaignId)) {
            throw RuleViolationException.because("refusal.campaign.gone");
        }
        List<Long> files = new ArrayList<>(documents.findByCampaignIdOrderById(campaignId).stream()
                .map(CampaignDocument::getAttachmentId)
                .toList());
        files.add(draft.attachmentId());
        List<AttachmentRef> linked = attachments.link(KIND, campaignId, files);
        CampaignDocument document = documents.save(new CampaignDocument(campaignId, draft));
        audit.changed(
                AuditAction.CHANGED, AuditedObject.CAMPAIGN, campaignId, "Document added: " + document.describe());
        AttachmentRef file = linked.stream()
                .filter(f -> f.id() == draft.attachmentId())
                .findFirst()
                .orElseThrow();
        return document.toRef(file);
    }

    /** Removes a document and its file. */
    @RolesAllowed(Roles.MANAGER)
    public void remove(long documentId) {
        CampaignDocument document = documents
                .findById(documentId)
                .orElseThrow(() -> RuleViolationException.because("refusal.campaign.documentGone"));
        long campaignId = document.getCampaignId();
        documents.delete(document);
        documents.flush();
        attachments.link(
                KIND,
                campaignId,
                documents.findByCampaignIdOrderById(campaignId).stream()
                        .map(CampaignDocument::getAttachmentId)
                        .toList());
        audit.changed(
                AuditAction.CHANGED, AuditedObject.CAMPAIGN, campaignId, "Document removed: " + document.describe());
    }
}
