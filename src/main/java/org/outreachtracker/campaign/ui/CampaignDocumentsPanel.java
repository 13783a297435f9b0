package org.outreachtracker.campaign.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import org.outreachtracker.attachment.AttachmentFile;
import org.outreachtracker.attachment.AttachmentRef;
import org.outreachtracker.attachment.AttachmentService;
import org.outreachtracker.attachment.FileType;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.base.ui.UploadTexts;
import org.outreachtracker.campaign.CampaignDocumentDraft;
import org.outreachtracker.campaign.CampaignDocumentKind;
import org.outreachtracker.campaign.CampaignDocumentRef;
import org.outreachtracker.campaign.CampaignDocumentService;

/**
 * A campaign's documents on its page: each with a download link; managers also add documents
 * (kind, language, title and file) and remove them.
 */
class CampaignDocumentsPanel extends Composite<Div> {

    private final CampaignDocumentService documents;
    private final AttachmentService attachments;
    private final long campaignId;
    private final boolean manager;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph(getTranslation("campaign.documents.empty"));
    private final Span message = new Span();
    private final Span pendingName = new Span();
    private AttachmentRef pending;
    private UI ui;

    CampaignDocumentsPanel(
            CampaignDocumentService documents, AttachmentService attachments, long campaignId, boolean manager) {
        this.documents = documents;
        this.attachments = attachments;
        this.campaignId = campaignId;
        this.manager = manager;
        var heading = new H2(getTranslation("campaign.documents.heading"));
        heading.setId("campaign-documents-heading");
        getContent().addClassNames("campaign-documents", "form-section");
        getContent().getElement().setAttribute("role", "region");
        getContent().getElement().setAttribute("aria-labelledby", "campaign-documents-heading");
        list.addClassName("campaign-document-list");
        getContent().add(heading, empty, list);
        if (manager) {
            getContent().add(addForm());
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
    }

    private Div addForm() {
        var kind = new Select<CampaignDocumentKind>();
        kind.setLabel(getTranslation("campaign.documents.kind"));
        kind.setItems(CampaignDocumentKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("campaign.CampaignDocumentKind." + value.name()));
        kind.setValue(CampaignDocumentKind.INSTRUCTION);
        var language = new TextField(getTranslation("campaign.documents.language"));
        language.setMaxLength(40);
        var title = new TextField(getTranslation("campaign.documents.title"));
        title.setMaxLength(200);
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> uploaded(metadata.fileName(), bytes)));
        upload.setMaxFiles(1);
        UploadTexts.translate(upload);
        upload.setAcceptedFileTypes(FileType.acceptedEndings().toArray(String[]::new));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.sizeLimit()));
        upload.addFileRejectedListener(event -> message.setText(event.getFileName() + ": " + event.getErrorMessage()));
        var hint = new Paragraph(
                getTranslation("campaign.documents.accepted", FileType.acceptedText(), attachments.sizeLimitText()));
        hint.addClassName("form-hint");
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        var add = new Button(getTranslation("campaign.documents.add"), e -> {
            if (pending == null) {
                message.setText(getTranslation("campaign.documents.attachFirst"));
                return;
            }
            try {
                documents.add(
                        campaignId,
                        new CampaignDocumentDraft(
                                kind.getValue(), language.getValue(), title.getValue(), pending.id()));
                pending = null;
                pendingName.setText("");
                message.setText("");
                title.clear();
                language.clear();
                upload.clearFileList();
                refresh();
            } catch (RuleViolationException | jakarta.validation.ConstraintViolationException refused) {
                message.setText(
                        refused instanceof jakarta.validation.ConstraintViolationException invalid
                                ? invalid.getConstraintViolations()
                                        .iterator()
                                        .next()
                                        .getMessage()
                                : Translations.refusal((RuleViolationException) refused));
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(kind, language, title, upload, hint, pendingName, message, add);
        form.addClassName("campaign-document-form");
        return form;
    }

    private void uploaded(String fileName, byte[] bytes) {
        try {
            AttachmentRef ref = attachments.store(fileName, bytes);
            access(() -> {
                pending = ref;
                pendingName.setText(getTranslation("campaign.documents.ready", ref.fileName(), ref.sizeText()));
                message.setText("");
            });
        } catch (RuleViolationException refused) {
            access(() -> message.setText(Translations.refusal(refused)));
        }
    }

    private void access(com.vaadin.flow.server.Command command) {
        if (ui != null) {
            ui.access(command);
        }
    }

    private void refresh() {
        list.removeAll();
        var found = documents.documents(campaignId);
        empty.setVisible(found.isEmpty());
        for (CampaignDocumentRef document : found) {
            var item = new ListItem();
            String kind = getTranslation(
                    "campaign.CampaignDocumentKind." + document.kind().name());
            item.add(new Span((document.language() == null
                            ? getTranslation("campaign.documents.itemNoLanguage", kind, document.title())
                            : getTranslation("campaign.documents.item", kind, document.language(), document.title()))
                    + " — "));
            item.add(downloadLink(document.file()));
            if (manager) {
                var remove = new Button(getTranslation("campaign.documents.remove"), e -> {
                    documents.remove(document.id());
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY);
                remove.getElement()
                        .setAttribute("aria-label", getTranslation("campaign.documents.remove.aria", document.title()));
                item.add(remove);
            }
            list.add(item);
        }
    }

    private Anchor downloadLink(AttachmentRef file) {
        long id = file.id();
        var link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    AttachmentFile found = attachments.download(id);
                    return new DownloadResponse(
                            new ByteArrayInputStream(found.content()),
                            found.ref().fileName(),
                            found.ref().mediaType(),
                            found.ref().sizeBytes());
                }),
                file.fileName() + " (" + file.sizeText() + ")");
        link.addClassName("document-download");
        return link;
    }
}
