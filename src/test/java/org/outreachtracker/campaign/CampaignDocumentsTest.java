package org.outreachtracker.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.attachment.AttachmentRef;
import org.outreachtracker.attachment.AttachmentService;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** A campaign's own documents: managers add and remove them, every signed-in user downloads them. */
@IntegrationTest
class CampaignDocumentsTest {

    static final byte[] INSTRUCTION =
            "Instruction: deliver the points to the foreign ministry.\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    CampaignDocumentService documents;

    @Autowired
    AttachmentService attachments;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    CampaignDetails campaign;

    @BeforeEach
    void createCampaign() {
        outreach = new TestOutreach(context);
        campaign = outreach.activeCampaign(30, outreach.countryIds("JP"), "First");
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
        outreach.closeCampaigns();
    }

    @Test
    void aManagersInstructionIsListedAndDownloadableByEverySignedInUser() {
        AttachmentRef file = outreach.as("manager", () -> attachments.store("instruction.txt", INSTRUCTION));
        CampaignDocumentRef added = outreach.as(
                "manager",
                () -> documents.add(
                        campaign.id(),
                        new CampaignDocumentDraft(
                                CampaignDocumentKind.INSTRUCTION, "English", "Instruction to posts", file.id())));

        assertThat(outreach.as("officer", () -> documents.documents(campaign.id())))
                .singleElement()
                .satisfies(document -> {
                    assertThat(document.title()).isEqualTo("Instruction to posts");
                    assertThat(document.file().fileName()).isEqualTo("instruction.txt");
                });
        assertThat(outreach.as("officer", () -> attachments.download(file.id()).content()))
                .isEqualTo(INSTRUCTION);
        assertThat(outreach.as("admin", () -> attachments.download(file.id()).content()))
                .isEqualTo(INSTRUCTION);

        outreach.as("manager", () -> documents.remove(added.id()));

        assertThat(outreach.as("officer", () -> documents.documents(campaign.id())))
                .isEmpty();
        assertThatThrownBy(() -> outreach.as("officer", () -> attachments.download(file.id())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This file no longer exists.");
    }

    @Test
    void anOfficerAddsNoCampaignDocument() {
        AttachmentRef file = outreach.as("officer", () -> attachments.store("instruction.txt", INSTRUCTION));
        assertThatThrownBy(() -> outreach.as(
                        "officer",
                        () -> documents.add(
                                campaign.id(),
                                new CampaignDocumentDraft(
                                        CampaignDocumentKind.NON_PAPER, "French", "Non-paper", file.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(outreach.as("officer", () -> documents.documents(campaign.id())))
                .isEmpty();
    }
}
