package org.outreachtracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Authenticated;
import org.outreachtracker.security.SystemAccess;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The structural rules of the code base (see ENGINEERING habits 1–3). */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.outreachtracker");
    }

    @Test
    void userInterfaceNeverUsesRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    /**
     * The features' domain and services (everything outside the ui packages) form no cycle.
     * Views may compose several features (a counterpart's page lists their meetings while a
     * meeting refers to its counterparts), so ui packages are left out of this rule and get
     * their own below.
     */
    /** Messages after an action go through one helper, which keeps copies of one message from stacking up. */
    @Test
    void notificationsAreShownOnlyThroughTheSharedHelper() {
        noClasses().that().doNotHaveFullyQualifiedName("org.outreachtracker.base.ui.Notifications")
                .should().dependOnClassesThat()
                .haveFullyQualifiedName("com.vaadin.flow.component.notification.Notification")
                .check(classes);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        JavaClasses core = classes.that(resideOutsideOfPackage("..ui.."));
        slices().matching("org.outreachtracker.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void viewsOfDifferentFeaturesDoNotDependOnEachOtherInCycles() {
        slices().matching("org.outreachtracker.(*).ui..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Services never reach into views. The exception is security, whose configuration and
     * navigation guards name the sign-in and change-password pages.
     */
    @Test
    void featuresNeverDependOnViews() {
        noClasses().that().resideOutsideOfPackage("..ui..").and().resideOutsideOfPackage("org.outreachtracker.shell..")
                .and().resideOutsideOfPackage("org.outreachtracker.security..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(classes);
    }

    /**
     * Spring Security is known to the security feature only. The one exception is the access rule
     * {@link Authenticated} in {@code base}: an annotation every feature's services carry, which is
     * Spring Security's {@code isAuthenticated()} under a name of our own.
     */
    @Test
    void onlyTheSecurityFeatureKnowsSpringSecurityInternals() {
        noClasses().that().resideOutsideOfPackage("org.outreachtracker.security..")
                .and().doNotBelongToAnyOf(Authenticated.class)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.security..", "com.vaadin.flow.spring.security..")
                .check(classes);
    }

    /**
     * The audit trail is written to by accounts and security (account changes, sign-ins, refusals)
     * and knows neither: the names behind usernames come through its own {@code AuditPeople}
     * port, which the account feature implements. (The trail's page, a view, shows account names
     * and runs the trail check as the administrator who started it.)
     */
    @Test
    void theAuditTrailKnowsNeitherAccountsNorSecurity() {
        noClasses().that().resideInAPackage("org.outreachtracker.audit").should().dependOnClassesThat()
                .resideInAnyPackage("org.outreachtracker.account..", "org.outreachtracker.security..")
                .check(classes);
    }

    /**
     * Running work as another account ({@link SystemAccess#asUser}) is allowed to these callers
     * only: the security feature itself, the demo data (created as the demo accounts), background
     * work that continues a user's request on another thread, and the audit trail check (which
     * runs on its own thread as the administrator who started it).
     */
    static final ArchRule ONLY_NAMED_CALLERS_RUN_WORK_AS_ANOTHER_USER = noClasses()
            .that().resideOutsideOfPackages("org.outreachtracker.security..", "org.outreachtracker.demo..")
            .and().haveNameNotMatching("org\\.outreachtracker\\.exchange\\.BackgroundWork(\\$.*)?")
            .and().haveNameNotMatching("org\\.outreachtracker\\.audit\\.ui\\.TrailCheckPanel(\\$.*)?")
            .should().callMethod(SystemAccess.class, "asUser", String.class, Supplier.class)
            .because("running code as another person bypasses who is signed in");

    @Test
    void onlyNamedCallersRunWorkAsAnotherUser() {
        ONLY_NAMED_CALLERS_RUN_WORK_AS_ANOTHER_USER.check(classes);
    }

    @Test
    void theRunAsAnotherUserRuleCatchesAnUnnamedCaller() {
        JavaClasses intruder = new ClassFileImporter().importClasses(RunsAsAnotherUser.class, SystemAccess.class);
        assertThat(ONLY_NAMED_CALLERS_RUN_WORK_AS_ANOTHER_USER.evaluate(intruder).hasViolation()).isTrue();
    }

    /** A caller the rule does not name: it must be reported. */
    static final class RunsAsAnotherUser {
        String sneak(SystemAccess access) {
            return access.asUser("admin", () -> "done");
        }
    }

    @Test
    void everyRouteDeclaresWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .check(classes);
    }

    @Test
    void everyRouteHasAPageTitle() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(PageTitle.class)
                .orShould().implement(HasDynamicTitle.class)
                .check(classes);
    }

    @Test
    void theSignInPageIsTheOnlyRouteOpenToAnonymousVisitors() {
        classes().that().areAnnotatedWith(Route.class).and().areAnnotatedWith(AnonymousAllowed.class)
                .should().haveFullyQualifiedName("org.outreachtracker.security.ui.LoginView")
                .check(classes);
    }

    @Test
    void everyPublicServiceMethodCarriesAnAccessRule() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic()
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(Authenticated.class)
                .orShould().beAnnotatedWith(PreAuthorize.class)
                .check(classes);
    }

    @Test
    void servicesAreNeverOpenToAnonymousCallers() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .should().notBeAnnotatedWith(PermitAll.class)
                .check(classes);
    }
}
