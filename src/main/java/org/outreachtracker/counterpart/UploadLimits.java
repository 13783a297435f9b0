package org.outreachtracker.counterpart;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet container's limits for files uploaded as a form (multipart/form-data), taken from
 * the import's own limit ({@link ImportLimits}) instead of Spring Boot's defaults (1 MB a file),
 * which refused files the import accepts with a bare HTTP 413. (The upload component sends a
 * file as it is by default; those requests the container does not limit.) The container takes a file up to 1 MB over the import's
 * limit, so that a file just too large still reaches the import, which says what is wrong and
 * records the refusal; the browser does not send larger ones. (This replaces the
 * {@code spring.servlet.multipart.*} settings, which then have no effect.)
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    /** How much larger than the import's limit a file may be and still reach the import to be refused there. */
    static final long MARGIN = 1024 * 1024;
    /** Room in a request for the multipart framing around the file. */
    static final long FRAMING = 64 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement() {
        long file = ImportLimits.maxBytes() + MARGIN;
        return new MultipartConfigElement("", file, file + FRAMING, 0);
    }
}
