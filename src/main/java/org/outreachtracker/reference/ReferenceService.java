package org.outreachtracker.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.outreachtracker.security.Authenticated;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regional bureaus, countries and posts. Every signed-in user reads them: officers to log
 * meetings, managers to filter, administrators to assign desks.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceService {

    private final RegionRepository regions;
    private final CountryRepository countries;
    private final PostRepository posts;

    ReferenceService(RegionRepository regions, CountryRepository countries, PostRepository posts) {
        this.regions = regions;
        this.countries = countries;
        this.posts = posts;
    }

    /** The bureaus in their usual order. */
    @Authenticated
    public List<RegionRef> regions() {
        return regions.findAllByOrderBySortOrder().stream().map(Region::toRef).toList();
    }

    /** All countries, by name. */
    @Authenticated
    public List<CountryRef> countries() {
        return countries.findAllRefs();
    }

    @Authenticated
    public Optional<CountryRef> country(long id) {
        return countries.findRef(id);
    }

    /** A country by its ISO 3166-1 alpha-2 code (any case). */
    @Authenticated
    public Optional<CountryRef> countryByCode(String code) {
        return code == null ? Optional.empty() : countries.findRefByCode(code.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** All posts, by name. */
    @Authenticated
    public List<PostRef> posts() {
        Map<Long, Set<Long>> coverage = new HashMap<>();
        for (Object[] row : posts.findCoverage()) {
            coverage.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[1]);
        }
        List<PostRef> result = new ArrayList<>();
        for (Object[] row : posts.findAllRows()) {
            long id = (Long) row[0];
            result.add(new PostRef(id, (String) row[1], (String) row[2], (PostType) row[3], (String) row[4],
                    (Long) row[5], (Boolean) row[6], coverage.getOrDefault(id, Set.of())));
        }
        return result;
    }

    /**
     * The active posts covering a country: embassies and consulates first, then missions to
     * international organisations, each group by name.
     */
    @Authenticated
    public List<PostRef> postsCovering(long countryId) {
        return posts().stream()
                .filter(post -> post.active() && post.covers(countryId))
                .sorted(java.util.Comparator.comparing((PostRef post) -> post.type() == PostType.MISSION)
                        .thenComparing(PostRef::name))
                .toList();
    }
}
