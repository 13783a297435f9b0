package org.outreachtracker.audit;

/** One field of a record that changed: its name, and its value before and after ("" for none). */
public record FieldChange(String field, String from, String to) {}
