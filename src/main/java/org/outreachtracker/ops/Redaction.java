package org.outreachtracker.ops;

import java.util.regex.Pattern;

/** Keeps secrets out of messages and logs. */
final class Redaction {

    /** A password given inside a JDBC URL ({@code ?password=…}, {@code ;PASSWORD=…}, {@code user:secret@host}). */
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/:@]+):[^/@]*@");

    private Redaction() {}

    /** The URL with any password in it replaced by asterisks. */
    static String url(String url) {
        if (url == null) {
            return null;
        }
        return URL_USER_INFO
                .matcher(URL_PASSWORD.matcher(url).replaceAll("$1****"))
                .replaceAll("$1:****@");
    }
}
