package org.outreachtracker;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Authenticated;
import org.outreachtracker.security.SystemAccess;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(classes);
    }

    /** Messages after an action go through one helper, which keeps copies of one message from stacking up. */
    @Test
    void notificationsAreShownOnlyThroughTheSharedHelper() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.outreachtracker.base.ui.Notifications")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.vaadin.flow.component.notification.Notification")
                .check(classes);
    }

    /**
     * Whole features, their views included, form no cycle: a feature lower in the graph never needs
     * one above it. Where a lower feature shows something only a higher one knows (a counterpart's
     * meetings, the talking points raised, the audit trail's labels), it declares a small
     * interface and the higher feature supplies it as a bean.
     */
    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.outreachtracker.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Vaadin stays in the views. Outside ui packages only the page frame ({@code shell}: app shell,
     * layout, error pages, landing route) and the web side of {@code security} may use it:
     * {@code SecurityConfig} (Vaadin's security configurer and request matchers),
     * {@code ExternalSignInSecurity} (Vaadin's redirect for signing out at the ministry's provider),
     * {@code SessionIdentity} and {@code SystemUseNotice} (the signed-in user and the notice kept in the
     * Vaadin session), {@code Refusals} (the refused request's address), and the service
     * listeners and request handler that guard every page request ({@code PageRequestHandler},
     * {@code PageRequestHandlerInstaller}, {@code PasswordChangeGuard}, {@code IdleSessionInstaller}),
     * and {@code SystemAccess}, which steps out of the user's Vaadin session while it works under
     * another identity.
     */
    @Test
    void vaadinIsUsedOnlyInViewsAndThePageFrame() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", "org.outreachtracker.shell..")
                .and(isNoneOf(VAADIN_WEB_SECURITY))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(classes);
    }

    private static final Set<String> VAADIN_WEB_SECURITY = Set.of(
                    "SecurityConfig",
                    "ExternalSignInSecurity",
                    "SessionIdentity",
                    "SystemUseNotice",
                    "Refusals",
                    "PageRequestHandler",
                    "PageRequestHandlerInstaller",
                    "PasswordChangeGuard",
                    "IdleSessionInstaller",
                    "SystemAccess")
            .stream()
            .map(name -> "org.outreachtracker.security." + name)
            .collect(Collectors.toUnmodifiableSet());

    /** Not one of these classes, nor a class nested in one. */
    private static DescribedPredicate<JavaClass> isNoneOf(Set<String> names) {
        return DescribedPredicate.describe(
                "are none of " + names,
                javaClass -> names.stream()
                        .noneMatch(name -> javaClass.getName().equals(name)
                                || javaClass.getName().startsWith(name + "$")));
    }

    /**
     * Transactions are started by services and the other beans outside the views (query helpers,
     * the audit log, sign-in bookkeeping): {@code @Transactional}, Spring's or Jakarta's, only on
     * Spring beans ({@code @Service}, {@code @Component}) outside ui packages and on their methods.
     */
    @Test
    void transactionalClassesAreBeansOutsideTheViews() {
        classes()
                .that()
                .areAnnotatedWith(Transactional.class)
                .or()
                .areAnnotatedWith(JAKARTA_TRANSACTIONAL)
                .should(beWithin(beansOutsideViews()))
                .check(classes);
    }

    @Test
    void transactionalMethodsAreDeclaredInBeansOutsideTheViews() {
        methods()
                .that()
                .areAnnotatedWith(Transactional.class)
                .or()
                .areAnnotatedWith(JAKARTA_TRANSACTIONAL)
                .should()
                .beDeclaredInClassesThat(beansOutsideViews())
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> beansOutsideViews() {
        return resideOutsideOfPackage("..ui..")
                .and(metaAnnotatedWith(Component.class))
                .as("are Spring beans outside ui packages");
    }

    private static final String JAKARTA_TRANSACTIONAL = "jakarta.transaction.Transactional";

    private static ArchCondition<JavaClass> beWithin(DescribedPredicate<JavaClass> place) {
        return new ArchCondition<>("be one of the classes that " + place.getDescription()) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (!place.test(javaClass)) {
                    events.add(SimpleConditionEvent.violated(
                            javaClass,
                            javaClass.getName() + " is not one of the classes that " + place.getDescription()));
                }
            }
        };
    }

    /**
     * Services never reach into views. The exception is security, whose configuration and
     * navigation guards name the sign-in and change-password pages.
     */
    @Test
    void featuresNeverDependOnViews() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .and()
                .resideOutsideOfPackage("org.outreachtracker.shell..")
                .and()
                .resideOutsideOfPackage("org.outreachtracker.security..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(classes);
    }

    /**
     * Spring Security is known to the security feature only. The one exception is the access rule
     * {@link Authenticated} in {@code base}: an annotation every feature's services carry, which is
     * Spring Security's {@code isAuthenticated()} under a name of our own.
     */
    @Test
    void onlyTheSecurityFeatureKnowsSpringSecurityInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.outreachtracker.security..")
                .and()
                .doNotBelongToAnyOf(Authenticated.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.security..", "com.vaadin.flow.spring.security..")
                .check(classes);
    }

    /**
     * The audit trail is written to by accounts and security (account changes, sign-ins, refusals)
     * and knows neither: the names behind usernames come through its own {@code AuditPeople}
     * port, which the account feature implements, and the labels of roles through the account
     * feature's {@code AuditVocabulary}. The trail's page, which shows account names and runs the
     * trail check as the administrator who started it, is an administration view ({@code admin.ui}).
     */
    @Test
    void theAuditTrailKnowsNeitherAccountsNorSecurity() {
        noClasses()
                .that()
                .resideInAPackage("org.outreachtracker.audit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.outreachtracker.account..", "org.outreachtracker.security..")
                .check(classes);
    }

    /**
     * Running work as another account ({@link SystemAccess#asUser}) is allowed to these callers
     * only: the security feature itself, the demo data (created as the demo accounts), background
     * work that continues a user's request on another thread, the audit trail check (which
     * runs on its own thread as the administrator who started it), and the calendar feed (read as
     * the person whose secret feed address was fetched, so it holds only what they may read).
     */
    static final ArchRule ONLY_NAMED_CALLERS_RUN_WORK_AS_ANOTHER_USER = noClasses()
            .that()
            .resideOutsideOfPackages("org.outreachtracker.security..", "org.outreachtracker.demo..")
            .and()
            .haveNameNotMatching("org\\.outreachtracker\\.counterpart\\.BackgroundWork(\\$.*)?")
            .and()
            .haveNameNotMatching("org\\.outreachtracker\\.admin\\.ui\\.TrailCheckPanel(\\$.*)?")
            .and()
            .haveNameNotMatching("org\\.outreachtracker\\.calendar\\.CalendarFeedService")
            .should()
            .callMethod(SystemAccess.class, "asUser", String.class, Supplier.class)
            .because("running code as another person bypasses who is signed in");

    @Test
    void onlyNamedCallersRunWorkAsAnotherUser() {
        ONLY_NAMED_CALLERS_RUN_WORK_AS_ANOTHER_USER.check(classes);
    }

    @Test
    void theRunAsAnotherUserRuleCatchesAnUnnamedCaller() {
        JavaClasses intruder = new ClassFileImporter().importClasses(RunsAsAnotherUser.class, SystemAccess.class);
        assertThat(ONLY_NAMED_CALLERS_RUN_WORK_AS_ANOTHER_USER
                        .evaluate(intruder)
                        .hasViolation())
                .isTrue();
    }

    /** A caller the rule does not name: it must be reported. */
    static final class RunsAsAnotherUser {
        String sneak(SystemAccess access) {
            return access.asUser("admin", () -> "done");
        }
    }

    @Test
    void everyRouteDeclaresWhoMayOpenIt() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .orShould()
                .beAnnotatedWith(DenyAll.class)
                .check(classes);
    }

    @Test
    void everyRouteHasAPageTitle() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(PageTitle.class)
                .orShould()
                .implement(HasDynamicTitle.class)
                .check(classes);
    }

    @Test
    void theSignInPageIsTheOnlyRouteOpenToAnonymousVisitors() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .and()
                .areAnnotatedWith(AnonymousAllowed.class)
                .should()
                .haveFullyQualifiedName("org.outreachtracker.security.ui.LoginView")
                .check(classes);
    }

    @Test
    void everyPublicServiceMethodCarriesAnAccessRule() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .arePublic()
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(Authenticated.class)
                .orShould()
                .beAnnotatedWith(PreAuthorize.class)
                .check(classes);
    }

    @Test
    void servicesAreNeverOpenToAnonymousCallers() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .should()
                .notBeAnnotatedWith(PermitAll.class)
                .check(classes);
    }
}
