package org.outreachtracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.AccountDraft;
import org.outreachtracker.account.AccountFilter;
import org.outreachtracker.account.DisplayPreferences;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.SecondFactorService;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.attachment.AttachmentService;
import org.outreachtracker.audit.AuditFilter;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.TrailProgress;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.export.ExportProgress;
import org.outreachtracker.brief.BriefPdfService;
import org.outreachtracker.brief.BriefService;
import org.outreachtracker.brief.CounterpartProfileService;
import org.outreachtracker.calendar.CalendarFeedService;
import org.outreachtracker.campaign.CampaignDocumentDraft;
import org.outreachtracker.campaign.CampaignDocumentKind;
import org.outreachtracker.campaign.CampaignDocumentService;
import org.outreachtracker.campaign.CampaignDraft;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.PointDraft;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.counterpart.CounterpartExport;
import org.outreachtracker.counterpart.CounterpartFilter;
import org.outreachtracker.counterpart.CounterpartImportService;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.counterpart.ImportPreview;
import org.outreachtracker.coverage.CoverageExport;
import org.outreachtracker.coverage.CoverageFilter;
import org.outreachtracker.coverage.CoverageService;
import org.outreachtracker.coverage.DashboardService;
import org.outreachtracker.followup.CommitmentDraft;
import org.outreachtracker.followup.CommitmentOutcome;
import org.outreachtracker.followup.CommitmentService;
import org.outreachtracker.followup.FollowUpDraft;
import org.outreachtracker.followup.FollowUpExport;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.mail.MailService;
import org.outreachtracker.mail.OutgoingMail;
import org.outreachtracker.meeting.CableService;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingExport;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingFormat;
import org.outreachtracker.meeting.MeetingLogged;
import org.outreachtracker.meeting.MeetingObjectionService;
import org.outreachtracker.meeting.MeetingRankService;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.UnsavedMeetingService;
import org.outreachtracker.notification.NotificationKind;
import org.outreachtracker.notification.NotificationService;
import org.outreachtracker.ops.BackupService;
import org.outreachtracker.reference.CountryFilter;
import org.outreachtracker.reference.PostDraft;
import org.outreachtracker.reference.PostFilter;
import org.outreachtracker.reference.PostType;
import org.outreachtracker.reference.ReferenceAdminService;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.savedview.SavedPage;
import org.outreachtracker.savedview.SavedViewService;
import org.outreachtracker.search.GlobalSearchService;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.security.TestSignIn;
import org.outreachtracker.tasking.TaskingExport;
import org.outreachtracker.tasking.TaskingFilter;
import org.outreachtracker.tasking.TaskingService;
import org.outreachtracker.tasking.WaiverReason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

/**
 * Every public service method, called by every kind of caller: allowed or refused exactly as
 * the role table in PRODUCT.md says (administrators are not readers of outreach content; the
 * coverage of a campaign is for managers, "my desk" for desk officers). "Allowed" means the
 * access rule let the call through and the call then either completed or was refused by a
 * business rule (a {@link RuleViolationException}, e.g. for a record that does not exist); any
 * other failure (a null pointer, an illegal state, a database error) fails the matrix, since it
 * would hide whether the method works for that caller at all. Calls that would change data are
 * refused by a business rule on purpose (records that do not exist), so the matrix changes
 * nothing. "Refused" means an access or authentication failure. A session part-way through
 * signing in (right password, second factor to come) holds none of the account's roles and is
 * refused everything, except what setting up a required authenticator app needs.
 */
@IntegrationTest
class ServiceAccessMatrixTest {

    enum Caller {
        ANONYMOUS,
        OFFICER,
        MANAGER,
        ADMIN,
        SYSTEM,
        /** The administrator part-way through signing in: right password, the app's code still to come. */
        AWAITING_CODE,
        /** The administrator part-way through signing in, who must set up an authenticator app first. */
        ENROLLING
    }

    static final Set<Caller> PEOPLE = EnumSet.of(Caller.OFFICER, Caller.MANAGER, Caller.ADMIN);
    static final Set<Caller> ANY_SIGNED_IN = EnumSet.of(Caller.OFFICER, Caller.MANAGER, Caller.ADMIN, Caller.SYSTEM);

    /** An id no record has. */
    static final long MISSING = -1L;

    interface Call {
        void run() throws Exception;
    }

    /**
     * One service method and who may call it. A call that would change data ({@code changes})
     * is made so that a business rule refuses it after the access check; the matrix checks it
     * was refused by that rule and so changed nothing.
     */
    record Case(Class<?> service, String method, Set<Caller> allowed, boolean changes, Call call) {}

    static Case reads(Class<?> service, String method, Set<Caller> allowed, Call call) {
        return new Case(service, method, allowed, false, call);
    }

    static Case changes(Class<?> service, String method, Set<Caller> allowed, Call call) {
        return new Case(service, method, allowed, true, call);
    }

    /** How a call ended. */
    enum Outcome {
        REFUSED_ACCESS,
        REFUSED_BY_RULE,
        FAILED_OTHERWISE,
        COMPLETED
    }

    /** How a call ended, and the failure that ended it, if any. */
    record Ending(Outcome outcome, Throwable failure) {

        static Ending of(Outcome outcome) {
            return new Ending(outcome, null);
        }
    }

    @Autowired
    ReferenceService reference;

    @Autowired
    ReferenceAdminService referenceAdmin;

    @Autowired
    UserAccountService accounts;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    SecondFactorService secondFactors;

    @Autowired
    UserDetailsService users;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CounterpartService counterparts;

    @Autowired
    MeetingService meetings;

    @Autowired
    UnsavedMeetingService unsaved;

    @Autowired
    FollowUpService followUps;

    @Autowired
    CommitmentService commitments;

    @Autowired
    MeetingObjectionService meetingObjections;

    @Autowired
    CoverageService coverage;

    @Autowired
    TaskingService taskings;

    @Autowired
    NotificationService notifications;

    @Autowired
    MailService mail;

    @Autowired
    MeetingRankService meetingRanks;

    @Autowired
    TaskingExport taskingExport;

    @Autowired
    DashboardService dashboard;

    @Autowired
    AuditService audit;

    @Autowired
    MeetingExport meetingExport;

    @Autowired
    GlobalSearchService globalSearch;

    @Autowired
    FollowUpExport followUpExport;

    @Autowired
    CounterpartExport counterpartExport;

    @Autowired
    CoverageExport coverageExport;

    @Autowired
    CableService cables;

    @Autowired
    AttachmentService attachments;

    @Autowired
    CampaignDocumentService campaignDocuments;

    @Autowired
    BriefService briefs;

    @Autowired
    CounterpartProfileService profiles;

    @Autowired
    BriefPdfService briefPdfs;

    @Autowired
    CounterpartImportService imports;

    @Autowired
    BackupService backups;

    @Autowired
    CalendarFeedService calendarFeeds;

    @Autowired
    SavedViewService savedViews;

    @Autowired
    java.time.Clock clock;

    List<Case> cases() {
        var badPassword = new NewAccount("matrix-user", "Matrix User", "short", EnumSet.of(Role.MANAGER), Set.of());
        var takenName =
                new NewAccount("officer", "Someone", "a-long-enough-password", EnumSet.of(Role.MANAGER), Set.of());
        // Drafts that pass Bean Validation but refer to records that do not exist (id -1), so
        // every service rule refuses them after the access check.
        LocalDate today = LocalDate.now(clock);
        var campaignDraft = new CampaignDraft(
                "Matrix campaign",
                "MATRIX 1",
                "Matrix objective.",
                today,
                null,
                CampaignStatus.DRAFT,
                false,
                Set.of(MISSING));
        var pointDraft = new PointDraft("Matrix point", "Matrix point text.");
        var counterpartDraft = new CounterpartDraft(
                "Matrix Person", "Matrix title", "Matrix organization", MISSING, CounterpartLevel.OTHER);
        var followUpDraft = new FollowUpDraft("Matrix follow-up", MISSING, today, Priority.LOW);
        var meetingDraft = new MeetingDraft(
                MISSING,
                MISSING,
                MISSING,
                today,
                MeetingFormat.CALL,
                "Matrix deliverer",
                Set.of(MISSING),
                List.of(),
                null,
                "Matrix summary.",
                null,
                "UNCLASSIFIED",
                List.of(followUpDraft));
        var accountDraft = new AccountDraft("Matrix User", EnumSet.of(Role.MANAGER), Set.of());
        var postDraft = new PostDraft(
                "MATRIX-POST", "Matrix post", PostType.EMBASSY, "Matrix city", MISSING, true, Set.of(MISSING));
        var admins = EnumSet.of(Caller.ADMIN);
        // Someone who must set up an authenticator app before signing in may do that, and nothing else.
        var peopleOrEnrolling = EnumSet.of(Caller.OFFICER, Caller.MANAGER, Caller.ADMIN, Caller.ENROLLING);
        var outreach = EnumSet.of(Caller.OFFICER, Caller.MANAGER);
        var managers = EnumSet.of(Caller.MANAGER);
        var officers = EnumSet.of(Caller.OFFICER);
        var system = EnumSet.of(Caller.SYSTEM);
        var outreachOrSystem = EnumSet.of(Caller.OFFICER, Caller.MANAGER, Caller.SYSTEM);
        var page = PageRequest.of(0, 5);
        return List.of(
                reads(ReferenceService.class, "bureaus", ANY_SIGNED_IN, () -> reference.bureaus()),
                reads(ReferenceService.class, "countries", ANY_SIGNED_IN, () -> reference.countries()),
                reads(ReferenceService.class, "countriesById", ANY_SIGNED_IN, () -> reference.countriesById()),
                reads(ReferenceService.class, "country", ANY_SIGNED_IN, () -> reference.country(1)),
                reads(ReferenceService.class, "countryByCode", ANY_SIGNED_IN, () -> reference.countryByCode("FR")),
                reads(ReferenceService.class, "posts", ANY_SIGNED_IN, () -> reference.posts()),
                reads(ReferenceService.class, "postsCovering", ANY_SIGNED_IN, () -> reference.postsCovering(1)),
                reads(
                        ReferenceAdminService.class,
                        "searchPosts",
                        admins,
                        () -> referenceAdmin.searchPosts(PostFilter.none(), page)),
                reads(
                        ReferenceAdminService.class,
                        "countPosts",
                        admins,
                        () -> referenceAdmin.countPosts(PostFilter.none())),
                reads(ReferenceAdminService.class, "post", admins, () -> referenceAdmin.post(1)),
                changes(ReferenceAdminService.class, "createPost", admins, () -> referenceAdmin.createPost(postDraft)),
                changes(
                        ReferenceAdminService.class,
                        "updatePost",
                        admins,
                        () -> referenceAdmin.updatePost(MISSING, 0, postDraft)),
                reads(
                        ReferenceAdminService.class,
                        "searchCountries",
                        admins,
                        () -> referenceAdmin.searchCountries(CountryFilter.none(), page)),
                reads(
                        ReferenceAdminService.class,
                        "countCountries",
                        admins,
                        () -> referenceAdmin.countCountries(CountryFilter.none())),
                changes(
                        ReferenceAdminService.class,
                        "changeBureau",
                        admins,
                        () -> referenceAdmin.changeBureau(MISSING, 0, MISSING)),
                changes(
                        AccountAdminService.class,
                        "createAccount",
                        EnumSet.of(Caller.ADMIN, Caller.SYSTEM),
                        () -> accountAdmin.createAccount(badPassword)),
                changes(
                        AccountAdminService.class,
                        "createDemoAccount",
                        EnumSet.of(Caller.SYSTEM),
                        () -> accountAdmin.createDemoAccount(takenName)),
                reads(
                        AccountAdminService.class,
                        "anyAccountExists",
                        EnumSet.of(Caller.SYSTEM),
                        () -> accountAdmin.anyAccountExists()),
                changes(
                        UserAccountService.class,
                        "changeOwnPassword",
                        PEOPLE,
                        () -> accounts.changeOwnPassword("not-the-password", "another-long-password")),
                reads(UserAccountService.class, "users", ANY_SIGNED_IN, () -> accounts.users()),
                reads(UserAccountService.class, "user", ANY_SIGNED_IN, () -> accounts.user(1)),
                reads(UserAccountService.class, "contact", system, () -> accounts.contact(1)),
                reads(UserAccountService.class, "activeWithRole", system, () -> accounts.activeWithRole(Role.ADMIN)),
                reads(UserAccountService.class, "deskOfficersOf", system, () -> accounts.deskOfficersOf(1)),
                reads(UserAccountService.class, "ownEmail", PEOPLE, () -> accounts.ownEmail()),
                changes(
                        UserAccountService.class,
                        "changeOwnEmail",
                        PEOPLE,
                        () -> accounts.changeOwnEmail("not an address")),
                reads(
                        UserAccountService.class,
                        "ownDisplayPreferences",
                        PEOPLE,
                        () -> accounts.ownDisplayPreferences()),
                changes(
                        UserAccountService.class,
                        "changeOwnDisplayPreferences",
                        PEOPLE,
                        () -> accounts.changeOwnDisplayPreferences(new DisplayPreferences("xx", "Mars/Olympus_Mons"))),
                reads(
                        AccountAdminService.class,
                        "search",
                        admins,
                        () -> accountAdmin.search(AccountFilter.none(), page)),
                reads(AccountAdminService.class, "count", admins, () -> accountAdmin.count(AccountFilter.none())),
                reads(AccountAdminService.class, "account", admins, () -> accountAdmin.account(1)),
                changes(
                        AccountAdminService.class,
                        "create",
                        admins,
                        () -> accountAdmin.create("officer", accountDraft)),
                changes(
                        AccountAdminService.class,
                        "update",
                        admins,
                        () -> accountAdmin.update(MISSING, 0, accountDraft)),
                changes(AccountAdminService.class, "deactivate", admins, () -> accountAdmin.deactivate(MISSING, 0)),
                changes(AccountAdminService.class, "reactivate", admins, () -> accountAdmin.reactivate(MISSING, 0)),
                changes(
                        AccountAdminService.class,
                        "resetPassword",
                        admins,
                        () -> accountAdmin.resetPassword(MISSING, 0)),
                changes(AccountAdminService.class, "unlock", admins, () -> accountAdmin.unlock(MISSING)),
                reads(SecondFactorService.class, "status", peopleOrEnrolling, () -> secondFactors.status()),
                // Changes no data: a new secret is only stored once a code from the app confirms it.
                reads(
                        SecondFactorService.class,
                        "startEnrolment",
                        peopleOrEnrolling,
                        () -> secondFactors.startEnrolment()),
                // Refused by a rule: no set-up was started for the caller's account.
                changes(
                        SecondFactorService.class,
                        "confirmEnrolment",
                        peopleOrEnrolling,
                        () -> secondFactors.confirmEnrolment(null, "123456")),
                // Refused by a rule: the caller has no authenticator app.
                changes(
                        SecondFactorService.class,
                        "renewRecoveryCodes",
                        PEOPLE,
                        () -> secondFactors.renewRecoveryCodes()),
                reads(SecondFactorService.class, "enrolledAt", admins, () -> secondFactors.enrolledAt(1)),
                changes(
                        SecondFactorService.class,
                        "reset",
                        admins,
                        () -> secondFactors.reset(MISSING, "Matrix reason")),
                reads(CampaignService.class, "campaigns", outreach, () -> campaigns.campaigns(page)),
                reads(
                        CampaignService.class,
                        "campaignsIn",
                        outreach,
                        () -> campaigns.campaignsIn(EnumSet.of(CampaignStatus.ACTIVE))),
                reads(CampaignService.class, "campaign", outreachOrSystem, () -> campaigns.campaign(1)),
                reads(CampaignService.class, "points", outreach, () -> campaigns.points(1)),
                changes(CampaignService.class, "create", managers, () -> campaigns.create(campaignDraft)),
                changes(CampaignService.class, "update", managers, () -> campaigns.update(MISSING, 0, campaignDraft)),
                changes(CampaignService.class, "addPoint", managers, () -> campaigns.addPoint(MISSING, pointDraft)),
                reads(CampaignService.class, "points", outreach, () -> campaigns.points(1, 1)),
                changes(
                        CampaignService.class,
                        "issueRevisedPoints",
                        managers,
                        () -> campaigns.issueRevisedPoints(MISSING, List.of(pointDraft))),
                reads(CampaignService.class, "objections", outreach, () -> campaigns.objections(1)),
                changes(
                        CampaignService.class,
                        "addObjection",
                        managers,
                        () -> campaigns.addObjection(
                                MISSING, new org.outreachtracker.campaign.ObjectionDraft("No evidence offered."))),
                changes(
                        CampaignService.class,
                        "updatePoint",
                        managers,
                        () -> campaigns.updatePoint(MISSING, 0, pointDraft)),
                changes(CampaignService.class, "movePoint", managers, () -> campaigns.movePoint(MISSING, 1)),
                changes(CampaignService.class, "removePoint", managers, () -> campaigns.removePoint(MISSING)),
                reads(
                        CounterpartService.class,
                        "search",
                        outreach,
                        () -> counterparts.search(CounterpartFilter.none(), page)),
                reads(CounterpartService.class, "count", outreach, () -> counterparts.count(CounterpartFilter.none())),
                reads(CounterpartService.class, "counterpart", outreach, () -> counterparts.counterpart(1)),
                reads(CounterpartService.class, "counterparts", outreach, () -> counterparts.counterparts(Set.of(1L))),
                changes(CounterpartService.class, "create", outreach, () -> counterparts.create(counterpartDraft)),
                reads(CounterpartService.class, "sameAs", outreach, () -> counterparts.sameAs(counterpartDraft)),
                changes(
                        CounterpartService.class,
                        "createUnlessListed",
                        outreach,
                        () -> counterparts.createUnlessListed(counterpartDraft)),
                changes(
                        CounterpartService.class,
                        "update",
                        outreach,
                        () -> counterparts.update(MISSING, 0, counterpartDraft)),
                changes(
                        CounterpartService.class,
                        "changePosition",
                        outreach,
                        () -> counterparts.changePosition(MISSING, 0, counterpartDraft, LocalDate.of(2026, 1, 5))),
                changes(
                        CounterpartService.class,
                        "correct",
                        outreach,
                        () -> counterparts.correct(MISSING, 0, counterpartDraft)),
                reads(CounterpartService.class, "positions", outreach, () -> counterparts.positions(1)),
                reads(
                        CounterpartService.class,
                        "likelyDuplicates",
                        outreach,
                        () -> counterparts.likelyDuplicates(counterpartDraft)),
                reads(
                        CounterpartService.class,
                        "possibleDuplicates",
                        managers,
                        () -> counterparts.possibleDuplicates()),
                changes(
                        CounterpartService.class,
                        "merge",
                        managers,
                        () -> counterparts.merge(MISSING, 0, MISSING + 1, 0, counterpartDraft)),
                changes(CounterpartService.class, "undoMerge", managers, () -> counterparts.undoMerge(MISSING)),
                reads(CounterpartService.class, "merges", outreach, () -> counterparts.merges(MISSING)),
                reads(GlobalSearchService.class, "search", outreach, () -> globalSearch.search("extraction")),
                reads(GlobalSearchService.class, "indexComplete", outreach, () -> globalSearch.indexComplete()),
                reads(CounterpartService.class, "positions", outreach, () -> counterparts.positions(Set.of(1L))),
                changes(CounterpartService.class, "delete", outreach, () -> counterparts.delete(MISSING, 0)),
                changes(CounterpartService.class, "restore", managers, () -> counterparts.restore(MISSING, 0)),
                reads(CounterpartService.class, "deleted", managers, () -> counterparts.deleted(page)),
                reads(CounterpartService.class, "countDeleted", managers, () -> counterparts.countDeleted()),
                reads(UnsavedMeetingService.class, "unsaved", outreach, () -> unsaved.unsaved(MISSING)),
                changes(UnsavedMeetingService.class, "keep", outreach, () -> unsaved.keep(MISSING, "{}")),
                reads(UnsavedMeetingService.class, "discard", outreach, () -> unsaved.discard(MISSING)),
                reads(MeetingService.class, "search", outreach, () -> meetings.search(MeetingFilter.none(), page)),
                reads(MeetingService.class, "page", outreach, () -> meetings.page(MeetingFilter.none(), page, -1)),
                reads(MeetingService.class, "count", outreach, () -> meetings.count(MeetingFilter.none())),
                reads(
                        MeetingService.class,
                        "countMayTakeLong",
                        outreach,
                        () -> meetings.countMayTakeLong(MeetingFilter.none())),
                reads(MeetingService.class, "meeting", outreach, () -> meetings.meeting(1)),
                reads(MeetingService.class, "mayEdit", outreach, () -> meetings.mayEdit(1)),
                reads(
                        MeetingService.class,
                        "recentApproaches",
                        outreach,
                        () -> meetings.recentApproaches(Set.of(1L), today, null)),
                reads(MeetingService.class, "raisedPointIds", outreach, () -> meetings.raisedPointIds(1)),
                reads(
                        MeetingService.class,
                        "metElsewhere",
                        system,
                        () -> meetings.metElsewhere(
                                new MeetingLogged(MISSING, MISSING, MISSING, today, Set.of(MISSING), "UNCLASSIFIED"),
                                today)),
                reads(MeetingService.class, "counterpartsMet", outreach, () -> meetings.counterpartsMet(1, 1)),
                reads(MeetingService.class, "colleaguesOf", outreach, () -> meetings.colleaguesOf(1, 5)),
                reads(MeetingService.class, "texts", outreach, () -> meetings.texts(Set.of(1L))),
                reads(MeetingService.class, "officersWhoMet", outreach, () -> meetings.officersWhoMet(1, 5)),
                reads(MeetingService.class, "handlingMarkings", outreach, () -> meetings.handlingMarkings()),
                reads(MeetingService.class, "recentApproachDays", outreach, () -> meetings.recentApproachDays()),
                reads(
                        MeetingService.class,
                        "handlingMarkingsOf",
                        outreach,
                        () -> meetings.handlingMarkingsOf(MeetingFilter.none())),
                reads(
                        MeetingService.class,
                        "handlingMarkingsOf",
                        outreach,
                        () -> meetings.handlingMarkingsOf(java.util.List.of(1L))),
                changes(MeetingService.class, "log", outreach, () -> meetings.log(meetingDraft)),
                changes(MeetingService.class, "update", outreach, () -> meetings.update(MISSING, 0, meetingDraft)),
                changes(MeetingService.class, "delete", outreach, () -> meetings.delete(MISSING, 0)),
                changes(MeetingService.class, "restore", managers, () -> meetings.restore(MISSING, 0)),
                reads(MeetingService.class, "deleted", managers, () -> meetings.deleted(page)),
                reads(MeetingService.class, "countDeleted", managers, () -> meetings.countDeleted()),
                reads(FollowUpService.class, "search", outreach, () -> followUps.search(FollowUpFilter.all(), page)),
                reads(FollowUpService.class, "count", outreach, () -> followUps.count(FollowUpFilter.all())),
                reads(FollowUpService.class, "forMeeting", outreach, () -> followUps.forMeeting(1)),
                reads(FollowUpService.class, "forMeetings", outreach, () -> followUps.forMeetings(Set.of(1L))),
                changes(
                        FollowUpService.class,
                        "handOver",
                        managers,
                        () -> followUps.handOver(Set.of(MISSING), MISSING, false)),
                changes(
                        UserAccountService.class,
                        "handOverDesk",
                        managers,
                        () -> accounts.handOverDesk(MISSING, MISSING + 1)),
                reads(FollowUpService.class, "meetingIds", outreach, () -> followUps.meetingIds(FollowUpFilter.all())),
                reads(FollowUpService.class, "openPerCountry", outreach, () -> followUps.openPerCountry(1, null)),
                changes(
                        FollowUpService.class,
                        "create",
                        outreach,
                        () -> followUps.create(MISSING, MISSING, followUpDraft)),
                changes(
                        FollowUpService.class,
                        "createForMeeting",
                        outreach,
                        () -> followUps.createForMeeting(MISSING, MISSING, MISSING, List.of(followUpDraft))),
                changes(
                        FollowUpService.class,
                        "changeStatus",
                        outreach,
                        () -> followUps.changeStatus(MISSING, 0, FollowUpStatus.DONE, "Matrix note")),
                changes(FollowUpService.class, "reassign", managers, () -> followUps.reassign(MISSING, 0, MISSING)),
                reads(
                        FollowUpService.class,
                        "outstandingDueBetween",
                        system,
                        () -> followUps.outstandingDueBetween(today, today)),
                reads(FollowUpService.class, "countOverdue", system, () -> followUps.countOverdue()),
                reads(MailService.class, "enabled", ANY_SIGNED_IN, () -> mail.enabled()),
                // E-mail is off in the tests: nothing is queued.
                reads(
                        MailService.class,
                        "queue",
                        system,
                        () -> mail.queue(
                                new OutgoingMail("matrix@ministry.example", null, "Matrix", "Text", "<p>Text</p>"))),
                reads(MailService.class, "list", admins, () -> mail.list(Set.of(), 0, 5)),
                reads(MailService.class, "count", admins, () -> mail.count(Set.of())),
                reads(MailService.class, "counts", admins, () -> mail.counts()),
                changes(MailService.class, "resend", admins, () -> mail.resend(MISSING)),
                changes(MailService.class, "sendTestMessage", admins, () -> mail.sendTestMessage("not an address")),
                // Sends nothing: e-mail is off in the tests.
                reads(MailService.class, "sendDue", system, () -> mail.sendDue()),
                reads(NotificationService.class, "unreadCount", PEOPLE, () -> notifications.unreadCount()),
                reads(NotificationService.class, "count", PEOPLE, () -> notifications.count()),
                reads(NotificationService.class, "page", PEOPLE, () -> notifications.page(0, 5)),
                reads(NotificationService.class, "preferences", PEOPLE, () -> notifications.preferences()),
                changes(NotificationService.class, "markRead", PEOPLE, () -> notifications.markRead(MISSING)),
                // Changes only the caller's own read marks.
                reads(NotificationService.class, "markAllRead", PEOPLE, () -> notifications.markAllRead()),
                changes(
                        NotificationService.class,
                        "choose",
                        PEOPLE,
                        () -> notifications.choose(NotificationKind.FOLLOW_UP_DUE, null)),
                reads(CommitmentService.class, "forMeeting", outreach, () -> commitments.forMeeting(MISSING)),
                reads(CommitmentService.class, "forMeetings", outreach, () -> commitments.forMeetings(Set.of(MISSING))),
                reads(MeetingObjectionService.class, "counts", outreach, () -> meetingObjections.counts(MISSING)),
                reads(
                        MeetingObjectionService.class,
                        "meetings",
                        outreach,
                        () -> meetingObjections.meetings(MISSING, Set.of(MISSING))),
                reads(MeetingObjectionService.class, "of", outreach, () -> meetingObjections.of(MISSING)),
                reads(CommitmentService.class, "forCountry", outreach, () -> commitments.forCountry(MISSING)),
                reads(CommitmentService.class, "due", outreach, () -> commitments.due()),
                changes(
                        CommitmentService.class,
                        "createForMeeting",
                        outreach,
                        () -> commitments.createForMeeting(
                                MISSING,
                                MISSING,
                                MISSING,
                                List.of(new CommitmentDraft("Matrix commitment", MISSING, today)))),
                changes(
                        CommitmentService.class,
                        "recordOutcome",
                        outreach,
                        () -> commitments.recordOutcome(MISSING, 0, CommitmentOutcome.KEPT, "Matrix note")),
                reads(TaskingService.class, "taskings", outreach, () -> taskings.taskings(TaskingFilter.all(), page)),
                reads(TaskingService.class, "count", outreach, () -> taskings.count(TaskingFilter.all())),
                reads(MeetingRankService.class, "rankCheck", outreach, () -> meetingRanks.rankCheck(MISSING)),
                reads(TaskingService.class, "tasking", outreach, () -> taskings.tasking(MISSING)),
                reads(TaskingService.class, "taskingOf", outreach, () -> taskings.taskingOf(MISSING, MISSING)),
                reads(TaskingService.class, "statesByCountry", outreach, () -> taskings.statesByCountry(MISSING)),
                reads(TaskingService.class, "dailyChanges", outreach, () -> taskings.dailyChanges(MISSING)),
                reads(TaskingService.class, "timeline", outreach, () -> taskings.timeline(MISSING)),
                reads(
                        TaskingService.class,
                        "outstandingReportBy",
                        system,
                        () -> taskings.outstandingReportBy(today, today)),
                reads(TaskingService.class, "countLapsed", system, () -> taskings.countLapsed()),
                changes(
                        TaskingService.class,
                        "requestAppointment",
                        outreach,
                        () -> taskings.requestAppointment(MISSING, 0)),
                changes(
                        TaskingService.class,
                        "waive",
                        outreach,
                        () -> taskings.waive(MISSING, 0, WaiverReason.NO_APPOINTMENT_POSSIBLE)),
                changes(
                        TaskingService.class,
                        "markReported",
                        outreach,
                        () -> taskings.markReported(MISSING, 0, "MATRIX 1", today, null)),
                reads(
                        CoverageService.class,
                        "coverage",
                        managers,
                        () -> coverage.coverage(MISSING, CoverageFilter.none())),
                reads(CoverageService.class, "myDesk", officers, () -> coverage.myDesk()),
                reads(CoverageService.class, "country", outreach, () -> coverage.country(MISSING)),
                reads(DashboardService.class, "figures", managers, () -> dashboard.figures(MISSING)),
                reads(DashboardService.class, "progress", managers, () -> dashboard.progress(MISSING)),
                // A manager's own last choice of filters on the coverage map and the dashboard.
                reads(SavedViewService.class, "lastChoice", managers, () -> savedViews.lastChoice(SavedPage.COVERAGE)),
                changes(
                        SavedViewService.class,
                        "keepChoice",
                        managers,
                        () -> savedViews.keepChoice(SavedPage.COVERAGE, "campaign=<not encoded>")),
                // Exports are called without a format, so an allowed call is refused by a rule before it
                // writes or audits anything.
                reads(
                        MeetingExport.class,
                        "meetings",
                        outreach,
                        () -> meetingExport.meetings(
                                MeetingFilter.none(),
                                Sort.unsorted(),
                                null,
                                OutputStream.nullOutputStream(),
                                ExportProgress.NONE)),
                reads(
                        TaskingExport.class,
                        "taskings",
                        outreach,
                        () -> taskingExport.taskings(
                                TaskingFilter.all(), null, OutputStream.nullOutputStream(), ExportProgress.NONE)),
                reads(
                        FollowUpExport.class,
                        "followUps",
                        outreach,
                        () -> followUpExport.followUps(
                                FollowUpFilter.all(), null, OutputStream.nullOutputStream(), ExportProgress.NONE)),
                reads(
                        CounterpartExport.class,
                        "counterparts",
                        outreach,
                        () -> counterpartExport.counterparts(
                                CounterpartFilter.none(), null, OutputStream.nullOutputStream(), ExportProgress.NONE)),
                reads(
                        CoverageExport.class,
                        "coverage",
                        managers,
                        () -> coverageExport.coverage(
                                MISSING,
                                null,
                                CoverageFilter.none(),
                                null,
                                OutputStream.nullOutputStream(),
                                ExportProgress.NONE)),
                reads(
                        CoverageExport.class,
                        "reactionMatrix",
                        managers,
                        () -> coverageExport.reactionMatrix(
                                MISSING, null, OutputStream.nullOutputStream(), ExportProgress.NONE)),
                reads(CableService.class, "cableFacts", outreach, () -> cables.cableFacts(MISSING)),
                reads(MeetingService.class, "documentsLeft", outreach, () -> meetings.documentsLeft(MISSING)),
                reads(
                        CampaignDocumentService.class,
                        "documents",
                        ANY_SIGNED_IN,
                        () -> campaignDocuments.documents(MISSING)),
                changes(
                        CampaignDocumentService.class,
                        "add",
                        managers,
                        () -> campaignDocuments.add(
                                MISSING,
                                new CampaignDocumentDraft(
                                        CampaignDocumentKind.INSTRUCTION, "English", "Matrix instruction", MISSING))),
                changes(CampaignDocumentService.class, "remove", managers, () -> campaignDocuments.remove(MISSING)),
                reads(AttachmentService.class, "sizeLimit", ANY_SIGNED_IN, () -> attachments.sizeLimit()),
                reads(AttachmentService.class, "sizeLimitText", ANY_SIGNED_IN, () -> attachments.sizeLimitText()),
                reads(
                        AttachmentService.class,
                        "readable",
                        ANY_SIGNED_IN,
                        () -> attachments.readable(java.util.List.of(MISSING))),
                reads(AttachmentService.class, "download", ANY_SIGNED_IN, () -> attachments.download(MISSING)),
                changes(AttachmentService.class, "store", outreach, () -> attachments.store("matrix.pdf", new byte[0])),
                changes(
                        AttachmentService.class,
                        "link",
                        outreach,
                        () -> attachments.link("MEETING", MISSING, Set.of(MISSING))),
                reads(BriefService.class, "countryBrief", outreach, () -> briefs.countryBrief("XX")),
                reads(CounterpartProfileService.class, "profile", outreach, () -> profiles.profile(1)),
                reads(
                        BriefPdfService.class,
                        "countryBriefPdf",
                        outreach,
                        () -> briefPdfs.countryBriefPdf("XX", OutputStream.nullOutputStream())),
                reads(
                        CounterpartImportService.class,
                        "preview",
                        outreach,
                        () -> imports.preview("matrix.csv", new byte[0])),
                reads(
                        CounterpartImportService.class,
                        "refuseTooLarge",
                        outreach,
                        () -> imports.refuseTooLarge("matrix.csv", -1)),
                changes(
                        CounterpartImportService.class,
                        "importCounterparts",
                        outreach,
                        () -> imports.importCounterparts(
                                new ImportPreview("matrix.csv", List.of()), ExportProgress.NONE)),
                reads(
                        AuditService.class,
                        "search",
                        EnumSet.of(Caller.ADMIN),
                        () -> audit.search(AuditFilter.none(), page)),
                reads(AuditService.class, "count", EnumSet.of(Caller.ADMIN), () -> audit.count(AuditFilter.none())),
                reads(AuditService.class, "meetingHistory", outreach, () -> audit.meetingHistory(1)),
                // Changes no data: checks the trail's seals and records that it did.
                reads(AuditService.class, "verify", admins, () -> audit.verify(TrailProgress.NONE)),
                reads(BackupService.class, "backupsAvailable", admins, () -> backups.backupsAvailable()),
                reads(BackupService.class, "folder", admins, () -> backups.folder()),
                reads(BackupService.class, "backups", admins, () -> backups.backups()),
                // Changes no data: writes a backup file (into the test backup folder).
                reads(BackupService.class, "backUpNow", admins, () -> backups.backUpNow()),
                reads(CalendarFeedService.class, "feedStatus", PEOPLE, () -> calendarFeeds.feedStatus()),
                // Refused by a rule: the caller's calendar feed is off.
                changes(CalendarFeedService.class, "regenerate", PEOPLE, () -> calendarFeeds.regenerate()),
                changes(CalendarFeedService.class, "turnOff", PEOPLE, () -> calendarFeeds.turnOff()),
                // Turns the caller's feed on and off again, leaving it as it was.
                reads(CalendarFeedService.class, "turnOn", PEOPLE, () -> {
                    calendarFeeds.turnOn();
                    calendarFeeds.turnOff();
                }),
                // For the public feed endpoint, which calls it as the application: an address no
                // feed has answers "not found" (and is recorded in the audit trail).
                reads(
                        CalendarFeedService.class,
                        "feed",
                        EnumSet.of(Caller.SYSTEM),
                        () -> calendarFeeds.feed("no-such-feed", "192.0.2.1")));
    }

    @TestFactory
    Stream<DynamicTest> eachCallerAndServiceMethod() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            for (Caller caller : Caller.values()) {
                boolean expected = c.allowed().contains(caller);
                String name = c.service().getSimpleName() + "." + c.method() + " by " + caller
                        + (expected ? " is allowed" : " is refused");
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Ending ending = callAs(caller, c.call());
                    String because = ending.failure() == null ? name : name + ", ended by " + ending.failure();
                    if (!expected) {
                        assertThat(ending.outcome()).as(because).isEqualTo(Outcome.REFUSED_ACCESS);
                    } else if (c.changes()) {
                        assertThat(ending.outcome())
                                .as(because + " (and then refused by a business rule, changing nothing)")
                                .isEqualTo(Outcome.REFUSED_BY_RULE);
                    } else {
                        assertThat(ending.outcome())
                                .as(because + " (completed, or refused by a business rule)")
                                .isIn(Outcome.COMPLETED, Outcome.REFUSED_BY_RULE);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theMatrixCoversEveryPublicServiceMethod() throws ClassNotFoundException {
        Set<String> covered = new TreeSet<>();
        for (Case c : cases()) {
            covered.add(c.service().getName() + "." + c.method());
        }
        Set<String> declared = new TreeSet<>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        for (BeanDefinition definition : scanner.findCandidateComponents("org.outreachtracker")) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                    declared.add(type.getName() + "." + method.getName());
                }
            }
        }
        assertThat(covered).as("service methods in the access matrix").isEqualTo(declared);
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    /** How the call ended for the caller: refused by the access rules, by a business rule, or not at all. */
    private Ending callAs(Caller caller, Call call) {
        Call attempt = () -> {
            switch (caller) {
                case ANONYMOUS -> {
                    TestSignIn.anonymous();
                    call.run();
                }
                case SYSTEM ->
                    systemAccess.asSystem(() -> {
                        try {
                            call.run();
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                case AWAITING_CODE -> {
                    TestSignIn.awaitingCode(users, "admin");
                    call.run();
                }
                case ENROLLING -> {
                    TestSignIn.enrolling(users, "admin");
                    call.run();
                }
                default -> {
                    TestSignIn.as(users, caller.name().toLowerCase(java.util.Locale.ROOT));
                    call.run();
                }
            }
        };
        try {
            attempt.run();
            return Ending.of(Outcome.COMPLETED);
        } catch (AccessDeniedException | AuthenticationException refused) {
            return new Ending(Outcome.REFUSED_ACCESS, refused);
        } catch (RuleViolationException refusedByRule) {
            return new Ending(Outcome.REFUSED_BY_RULE, refusedByRule);
        } catch (RuntimeException other) {
            return new Ending(Outcome.FAILED_OTHERWISE, other);
        } catch (Exception unexpected) {
            return fail("Unexpected failure", unexpected);
        } finally {
            TestSignIn.anonymous();
        }
    }
}
