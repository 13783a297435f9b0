package org.outreachtracker.reference;

/**
 * Which posts to list: text found in the code, name, city or host country (any case), and the
 * type; each part optional.
 */
public record PostFilter(String text, PostType type) {

    public static PostFilter none() {
        return new PostFilter(null, null);
    }
}
