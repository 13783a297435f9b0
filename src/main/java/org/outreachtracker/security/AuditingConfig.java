package org.outreachtracker.security;

import java.time.Clock;
import java.util.Optional;
import org.outreachtracker.account.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Fills every entity's created/updated time (from the application clock) and user. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "auditor", dateTimeProviderRef = "auditingTime")
class AuditingConfig {

    @Bean
    AuditorAware<String> auditor() {
        return () -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            String name = authentication == null ? CurrentUser.SYSTEM_NAME : authentication.getName();
            return Optional.of(name);
        };
    }

    @Bean
    DateTimeProvider auditingTime(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
