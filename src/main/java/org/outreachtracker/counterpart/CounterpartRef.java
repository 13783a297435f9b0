package org.outreachtracker.counterpart;

/** A counterpart as other features see it. */
public record CounterpartRef(
        long id, long version, String name, String title, String organization, long countryId, CounterpartLevel level) {

    /** "Name, title, organization" in one line. */
    public String describe() {
        return name + ", " + title + ", " + organization;
    }

    public CounterpartDraft toDraft() {
        return new CounterpartDraft(name, title, organization, countryId, level);
    }
}
