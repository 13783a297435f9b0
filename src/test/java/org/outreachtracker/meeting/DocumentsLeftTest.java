package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.attachment.AttachmentRef;
import org.outreachtracker.attachment.AttachmentService;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditFilter;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.NotPermittedException;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.ops.BackupService;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Documents left at a meeting with their files: stored when uploaded, the meeting's once it is
 * saved, downloadable by the meeting's readers only and not while the meeting is deleted, audited,
 * listed in the reporting cable, and carried by backups.
 */
@IntegrationTest
class DocumentsLeftTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MeetingService meetings;

    @Autowired
    AttachmentService attachments;

    @Autowired
    CableService cables;

    @Autowired
    AuditService audit;

    @Autowired
    BackupService backups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    CampaignDetails campaign;

    @BeforeEach
    void createCampaign() {
        outreach = new TestOutreach(context);
        campaign = outreach.activeCampaign(60, outreach.countryIds("JP", "FR"), "First");
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
        outreach.closeCampaigns();
    }

    long logWithNonPaper(AttachmentRef file) {
        MeetingDraft draft = outreach.simpleMeeting(campaign, "JP", outreach.daysAgo(2), null, "Left a non-paper.")
                .withDocumentsLeft(List.of(new DocumentLeft(DocumentKind.NON_PAPER, "French", "2", file.id())));
        return meetings.log(draft);
    }

    @Test
    void anOfficersNonPaperIsTheMeetingsAndEveryReaderDownloadsIt() {
        AttachmentRef file = outreach.as("officer", () -> attachments.store("C:\\Desk\\non-paper.pdf", PDF));
        assertThat(file.fileName()).isEqualTo("non-paper.pdf");
        long meetingId = outreach.as("officer", () -> logWithNonPaper(file));

        List<DocumentLeftRow> rows = outreach.as("officer2", () -> meetings.documentsLeft(meetingId));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.description()).isEqualTo("Non-paper, French, version 2");
            assertThat(row.file().fileName()).isEqualTo("non-paper.pdf");
        });
        assertThat(outreach.as("officer2", () -> attachments.download(file.id()).content()))
                .isEqualTo(PDF);
        assertThat(outreach.as(
                        "manager", () -> attachments.download(file.id()).ref().mediaType()))
                .isEqualTo("application/pdf");
        assertThatThrownBy(() -> outreach.as("admin", () -> attachments.download(file.id())))
                .isInstanceOf(NotPermittedException.class);

        assertThat(outreach.as("manager", () -> cables.cableFacts(meetingId).orElseThrow()))
                .satisfies(facts -> assertThat(CableDraft.text(facts))
                        .contains("DOCUMENTS LEFT:", "- Non-paper, French, version 2 (file: non-paper.pdf)"));

        assertThat(events(AuditAction.UPLOADED, file.id())).singleElement();
        assertThat(events(AuditAction.DOWNLOADED, file.id())).hasSize(2);
    }

    @Test
    void aFileNotYetSavedWithAMeetingIsItsUploadersOnly() {
        AttachmentRef file = outreach.as("officer", () -> attachments.store("aide-memoire.pdf", PDF));

        assertThat(outreach.as("officer", () -> attachments.download(file.id()).content()))
                .isEqualTo(PDF);
        assertThatThrownBy(() -> outreach.as("officer2", () -> attachments.download(file.id())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> outreach.as("manager", () -> logWithNonPaper(file)))
                .as("someone else's upload cannot be attached to a meeting")
                .isInstanceOf(NotPermittedException.class);
        assertThat(outreach.as("officer", () -> attachments.readable(List.of(file.id()))))
                .singleElement();
    }

    @Test
    void aRefusedFileIsNotStored() {
        Integer before = jdbc.queryForObject("select count(*) from attachment", Integer.class);
        assertThatThrownBy(() ->
                        outreach.as("officer", () -> attachments.store("note.pdf", new byte[] {'M', 'Z', 0, 0})))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> outreach.as("officer", () -> attachments.store("note.pdf", new byte[0])))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("empty");
        assertThat(jdbc.queryForObject("select count(*) from attachment", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void aDeletedMeetingsFilesAreUnavailableUntilItIsRestored() {
        AttachmentRef file = outreach.as("officer", () -> attachments.store("non-paper.pdf", PDF));
        long meetingId = outreach.as("officer", () -> logWithNonPaper(file));
        long version = outreach.as(
                "officer", () -> meetings.meeting(meetingId).orElseThrow().version());

        outreach.as("officer", () -> meetings.delete(meetingId, version));

        assertThatThrownBy(() -> outreach.as("officer", () -> attachments.download(file.id())))
                .isInstanceOf(NotPermittedException.class);
        assertThat(outreach.as("manager", () -> meetings.documentsLeft(meetingId)))
                .isEmpty();

        long deletedVersion = jdbc.queryForObject("select version from meeting where id = ?", Long.class, meetingId);
        outreach.as("manager", () -> meetings.restore(meetingId, deletedVersion));

        assertThat(outreach.as("officer", () -> attachments.download(file.id()).content()))
                .isEqualTo(PDF);
    }

    @Test
    void aBackupCarriesTheAttachedFiles() throws Exception {
        byte[] content = "Aide-memoire for the backup.\n".getBytes(StandardCharsets.UTF_8);
        AttachmentRef file = outreach.as("officer", () -> attachments.store("backup-aide-memoire.txt", content));

        Path backup = outreach.as(
                "admin",
                () -> Path.of(backups.folder()).resolve(backups.backUpNow().name()));
        String script;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(backup))) {
            var bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            script = bytes.toString(StandardCharsets.UTF_8);
        }
        assertThat(script).contains("backup-aide-memoire.txt");
        assertThat(script.toLowerCase()).contains(HexFormat.of().formatHex(content));
        assertThat(file.sizeBytes()).isEqualTo(content.length);
    }

    private List<?> events(AuditAction action, long id) {
        return outreach.as(
                "admin",
                () -> audit.search(
                                new AuditFilter(null, action, AuditedObject.ATTACHMENT, String.valueOf(id), null, null),
                                PageRequest.of(0, 10))
                        .getContent());
    }
}
