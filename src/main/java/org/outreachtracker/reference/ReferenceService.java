package org.outreachtracker.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.outreachtracker.base.Authenticated;
import org.outreachtracker.base.Names;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regional bureaus, countries and posts. Every signed-in user reads them: officers to log
 * meetings, managers to filter, administrators to assign desks.
 *
 * <p>They change rarely (an administrator adds a post or moves a country), and nearly every page
 * shows them, so the lists are read once and shared: every session's filters and pickers hold the
 * same objects instead of copies of their own (about 30 KB less per session with the
 * meetings list open; docs/performance.md). Each call first reads a stamp of the three tables
 * (row counts and the sum of the rows' versions, which every change through the application
 * raises); when it differs from the stamp of the lists held, they are read again. So a change
 * saved on any node is seen by the next call on every node, as it was when every call read the
 * tables.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceService {

    /** The reference data as read at one stamp, shared by all callers until the tables change. */
    private record Snapshot(
            List<Long> stamp,
            List<BureauRef> bureaus,
            List<CountryRef> countries,
            Map<Long, CountryRef> countriesById,
            Map<String, CountryRef> countriesByCode,
            List<PostRef> posts) {}

    private final BureauRepository bureaus;
    private final CountryRepository countries;
    private final PostRepository posts;
    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    ReferenceService(BureauRepository bureaus, CountryRepository countries, PostRepository posts, JdbcClient jdbc) {
        this.bureaus = bureaus;
        this.countries = countries;
        this.posts = posts;
        this.jdbc = jdbc;
    }

    /** The bureaus in their usual order. */
    @Authenticated
    public List<BureauRef> bureaus() {
        return current().bureaus();
    }

    /** All countries, in alphabetical order of their names ({@link Names#ORDER}). */
    @Authenticated
    public List<CountryRef> countries() {
        return current().countries();
    }

    /** All countries by id: one shared, unmodifiable map, so that views need no copy of their own. */
    @Authenticated
    public Map<Long, CountryRef> countriesById() {
        return current().countriesById();
    }

    @Authenticated
    public Optional<CountryRef> country(long id) {
        return Optional.ofNullable(current().countriesById().get(id));
    }

    /** A country by its ISO 3166-1 alpha-2 code (any case). */
    @Authenticated
    public Optional<CountryRef> countryByCode(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(
                        current().countriesByCode().get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** All posts, in alphabetical order of their names ({@link Names#ORDER}). */
    @Authenticated
    public List<PostRef> posts() {
        return current().posts();
    }

    /**
     * The active posts covering a country: embassies and consulates first, then missions to
     * international organisations, each group by name.
     */
    @Authenticated
    public List<PostRef> postsCovering(long countryId) {
        return posts().stream()
                .filter(post -> post.active() && post.covers(countryId))
                .sorted(Comparator.comparing((PostRef post) -> post.type() == PostType.MISSION)
                        .thenComparing(PostRef::name, Names.ORDER))
                .toList();
    }

    private Snapshot current() {
        List<Long> stamp = jdbc.sql("""
                        select (select count(*) from bureau), (select coalesce(sum(version), 0) from bureau),
                               (select count(*) from country), (select coalesce(sum(version), 0) from country),
                               (select count(*) from post), (select coalesce(sum(version), 0) from post),
                               (select count(*) from post_country)""")
                .query((rs, n) -> List.of(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7)))
                .single();
        Snapshot held = snapshot;
        if (held != null && held.stamp().equals(stamp)) {
            return held;
        }
        // Read after the stamp: the lists are at least as new as it, and a change in between only
        // makes the next call read them again.
        Snapshot read = read(stamp);
        snapshot = read;
        return read;
    }

    private Snapshot read(List<Long> stamp) {
        List<CountryRef> allCountries = countries.findAllRefs().stream()
                .sorted(Comparator.comparing(CountryRef::name, Names.ORDER))
                .toList();
        Map<Long, CountryRef> byId = new HashMap<>();
        Map<String, CountryRef> byCode = new HashMap<>();
        for (CountryRef country : allCountries) {
            byId.put(country.id(), country);
            byCode.put(country.code().trim(), country);
        }
        Map<Long, Set<Long>> coverage = new HashMap<>();
        for (Object[] row : posts.findCoverage()) {
            coverage.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[1]);
        }
        List<PostRef> allPosts = new ArrayList<>();
        for (Object[] row : posts.findAllRows()) {
            long id = (Long) row[0];
            allPosts.add(new PostRef(
                    id,
                    (String) row[1],
                    (String) row[2],
                    (PostType) row[3],
                    (String) row[4],
                    (Long) row[5],
                    (Boolean) row[6],
                    coverage.getOrDefault(id, Set.of())));
        }
        allPosts.sort(Comparator.comparing(PostRef::name, Names.ORDER));
        return new Snapshot(
                stamp,
                bureaus.findAllByOrderBySortOrder().stream().map(Bureau::toRef).toList(),
                List.copyOf(allCountries),
                Map.copyOf(byId),
                Map.copyOf(byCode),
                List.copyOf(allPosts));
    }
}
