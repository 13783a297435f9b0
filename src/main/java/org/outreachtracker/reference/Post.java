package org.outreachtracker.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.outreachtracker.base.AbstractEntity;
import org.outreachtracker.base.Names;

/** An embassy, consulate or mission, and the countries it covers. */
@Entity
@Table(name = "post")
class Post extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 30)
    private String code = "";

    @Column(nullable = false, unique = true, length = 150)
    private String name = "";

    /** The name's key in alphabetical order ({@link Names#sortKey}), for lists the database sorts. */
    @Column(name = "sort_name", nullable = false, length = Names.SORT_KEY_LENGTH)
    private String sortName = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "post_type", nullable = false, length = 10)
    private PostType type = PostType.EMBASSY;

    @Column(nullable = false, length = 100)
    private String city = "";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_country_id", nullable = false)
    private Country hostCountry;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToMany
    @JoinTable(
            name = "post_country",
            joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "country_id"))
    private Set<Country> coveredCountries = new HashSet<>();

    protected Post() {}

    /** A new post with the given values; the draft has been checked (see {@link ReferenceAdminService}). */
    Post(PostDraft draft, Country hostCountry, Set<Country> coveredCountries) {
        apply(draft, hostCountry, coveredCountries);
    }

    /** Takes the draft's values (code and texts already trimmed, the code in capitals). */
    void apply(PostDraft draft, Country hostCountry, Set<Country> coveredCountries) {
        this.code = draft.code();
        this.name = draft.name();
        this.sortName = Names.sortKey(name);
        this.type = draft.type();
        this.city = draft.city();
        this.hostCountry = hostCountry;
        this.active = draft.active();
        // Change the managed collection in place, so that Hibernate sees what was added and removed;
        // compared by id, as some of the countries may be lazy proxies.
        Set<Long> wanted = coveredCountries.stream().map(Country::requireId).collect(Collectors.toSet());
        this.coveredCountries.removeIf(country -> !wanted.contains(country.requireId()));
        Set<Long> kept = this.coveredCountries.stream().map(Country::requireId).collect(Collectors.toSet());
        coveredCountries.stream()
                .filter(country -> !kept.contains(country.requireId()))
                .forEach(this.coveredCountries::add);
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    PostType getType() {
        return type;
    }

    String getCity() {
        return city;
    }

    Country getHostCountry() {
        return hostCountry;
    }

    boolean isActive() {
        return active;
    }

    Set<Country> getCoveredCountries() {
        return coveredCountries;
    }

    PostDetails toDetails() {
        return new PostDetails(
                requireId(),
                getVersion(),
                code,
                name,
                type,
                city,
                hostCountry.requireId(),
                active,
                coveredCountries.stream().map(Country::requireId).collect(Collectors.toSet()));
    }
}
