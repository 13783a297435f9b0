package org.outreachtracker;

import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.outreachtracker.security.TestSignIn;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Signs in the account named by {@link SignedInAs} before each test (before the test class's own
 * {@code @BeforeEach} methods) and signs out after it (after its {@code @AfterEach} methods). The
 * method's annotation wins over the class's, and a class's over its enclosing or super classes'.
 */
public class SignedInAsExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        account(context)
                .ifPresent(username -> TestSignIn.as(
                        SpringExtension.getApplicationContext(context).getBean(UserDetailsService.class), username));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestSignIn.anonymous();
    }

    /** The account for the current test: the method's, else the nearest class's. */
    static Optional<String> account(ExtensionContext context) {
        Optional<SignedInAs> onMethod =
                context.getTestMethod().flatMap(method -> AnnotationSupport.findAnnotation(method, SignedInAs.class));
        if (onMethod.isPresent()) {
            return onMethod.map(SignedInAs::value);
        }
        Optional<Class<?>> testClass = context.getTestClass();
        while (testClass.isPresent()) {
            Optional<SignedInAs> onClass = AnnotationSupport.findAnnotation(testClass.get(), SignedInAs.class);
            if (onClass.isPresent()) {
                return onClass.map(SignedInAs::value);
            }
            testClass = Optional.ofNullable(testClass.get().getEnclosingClass());
        }
        return Optional.empty();
    }
}
