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
import org.outreachtracker.base.AbstractEntity;

/** An embassy, consulate or mission, and the countries it covers. */
@Entity
@Table(name = "post")
class Post extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 30)
    private String code = "";

    @Column(nullable = false, unique = true, length = 150)
    private String name = "";

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
    @JoinTable(name = "post_country",
            joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "country_id"))
    private Set<Country> coveredCountries = new HashSet<>();

    protected Post() {
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
}
