package org.outreachtracker.reference;

import org.outreachtracker.audit.AuditVocabulary;
import org.outreachtracker.audit.AuditedObject;
import org.springframework.stereotype.Component;

/**
 * How reference data reads in the audit trail: a post's stored type as its label, and the ids and
 * codes of countries and posts as their names, also for events about a post or a country.
 */
@Component
class ReferenceAuditVocabulary implements AuditVocabulary {

    private final ReferenceService reference;

    ReferenceAuditVocabulary(ReferenceService reference) {
        this.reference = reference;
    }

    @Override
    public String read(AuditedObject type, String field, String item) {
        return switch (field) {
            case "type" -> AuditVocabulary.constant(PostType.class, item, PostType::label);
            case "countryId", "targetCountryIds", "deskCountryIds" -> countryName(number(item));
            case "hostCountry", "coveredCountries" ->
                reference.countryByCode(item).map(CountryRef::name).orElse(null);
            case "postId" -> postName(number(item));
            default -> null;
        };
    }

    @Override
    public String nameOf(AuditedObject type, String id) {
        Long number = number(id);
        return switch (type) {
            case POST -> postName(number);
            case COUNTRY ->
                number == null
                        ? reference.countryByCode(id).map(CountryRef::name).orElse(null)
                        : countryName(number);
            default -> null;
        };
    }

    private String countryName(Long id) {
        return id == null ? null : reference.country(id).map(CountryRef::name).orElse(null);
    }

    private String postName(Long id) {
        return id == null
                ? null
                : reference.posts().stream()
                        .filter(post -> post.id() == id)
                        .map(PostRef::name)
                        .findFirst()
                        .orElse(null);
    }

    private static Long number(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
