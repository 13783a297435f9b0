package org.outreachtracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreachtracker.security.Authenticated;
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

    @Test
    void featurePackagesDoNotDependOnEachOtherInCycles() {
        slices().matching("org.outreachtracker.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheSecurityFeatureKnowsSpringSecurityInternals() {
        noClasses().that().resideOutsideOfPackage("org.outreachtracker.security..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.security..", "com.vaadin.flow.spring.security..")
                .check(classes);
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
