package org.outreachtracker.reference;

/** A regional bureau as other features see it. */
public record BureauRef(long id, String code, String name) {}
