package org.outreachtracker.reference;

/**
 * A country as other features see it.
 *
 * @param code ISO 3166-1 alpha-2
 * @param numericCode ISO 3166-1 numeric, or {@code null} for codes outside the standard (Kosovo)
 */
public record CountryRef(
        long id,
        String code,
        String alpha3,
        String numericCode,
        String name,
        long bureauId,
        String bureauCode,
        UnStatus unStatus) {

    /**
     * Whether it is a UN member or observer state: what "all countries" and a whole bureau stand
     * for when outreach is targeted. The others (dependent territories and other areas, such as
     * Christmas Island or Pitcairn) are chosen one by one, or on request.
     */
    public boolean isState() {
        return unStatus == UnStatus.MEMBER || unStatus == UnStatus.OBSERVER;
    }
}
