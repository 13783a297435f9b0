package org.outreachtracker.audit;

import org.aopalliance.intercept.MethodInterceptor;
import org.outreachtracker.base.NotPermittedException;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.stereotype.Service;

/**
 * Every refusal by a desk or ownership rule (a {@link NotPermittedException} leaving a service,
 * such as an officer editing another desk's meeting) is written to the audit trail as
 * "access denied", once, with the method that refused it. Refusals by role come from the
 * security feature's own listener.
 */
@Configuration(proxyBeanMethods = false)
class RefusalAuditing {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor notPermittedAuditing(ObjectProvider<AuditLog> auditLog) {
        MethodInterceptor interceptor = invocation -> {
            try {
                return invocation.proceed();
            } catch (NotPermittedException refused) {
                if (refused.markRecorded()) {
                    String method = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                            + invocation.getMethod().getName();
                    auditLog.getObject()
                            .event(
                                    null,
                                    AuditAction.ACCESS_DENIED,
                                    AuditedObject.SERVICE_CALL,
                                    method,
                                    AuditOutcome.DENIED,
                                    null,
                                    refused.getMessage());
                }
                throw refused;
            }
        };
        return new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Service.class, true), interceptor);
    }
}
