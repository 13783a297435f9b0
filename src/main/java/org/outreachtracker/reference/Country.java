package org.outreachtracker.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.outreachtracker.base.AbstractEntity;
import org.outreachtracker.base.Names;

/** A country or territory, identified by its ISO 3166-1 codes, and the bureau covering it. */
@Entity
@Table(name = "country")
class Country extends AbstractEntity {

    /** ISO 3166-1 alpha-2. The codes are fixed-length char columns (JDBC CHAR, as PostgreSQL reports them). */
    @Column(nullable = false, unique = true, length = 2, columnDefinition = "char(2)")
    @JdbcTypeCode(SqlTypes.CHAR)
    private String code = "";

    @Column(nullable = false, unique = true, length = 3, columnDefinition = "char(3)")
    @JdbcTypeCode(SqlTypes.CHAR)
    private String alpha3 = "";

    @Column(name = "numeric_code", unique = true, length = 3, columnDefinition = "char(3)")
    @JdbcTypeCode(SqlTypes.CHAR)
    private String numericCode;

    @Column(nullable = false, unique = true, length = 100)
    private String name = "";

    /** The name's key in alphabetical order ({@link org.outreachtracker.base.Names#sortKey}), for lists the database sorts. */
    @Column(name = "sort_name", nullable = false, length = Names.SORT_KEY_LENGTH)
    private String sortName = "";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bureau_id", nullable = false)
    private Bureau bureau;

    @Enumerated(EnumType.STRING)
    @Column(name = "un_status", nullable = false, length = 10)
    private UnStatus unStatus = UnStatus.OTHER;

    protected Country() {}

    String getCode() {
        return code;
    }

    String getAlpha3() {
        return alpha3;
    }

    String getNumericCode() {
        return numericCode;
    }

    String getName() {
        return name;
    }

    Bureau getBureau() {
        return bureau;
    }

    void setBureau(Bureau bureau) {
        this.bureau = bureau;
    }

    UnStatus getUnStatus() {
        return unStatus;
    }

    CountryDetails toDetails() {
        return new CountryDetails(
                requireId(),
                getVersion(),
                code,
                alpha3,
                numericCode,
                name,
                bureau.requireId(),
                bureau.getName(),
                unStatus);
    }
}
