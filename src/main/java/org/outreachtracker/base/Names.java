package org.outreachtracker.base;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Alphabetical order of names (countries, posts, counterparts, people) as a reader of the
 * application's language expects it (English here; {@link #order} for the page's language): "São Paulo" before "Sydney", "Ōsaka" with
 * "Osaka", "Zürich" with "Zurich", "Łódź" with "Lodz". ICU's collation for the language (the
 * Unicode Collation Algorithm with CLDR's rules), where plain character codes would put every
 * accented letter after "z".
 *
 * <p>Lists sorted in memory use {@link #ORDER}. Lists the database sorts and pages use a stored
 * {@link #sortKey}: the same collation as text whose plain character order is the collation's
 * order, so H2 and PostgreSQL (with any collation of its own) sort it alike.
 */
public final class Names {

    /** Longest stored key, in characters; longer keys are cut (the name itself then breaks ties). */
    public static final int SORT_KEY_LENGTH = 400;

    private static final Collator COLLATOR =
            Collator.getInstance(ULocale.ENGLISH).freeze();

    /** Names in alphabetical order; names the collation finds equal, by their characters. */
    public static final Comparator<String> ORDER = Comparator.<String, String>comparing(name -> name, COLLATOR::compare)
            .thenComparing(Comparator.naturalOrder());

    private Names() {}

    /**
     * Names in the alphabetical order of a language, for lists sorted in memory on a page in that
     * language (Arabic names in Arabic order, Latin ones as in {@link #ORDER}).
     */
    public static Comparator<String> order(java.util.Locale language) {
        Collator collator = Collator.getInstance(ULocale.forLocale(language)).freeze();
        return Comparator.<String, String>comparing(name -> name, collator::compare)
                .thenComparing(Comparator.naturalOrder());
    }

    /**
     * The name's collation key as lower-case hexadecimal digits: two keys compare, character by
     * character, as the names do in {@link #ORDER}. Hexadecimal digits sort the same under every
     * collation a database may apply, which is why the key is stored this way and not as bytes
     * or text of its own.
     */
    public static String sortKey(String name) {
        byte[] key = COLLATOR.getCollationKey(name == null ? "" : name).toByteArray();
        // ICU ends a key with a 0 byte, which adds nothing to the order.
        int length = key.length > 0 && key[key.length - 1] == 0 ? key.length - 1 : key.length;
        String hex = HexFormat.of().formatHex(key, 0, length);
        return hex.length() > SORT_KEY_LENGTH ? hex.substring(0, SORT_KEY_LENGTH) : hex;
    }

    /**
     * The page with each name it is sorted by replaced by that name's stored key ({@code keys}:
     * property → key property, e.g. "name" → "sortName"), the name itself after it to break ties.
     */
    public static Pageable byKeys(Pageable pageable, Map<String, String> keys) {
        if (pageable.getSort().isUnsorted()) {
            return pageable;
        }
        List<Sort.Order> orders = new ArrayList<>();
        for (Sort.Order order : pageable.getSort()) {
            String key = keys.get(order.getProperty());
            if (key != null) {
                orders.add(order.withProperty(key));
            }
            orders.add(order);
        }
        Sort sort = Sort.by(orders);
        return pageable.isPaged()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }
}
