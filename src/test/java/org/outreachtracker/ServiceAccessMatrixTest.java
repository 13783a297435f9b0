package org.outreachtracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.security.NewAccount;
import org.outreachtracker.security.Role;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.security.TestSignIn;
import org.outreachtracker.security.UserAccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

/**
 * Every public service method, called by every kind of caller: allowed or refused exactly as
 * the role table in PRODUCT.md says. "Allowed" means the access rule let the call through (it
 * may still be refused by a business rule, which the calls here provoke on purpose so that
 * nothing is changed); "refused" means an access or authentication failure.
 */
@IntegrationTest
class ServiceAccessMatrixTest {

    enum Caller { ANONYMOUS, OFFICER, MANAGER, ADMIN, SYSTEM }

    static final Set<Caller> PEOPLE = EnumSet.of(Caller.OFFICER, Caller.MANAGER, Caller.ADMIN);
    static final Set<Caller> ANY_SIGNED_IN = EnumSet.of(Caller.OFFICER, Caller.MANAGER, Caller.ADMIN, Caller.SYSTEM);

    interface Call {
        void run() throws Exception;
    }

    record Case(Class<?> service, String method, Set<Caller> allowed, Call call) {
    }

    @Autowired
    ReferenceService reference;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    SystemAccess systemAccess;

    List<Case> cases() {
        var badPassword = new NewAccount("matrix-user", "Matrix User", "short", EnumSet.of(Role.MANAGER), Set.of());
        var takenName = new NewAccount("officer", "Someone", "a-long-enough-password", EnumSet.of(Role.MANAGER), Set.of());
        return List.of(
                new Case(ReferenceService.class, "regions", ANY_SIGNED_IN, () -> reference.regions()),
                new Case(ReferenceService.class, "countries", ANY_SIGNED_IN, () -> reference.countries()),
                new Case(ReferenceService.class, "country", ANY_SIGNED_IN, () -> reference.country(1)),
                new Case(ReferenceService.class, "countryByCode", ANY_SIGNED_IN, () -> reference.countryByCode("FR")),
                new Case(ReferenceService.class, "posts", ANY_SIGNED_IN, () -> reference.posts()),
                new Case(ReferenceService.class, "postsCovering", ANY_SIGNED_IN, () -> reference.postsCovering(1)),
                new Case(UserAccountService.class, "createAccount", EnumSet.of(Caller.ADMIN, Caller.SYSTEM),
                        () -> accounts.createAccount(badPassword)),
                new Case(UserAccountService.class, "createDemoAccount", EnumSet.of(Caller.SYSTEM),
                        () -> accounts.createDemoAccount(takenName)),
                new Case(UserAccountService.class, "anyAccountExists", EnumSet.of(Caller.SYSTEM),
                        () -> accounts.anyAccountExists()),
                new Case(UserAccountService.class, "changeOwnPassword", PEOPLE,
                        () -> accounts.changeOwnPassword("not-the-password", "another-long-password")));
    }

    @TestFactory
    Stream<DynamicTest> eachCallerAndServiceMethod() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            for (Caller caller : Caller.values()) {
                boolean expected = c.allowed().contains(caller);
                String name = c.service().getSimpleName() + "." + c.method() + " by " + caller
                        + (expected ? " is allowed" : " is refused");
                tests.add(DynamicTest.dynamicTest(name, () ->
                        assertThat(callAs(caller, c.call())).as(name).isEqualTo(expected)));
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

    /** Whether the access rules let the call through. */
    private boolean callAs(Caller caller, Call call) {
        Call attempt = () -> {
            switch (caller) {
                case ANONYMOUS -> {
                    TestSignIn.anonymous();
                    call.run();
                }
                case SYSTEM -> systemAccess.asSystem(() -> {
                    try {
                        call.run();
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                default -> {
                    TestSignIn.as(users, caller.name().toLowerCase(java.util.Locale.ROOT));
                    call.run();
                }
            }
        };
        try {
            attempt.run();
            return true;
        } catch (AccessDeniedException | AuthenticationException refused) {
            return false;
        } catch (RuntimeException businessRuleOrValidation) {
            return true;
        } catch (Exception unexpected) {
            return fail("Unexpected failure", unexpected);
        } finally {
            TestSignIn.anonymous();
        }
    }
}
