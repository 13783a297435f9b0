package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.outreachtracker.attachment.AttachmentFile;
import org.outreachtracker.attachment.AttachmentService;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.meeting.DocumentLeftRow;

/**
 * A meeting's documents left, each with a link to download its file. The download asks the
 * service again, so a file is handed only to someone who may read the meeting at that moment.
 */
class DocumentsLeftList extends Composite<Div> {

    DocumentsLeftList(List<DocumentLeftRow> documents, AttachmentService attachments) {
        if (documents.isEmpty()) {
            getContent().setVisible(false);
            return;
        }
        var list = new UnorderedList();
        for (DocumentLeftRow document : documents) {
            var item = new ListItem(new Span(description(document)));
            if (document.file() != null) {
                long id = document.file().id();
                var link = new Anchor(
                        DownloadHandler.fromInputStream(event -> {
                            AttachmentFile file = attachments.download(id);
                            return new DownloadResponse(
                                    new ByteArrayInputStream(file.content()),
                                    file.ref().fileName(),
                                    file.ref().mediaType(),
                                    file.ref().sizeBytes());
                        }),
                        getTranslation(
                                "meeting.documents.file",
                                document.file().fileName(),
                                document.file().sizeText()));
                link.addClassName("document-download");
                item.add(new Span(" — "), link);
            }
            list.add(item);
        }
        getContent().addClassName("documents-left-list");
        getContent().add(new H2(getTranslation("meeting.form.section.documents")), list);
    }

    /** "Non-paper, French, version 2", in the page's language (the cable keeps its English one). */
    private String description(DocumentLeftRow document) {
        var parts = new ArrayList<String>();
        parts.add(Translations.label(document.kind()));
        if (document.language() != null && !document.language().isBlank()) {
            parts.add(document.language());
        }
        if (document.version() != null && !document.version().isBlank()) {
            parts.add(getTranslation("meeting.documents.versionNumbered", document.version()));
        }
        return String.join(getTranslation("meeting.documents.separator"), parts);
    }
}
