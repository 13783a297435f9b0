package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outreachtracker.attachment.AttachmentRef;
import org.outreachtracker.attachment.AttachmentService;
import org.outreachtracker.attachment.FileType;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.base.ui.UploadTexts;
import org.outreachtracker.meeting.DocumentKind;
import org.outreachtracker.meeting.DocumentLeft;
import org.outreachtracker.meeting.DocumentLeftRow;

/**
 * The meeting form's "Documents left" section: one row per document (kind, language, version and
 * its file, if any). A file is stored as soon as it is uploaded and becomes the meeting's when the
 * meeting is saved; a refused file shows why, next to the upload.
 */
class DocumentsLeftField extends Composite<Div> {

    private final AttachmentService attachments;
    private final Div rows = new Div();
    private final Span uploadError = new Span();
    private final List<Row> entries = new ArrayList<>();
    private UI ui;

    DocumentsLeftField(AttachmentService attachments) {
        this.attachments = attachments;
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> stored(metadata.fileName(), bytes)));
        upload.setAcceptedFileTypes(FileType.acceptedEndings().toArray(String[]::new));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.sizeLimit()));
        upload.setDropAllowed(true);
        UploadTexts.translate(upload);
        upload.setUploadButton(new Button(getTranslation("meeting.documents.attach")));
        upload.addFileRejectedListener(event -> showError(event.getFileName() + ": " + event.getErrorMessage()));
        upload.setId("documents-left-upload");
        var hint = new Paragraph(
                getTranslation("meeting.documents.hint", FileType.acceptedText(), attachments.sizeLimitText()));
        hint.addClassName("form-hint");
        uploadError.addClassName("error-text");
        uploadError.getElement().setAttribute("role", "alert");
        var withoutFile = new Button(
                getTranslation("meeting.documents.withoutFile"), e -> add(DocumentKind.NON_PAPER, "", "", null));
        rows.addClassName("documents-left");
        getContent().add(rows, upload, hint, uploadError, withoutFile);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
    }

    private void stored(String fileName, byte[] bytes) {
        // Runs in the upload's request, signed in as the user: the service checks and keeps the file.
        try {
            AttachmentRef ref = attachments.store(fileName, bytes);
            access(() -> {
                uploadError.setText("");
                add(DocumentKind.NON_PAPER, "", "", ref);
            });
        } catch (RuleViolationException refused) {
            access(() -> showError(Translations.refusal(refused)));
        }
    }

    private void access(com.vaadin.flow.server.Command command) {
        if (ui != null) {
            ui.access(command);
        }
    }

    private void showError(String message) {
        uploadError.setText(message);
    }

    /** Shows the documents of a meeting being changed. */
    void setValue(List<DocumentLeftRow> documents) {
        entries.clear();
        rows.removeAll();
        documents.forEach(document -> add(document.kind(), document.language(), document.version(), document.file()));
    }

    /**
     * Puts back the documents of a kept draft. A file is shown again as long as the user may still
     * read it; a row whose file is gone stays, without it, and says so.
     */
    void restore(List<DocumentLeft> kept) {
        entries.clear();
        rows.removeAll();
        Map<Long, AttachmentRef> files =
                attachments
                        .readable(kept.stream()
                                .map(DocumentLeft::attachmentId)
                                .filter(Objects::nonNull)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(AttachmentRef::id, Function.identity()));
        boolean lost = false;
        for (DocumentLeft document : kept) {
            AttachmentRef file = document.attachmentId() == null ? null : files.get(document.attachmentId());
            lost |= document.attachmentId() != null && file == null;
            add(document.kind(), document.language(), document.version(), file);
        }
        showError(lost ? getTranslation("meeting.documents.lost") : "");
    }

    /** The documents as listed. */
    List<DocumentLeft> value() {
        return entries.stream()
                .map(row -> new DocumentLeft(
                        row.kind.getValue(),
                        row.language.getValue().strip(),
                        row.version.getValue().strip(),
                        row.file == null ? null : row.file.id()))
                .toList();
    }

    /** Whether every row is complete. */
    boolean validate() {
        boolean valid = true;
        for (Row row : entries) {
            row.kind.setInvalid(row.kind.getValue() == null);
            valid &= row.kind.getValue() != null;
        }
        return valid;
    }

    private void add(DocumentKind kind, String language, String version, AttachmentRef file) {
        var row = new Row(file);
        row.kind.setValue(kind);
        row.language.setValue(language == null ? "" : language);
        row.version.setValue(version == null ? "" : version);
        entries.add(row);
        rows.add(row.layout);
    }

    /** One document's inputs. */
    private final class Row {
        final Select<DocumentKind> kind = new Select<>();
        final TextField language = new TextField(getTranslation("meeting.documents.language"));
        final TextField version = new TextField(getTranslation("meeting.documents.version"));
        final AttachmentRef file;
        final Div layout = new Div();

        Row(AttachmentRef file) {
            this.file = file;
            kind.setLabel(getTranslation("meeting.documents.kind"));
            kind.setItems(DocumentKind.values());
            kind.setItemLabelGenerator(Translations::label);
            kind.setErrorMessage(getTranslation("meeting.documents.kind.required"));
            language.setMaxLength(40);
            version.setMaxLength(40);
            var name = new Span(
                    file == null
                            ? getTranslation("meeting.documents.noFile")
                            : getTranslation("meeting.documents.file", file.fileName(), file.sizeText()));
            name.addClassName("document-file");
            var remove = new Button(getTranslation("meeting.documents.remove"), e -> {
                entries.remove(this);
                rows.remove(layout);
            });
            remove.getElement()
                    .setAttribute(
                            "aria-label",
                            file == null
                                    ? getTranslation("meeting.documents.removeWithoutFile")
                                    : getTranslation("meeting.documents.removeFile", file.fileName()));
            layout.addClassName("document-left-row");
            layout.add(kind, language, version, name, remove);
        }
    }
}
