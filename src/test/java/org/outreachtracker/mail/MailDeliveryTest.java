package org.outreachtracker.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestClock;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.DisplayPreferences;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.notification.Delivery;
import org.outreachtracker.notification.NotificationJobs;
import org.outreachtracker.notification.NotificationKind;
import org.outreachtracker.notification.NotificationRef;
import org.outreachtracker.notification.NotificationService;
import org.outreachtracker.security.SystemAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mail through a real SMTP server (GreenMail, started by the test): immediate messages and the
 * daily digest reach the right person with the marking and absolute links; nothing goes to a
 * deactivated account; with the server down the user's action still succeeds and the message is
 * delivered once the server is back; after the last attempt it is failed, the administrators are
 * told, and it can be sent again.
 */
@IntegrationTest
class MailDeliveryTest {

    static final int PORT = freePort();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> 2000);
        registry.add("outreach.mail.max-attempts", () -> 3);
        registry.add("outreach.mail.base-url", () -> "https://outreach.ministry.example");
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    MailService mail;

    @Autowired
    NotificationService notifications;

    @Autowired
    NotificationJobs jobs;

    @Autowired
    FollowUpService followUps;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    SystemAccess system;

    @Autowired
    UserAccountService users;

    @Autowired
    TestClock clock;

    GreenMail smtp;
    TestOutreach outreach;
    CampaignDetails campaign;
    long japan;

    @BeforeEach
    void start() {
        smtp = startServer();
        outreach = new TestOutreach(context);
        japan = outreach.countryId("JP");
        campaign = outreach.activeCampaign(30, Set.of(japan));
        // Whatever the demo data or other tests queued goes first, so each test sees only its own.
        clock.advance(Duration.ofDays(1));
        system.asSystem(() -> mail.sendDue());
        clock.reset();
        smtp.reset();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        clock.reset();
        outreach.closeCampaigns();
    }

    @Test
    void anImmediateMessageReachesTheOwnerWithTheMarkingAndALink() throws Exception {
        Person officer = person(Role.DESK_OFFICER, "o.ito@ministry.example");
        choose(officer, NotificationKind.FOLLOW_UP_ASSIGNED, Delivery.IMMEDIATE_EMAIL);

        assign(officer, 5);
        assertThat(system.asSystem(() -> mail.sendDue())).isEqualTo(1);

        MimeMessage message = onlyMessage();
        assertThat(message.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("o.ito@ministry.example");
        assertThat(message.getSubject())
                .isEqualTo("[UNCLASSIFIED] Follow-up assigned to you by Maria Manager (demo): Japan, "
                        + campaign.title() + ", due "
                        + DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                                .format(outreach.today().plusDays(5)));
        String text = part(message, "text/plain");
        assertThat(text)
                .startsWith("UNCLASSIFIED")
                .contains("Dear " + officer.name + ",")
                .contains("https://outreach.ministry.example/follow-ups")
                .doesNotContain("Send the non-paper");
        assertThat(text.strip()).endsWith("UNCLASSIFIED");
        assertThat(part(message, "text/html"))
                .contains("<a href=\"https://outreach.ministry.example/follow-ups\">")
                .contains("UNCLASSIFIED");
    }

    @Test
    void theDailyDigestGathersTheNoticesIntoOneMessageOnce() throws Exception {
        Person officer = person(Role.DESK_OFFICER, "d.digest@ministry.example");
        choose(officer, NotificationKind.FOLLOW_UP_DUE, Delivery.DAILY_DIGEST);
        outreach.as(officer.username, () -> {
            followUps.create(campaign.id(), japan, draft(officer.id, 1, "First"));
            followUps.create(campaign.id(), japan, draft(officer.id, 1, "Second"));
        });
        jobs.checkDueDates();
        assertThat(system.asSystem(() -> mail.sendDue())).as("nothing at once").isZero();

        assertThat(jobs.daily()).isPresent().get().isNotEqualTo(0);
        assertThat(jobs.daily()).as("a second run finds nothing waiting").contains(0);
        system.asSystem(() -> mail.sendDue());

        List<MimeMessage> mine = to("d.digest@ministry.example");
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().getSubject()).isEqualTo("[UNCLASSIFIED] Your daily digest: 2 notifications");
        String text = part(mine.getFirst(), "text/plain");
        assertThat(text.split("Follow-up due tomorrow: Japan, " + campaign.title(), -1))
                .hasSize(3);
        assertThat(text).doesNotContain("First").doesNotContain("Second");
    }

    @Test
    void aPersonWhoChoseFrenchOrArabicGetsTheMessagesFrameInThatLanguage() throws Exception {
        Person french = person(Role.DESK_OFFICER, "f.digest@ministry.example");
        Person arabic = person(Role.DESK_OFFICER, "a.digest@ministry.example");
        for (var chosen : List.of(Map.entry(french, "fr"), Map.entry(arabic, "ar"))) {
            Person person = chosen.getKey();
            outreach.as(person.username, () -> {
                users.changeOwnDisplayPreferences(new DisplayPreferences(chosen.getValue(), null));
                notifications.choose(NotificationKind.FOLLOW_UP_DUE, Delivery.DAILY_DIGEST);
                followUps.create(campaign.id(), japan, draft(person.id, 1, "Due"));
            });
        }
        jobs.checkDueDates();
        jobs.daily();
        system.asSystem(() -> mail.sendDue());

        MimeMessage inFrench = to("f.digest@ministry.example").getFirst();
        assertThat(inFrench.getSubject()).isEqualTo("[UNCLASSIFIED] Votre récapitulatif du jour : 1 notification");
        assertThat(part(inFrench, "text/plain"))
                .contains("Bonjour " + french.name + ",")
                .contains("Voici ce qu’Outreach Tracker vous a signalé")
                .contains("Choisir ce que vous recevez par courriel : https://outreach.ministry.example/");
        assertThat(part(inFrench, "text/html")).contains("<html lang=\"fr\" dir=\"ltr\">");

        MimeMessage inArabic = to("a.digest@ministry.example").getFirst();
        assertThat(inArabic.getSubject()).isEqualTo("[UNCLASSIFIED] ملخصك اليومي: إشعار واحد");
        assertThat(part(inArabic, "text/html"))
                .contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("إليك ما أبلغك به Outreach Tracker");
    }

    @Test
    void nothingGoesToADeactivatedAccount() throws Exception {
        Person leaver = person(Role.DESK_OFFICER, "l.eaver@ministry.example");
        choose(leaver, NotificationKind.FOLLOW_UP_DUE, Delivery.DAILY_DIGEST);
        outreach.as(leaver.username, () -> followUps.create(campaign.id(), japan, draft(leaver.id, 1, "Due")));
        jobs.checkDueDates();
        long version = outreach.as("admin", () -> accountAdmin.account(leaver.id))
                .orElseThrow()
                .version();
        outreach.as("admin", () -> accountAdmin.deactivate(leaver.id, version));

        jobs.daily();
        system.asSystem(() -> mail.sendDue());

        assertThat(to("l.eaver@ministry.example")).isEmpty();
    }

    @Test
    void withTheServerDownTheActionSucceedsAndTheMessageGoesOnceItIsBack() throws Exception {
        Person officer = person(Role.DESK_OFFICER, "s.down@ministry.example");
        choose(officer, NotificationKind.FOLLOW_UP_ASSIGNED, Delivery.IMMEDIATE_EMAIL);
        smtp.stop();

        FollowUpRef assigned = assign(officer, 5);
        assertThat(assigned.ownerId()).as("the manager's action went through").isEqualTo(officer.id);
        assertThat(system.asSystem(() -> mail.sendDue())).isZero();
        MailRow waiting = onlyRow(MailState.WAITING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(Duration.between(clock.instant(), waiting.nextAttemptAt()))
                .as("the first pause")
                .isBetween(Duration.ofSeconds(55), Duration.ofMinutes(1));

        smtp = startServer();
        assertThat(system.asSystem(() -> mail.sendDue())).as("not due yet").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(system.asSystem(() -> mail.sendDue())).isEqualTo(1);
        assertThat(onlyMessage().getSubject()).contains("Follow-up assigned to you");
        assertThat(outreach.as("admin", () -> mail.counts()).get(MailState.WAITING))
                .isZero();
    }

    @Test
    void afterTheLastAttemptTheMessageFailsTheAdministratorsAreToldAndItCanBeSentAgain() throws Exception {
        Person officer = person(Role.DESK_OFFICER, "f.ailed@ministry.example");
        Person admin = person(Role.ADMIN, null);
        choose(officer, NotificationKind.FOLLOW_UP_ASSIGNED, Delivery.IMMEDIATE_EMAIL);
        smtp.stop();
        assign(officer, 5);

        for (int attempt = 1; attempt <= 3; attempt++) {
            system.asSystem(() -> mail.sendDue());
            clock.advance(Duration.ofHours(1));
        }
        MailRow failed = onlyRow(MailState.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).isNotBlank();
        List<NotificationRef> told = outreach.as(admin.username, () -> notifications.page(0, 10));
        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MAIL_FAILED);
            assertThat(n.title()).startsWith("E-mail to f.ailed@ministry.example could not be delivered: ");
            assertThat(n.link()).isEqualTo("admin/mail");
        });

        smtp = startServer();
        outreach.as(admin.username, () -> mail.resend(failed.id()));
        assertThat(system.asSystem(() -> mail.sendDue())).isEqualTo(1);
        assertThat(onlyMessage().getAllRecipients()[0].toString()).isEqualTo("f.ailed@ministry.example");
    }

    @Test
    void anAdministratorsTestMessageArrives() throws Exception {
        outreach.as("admin", () -> mail.sendTestMessage(" Ops.Desk@Ministry.Example "));
        system.asSystem(() -> mail.sendDue());

        MimeMessage message = onlyMessage();
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("Ops.Desk@ministry.example");
        assertThat(message.getSubject()).isEqualTo("[UNCLASSIFIED] Test message");
        assertThat(part(message, "text/plain")).contains("If you can read it, e-mail works.");
    }

    // --- helpers ---------------------------------------------------------------------------------

    record Person(String username, long id, String name) {}

    private Person person(Role role, String email) {
        String username = TestOutreach.unique("mail").toLowerCase(Locale.ROOT).replace(' ', '-');
        String name = "Person " + username;
        long id = system.asSystem(() -> accountAdmin.createAccount(new NewAccount(
                username,
                name,
                "Pw-" + UUID.randomUUID(),
                EnumSet.of(role),
                role == Role.DESK_OFFICER ? Set.of(japan) : Set.of(),
                email)));
        return new Person(username, id, name);
    }

    private void choose(Person person, NotificationKind kind, Delivery delivery) {
        outreach.as(person.username, () -> notifications.choose(kind, delivery));
    }

    private FollowUpRef assign(Person owner, int dueInDays) {
        return outreach.as(
                "manager",
                () -> followUps.create(campaign.id(), japan, draft(owner.id, dueInDays, "Send the non-paper")));
    }

    private FollowUpDraft draft(long ownerId, int dueInDays, String description) {
        return new FollowUpDraft(description, ownerId, outreach.today().plusDays(dueInDays), Priority.MEDIUM);
    }

    private MailRow onlyRow(MailState state) {
        List<MailRow> rows = outreach.as("admin", () -> mail.list(Set.of(state), 0, 10));
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }

    private MimeMessage onlyMessage() {
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private List<MimeMessage> to(String address) throws Exception {
        smtp.waitForIncomingEmail(1000, 1);
        var found = new java.util.ArrayList<MimeMessage>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                found.add(message);
            }
        }
        return found;
    }

    private static String part(MimeMessage message, String type) throws Exception {
        String found = find(message.getContent(), type);
        assertThat(found).as("a " + type + " part").isNotNull();
        return found;
    }

    private static String find(Object content, String type) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return part.getContent().toString();
                }
                String inner = find(part.getContent(), type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static GreenMail startServer() {
        var server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
